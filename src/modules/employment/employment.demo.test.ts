import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import { loadDemoData } from '../../db/seed/demo-data.ts';
import { loadCityConfig } from '../reference-data/reference-data.ts';

describe('employment demo data', () => {
  it('loads through the services: vacancies (one held by the screening), job seekers, a hire', async () => {
    const db = await createTestDb();
    try {
      await loadDemoData(db, { city: loadCityConfig('taichung'), password: 'demo password 1' });
      const counts = await db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM vacancies GROUP BY status ORDER BY status');
      assert.deepEqual(counts.rows, [
        { status: 'held', n: 1 },
        { status: 'published', n: 3 },
      ]);
      const hired = await db.query(`SELECT 1 FROM referrals WHERE status = 'hired'`);
      assert.equal(hired.rowCount, 1);
      assert.equal((await db.query('SELECT 1 FROM job_seekers')).rowCount, 3);
    } finally {
      await db.close();
    }
  });
});
