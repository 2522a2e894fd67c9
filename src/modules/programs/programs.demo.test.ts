import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createProgramsService } from './programs.service.ts';

describe('programs demo data', () => {
  it('fills every programs screen: a paid and a late death consolation, online applications with a document, two versions', async () => {
    const db = await createDemoTestDb();
    try {
      const referenceData = loadCityConfig('taichung');
      const death = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM program_applications WHERE program_code = 'death-consolation' GROUP BY 1 ORDER BY 1`);
      assert.deepEqual(death.rows, [
        { status: 'paid', n: 1 },
        { status: 'submitted', n: 1 },
      ]);
      const online = await db.query<{ channel: string; n: number }>(`SELECT channel, count(*)::int AS n FROM program_applications WHERE channel <> 'staff' GROUP BY 1 ORDER BY 1`);
      assert.deepEqual(online.rows, [
        // The labor-university subsidy, and the start-up loan (startups.demo.ts).
        { channel: 'citizen', n: 2 },
        { channel: 'employer', n: 1 },
      ]);
      assert.equal((await db.query('SELECT 1 FROM program_application_documents WHERE uploaded_by_account IS NOT NULL')).rowCount, 1);
      assert.equal((await db.query(`SELECT 1 FROM program_definitions WHERE code = 'death-consolation'`)).rowCount, 2);
      assert.equal((await db.query('SELECT 1 FROM labor_university_sessions')).rowCount, 3);
      assert.equal((await db.query('SELECT 1 FROM labor_university_attendance WHERE present')).rowCount, 1);
      // Payments (ADR 0039): one exported batch with a paid and a returned line, one open recovery.
      const lines = await db.query<{ status: string }>(`SELECT l.status FROM program_payment_lines l JOIN program_payment_batches b ON b.id = l.batch_id WHERE b.first_exported_at IS NOT NULL ORDER BY l.line_no`);
      assert.deepEqual(lines.rows.map((r) => r.status), ['paid', 'returned']);
      assert.equal((await db.query(`SELECT 1 FROM program_recoveries WHERE status = 'open'`)).rowCount, 1);
      // 摘星青年: demo units on every base, two tenants, a visit, a month paid; a loan with two claims.
      assert.equal((await db.query('SELECT DISTINCT base_code FROM star_youth_units WHERE demo')).rowCount, 3);
      assert.equal((await db.query('SELECT 1 FROM star_youth_tenancies WHERE ended_on IS NULL')).rowCount, 2);
      assert.equal((await db.query('SELECT 1 FROM star_youth_visits')).rowCount, 1);
      assert.equal((await db.query(`SELECT 1 FROM program_payments WHERE period_label IS NOT NULL AND status = 'paid'`)).rowCount, 2);
      assert.equal((await db.query('SELECT 1 FROM startup_loan_claims')).rowCount, 2);
      assert.equal((await db.query('SELECT 1 FROM startup_loans')).rowCount, 2);
      // The late one (received 50 hours ago) is escalated by the job's first run, the paid one is not.
      const programs = createProgramsService({ db, referenceData: createReferenceData(referenceData), clock: () => new Date() });
      assert.equal((await programs.escalateDue()).length, 1);
    } finally {
      await db.close();
    }
  });
});
