import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('job-fairs demo data', () => {
  it('loads through the services: a past fair with figures and an upcoming one with the demo citizen registered', async () => {
    const db = await createDemoTestDb();
    try {
      const fairs = await db.query<{ kind: string; status: string }>('SELECT kind, status FROM job_fairs ORDER BY starts_at');
      assert.deepEqual(fairs.rows, [
        { kind: 'regional', status: 'published' },
        { kind: 'expo', status: 'published' },
      ]);
      assert.equal((await db.query('SELECT 1 FROM job_fair_registrations WHERE checked_in_at IS NOT NULL')).rowCount, 6);
      assert.equal((await db.query(`SELECT 1 FROM job_fair_outcomes WHERE kind = 'hire'`)).rowCount, 2);
      assert.equal((await db.query(`SELECT 1 FROM job_fair_employers WHERE status = 'pending'`)).rowCount, 1);
      const citizen = await db.query(
        `SELECT 1 FROM job_fair_registrations r JOIN public_accounts a ON a.person_id = r.person_id WHERE a.email = 'citizen@demo.example.tw'`,
      );
      assert.equal(citizen.rowCount, 1);
    } finally {
      await db.close();
    }
  });
});
