import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('quota demo data', () => {
  it("issues March 2026's shortfall notices through the headcount import, each at the entered amount", async () => {
    const db = await createDemoTestDb();
    try {
      const notices = (await db.query<{ shortfall: number; amount: string; monthly_amount: number }>("SELECT shortfall, amount::text AS amount, monthly_amount FROM quota_payment_notices WHERE month = '2026-03-01'")).rows;
      assert.ok(notices.length > 0, 'the notices screen has rows');
      for (const n of notices) assert.equal(Number(n.amount), n.shortfall * n.monthly_amount);
      const imports = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM quota_headcount_imports')).rows[0]!.n;
      assert.equal(imports, 1);
    } finally {
      await db.close();
    }
  });
});
