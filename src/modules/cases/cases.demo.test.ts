import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';
import { demoUsernames } from '../../db/seed/demo-data.ts';

describe('cases demo data', () => {
  it('loads through the services: open cases at 大里 and 大肚, a pending transfer, a case closed as stable', async () => {
    const db = await createDemoTestDb();
    try {
      const cases = await db.query<{ unit_code: string; status: string; closure_reason: string | null; n: number }>(
        'SELECT unit_code, status, closure_reason, count(*)::int AS n FROM cases GROUP BY 1, 2, 3 ORDER BY 1, 2',
      );
      assert.deepEqual(cases.rows, [
        { unit_code: 'dadu', status: 'open', closure_reason: null, n: 1 },
        { unit_code: 'dali', status: 'closed', closure_reason: 'employed-stable', n: 1 },
        { unit_code: 'dali', status: 'open', closure_reason: null, n: 2 },
      ]);
      assert.equal((await db.query(`SELECT 1 FROM case_transfers WHERE status = 'pending'`)).rowCount, 1);
      assert.equal((await db.query('SELECT 1 FROM case_notes WHERE confidential')).rowCount, 1);
      assert.ok(demoUsernames.includes('case-manager-dali') && demoUsernames.includes('case-manager-dadu'));
    } finally {
      await db.close();
    }
  });
});
