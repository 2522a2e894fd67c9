import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('vocational training and youth incentive demo data', () => {
  it('fills the training screens and reads a youth application from a checked placement', async () => {
    const db = await createDemoTestDb();
    try {
      const statuses = await db.query<{ code: string; status: string; n: number }>(
        `SELECT c.code, e.status, count(*)::int AS n FROM training_enrolments e JOIN training_classes c ON c.id = e.class_id GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      assert.deepEqual(statuses.rows, [
        { code: 'VT-DEMO-01', status: 'completed', n: 1 },
        { code: 'VT-DEMO-01', status: 'dropped', n: 1 },
        { code: 'VT-DEMO-01', status: 'waitlisted', n: 1 },
        { code: 'VT-DEMO-02', status: 'applied', n: 3 },
      ]);
      const youth = await db.query<{ eligibility: { code: string; passed: boolean; message: string }[] }>(
        `SELECT eligibility FROM program_applications WHERE program_code = 'youth-stable-employment' AND facts ? 'placementSpells'`,
      );
      assert.equal(youth.rowCount, 1);
      const rules = Object.fromEntries(youth.rows[0]!.eligibility.map((r) => [r.code, r]));
      assert.equal(rules['registered-before-hire']!.passed, true);
      // The plan sets no months: the rule waits for staff, and says what the placement shows.
      assert.equal(rules['continuous-employment']!.passed, false);
      assert.match(rules['continuous-employment']!.message, /本市推介就業，追蹤確認至/);
    } finally {
      await db.close();
    }
  });
});
