import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('mass-layoff and union demo data', () => {
  it('fills the plans list (one mass plan with its committee, one overdue), the union reports, and the dialogue register', async () => {
    const db = await createDemoTestDb();
    try {
      const plans = (await db.query<{ is_mass: boolean; committee_convened_on: string | null }>('SELECT is_mass, committee_convened_on::text AS committee_convened_on FROM mass_layoff_plans ORDER BY layoff_on')).rows;
      assert.deepEqual(plans.map((p) => p.is_mass), [true, true, false]);
      assert.equal(plans.filter((p) => p.committee_convened_on).length, 1);
      const reports = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM union_annual_reports')).rows[0]!.n;
      assert.equal(reports, 2);
      const dialogue = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM social_dialogue_followups WHERE done_on IS NULL')).rows[0]!.n;
      assert.equal(dialogue, 2);
    } finally {
      await db.close();
    }
  });
});
