import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb, demoTestPassword } from '../../../test/create-test-db.ts';
import { assertNoDemoPublicAccounts } from '../public-accounts/public-accounts.demo.ts';
import { demoWorkerEmail } from './career-record.demo.ts';

describe('career record demo data', () => {
  it('gives the demo worker a verified account, entries in each state, an evaluation and a share', async () => {
    const db = await createDemoTestDb();
    try {
      const entries = await db.query<{ kind: string; verification: string }>('SELECT kind, verification FROM career_entries ORDER BY kind');
      assert.deepEqual(entries.rows, [
        { kind: 'award', verification: 'unverified' },
        { kind: 'certificate', verification: 'verified' },
        { kind: 'evaluation', verification: 'unverified' },
        { kind: 'training', verification: 'unverified' },
      ]);
      assert.equal((await db.query('SELECT 1 FROM career_shares')).rowCount, 1);
      assert.equal((await db.query(`SELECT 1 FROM public_accounts WHERE email = 'worker@example.tw' AND email_verified_at IS NOT NULL`)).rowCount, 1);
      // Production refuses to start while the demo worker still opens with the demo password.
      await assert.rejects(assertNoDemoPublicAccounts(db, [demoTestPassword], [demoWorkerEmail]), (error: Error) => /worker@example\.tw/.test(error.message));
    } finally {
      await db.close();
    }
  });
});
