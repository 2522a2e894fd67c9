import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('employment demo data', () => {
  it('loads through the services: vacancies (one held by the screening), job seekers, a hire', async () => {
    const db = await createDemoTestDb();
    try {
      const counts = await db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM vacancies GROUP BY status ORDER BY status');
      // The placements of indicator 1 (employment.demo-placements.ts) go into one vacancy, closed as filled.
      assert.deepEqual(counts.rows, [
        { status: 'closed', n: 1 },
        { status: 'held', n: 1 },
        { status: 'published', n: 3 },
      ]);
      const hired = await db.query<{ unit_code: string; n: number }>(`SELECT unit_code, count(*)::int AS n FROM referrals WHERE status = 'hired' GROUP BY 1 ORDER BY 1`);
      assert.deepEqual(hired.rows, [
        { unit_code: 'dadu', n: 7 },
        { unit_code: 'dajia', n: 16 },
        { unit_code: 'dali', n: 1 },
        { unit_code: 'dongshi', n: 7 },
      ]);
      assert.equal((await db.query('SELECT 1 FROM job_seekers')).rowCount, 3 + 9 * 7);
    } finally {
      await db.close();
    }
  });
});
