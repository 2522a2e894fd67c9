import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('safety demo data', () => {
  it('loads through the services: a certified, a running and a refused project, guidance with an overdue improvement, events', async () => {
    const db = await createDemoTestDb();
    try {
      const projects = await db.query<{ status: string; logs: number }>(
        `SELECT p.status, (SELECT count(*)::int FROM safety_project_logs l WHERE l.project_id = p.id) AS logs FROM safety_projects p ORDER BY p.project_number`,
      );
      assert.deepEqual(projects.rows, [
        { status: 'certified', logs: 5 },
        { status: 'active', logs: 3 },
        { status: 'not-certified', logs: 4 },
      ]);
      assert.equal((await db.query('SELECT 1 FROM safety_experts')).rowCount, 4);
      assert.equal((await db.query(`SELECT 1 FROM safety_improvements WHERE status = 'open' AND due_on < CURRENT_DATE`)).rowCount, 1);
      assert.equal((await db.query(`SELECT 1 FROM safety_guidance_requests WHERE status = 'requested'`)).rowCount, 1);
      assert.equal((await db.query('SELECT 1 FROM safety_event_registrations WHERE attended_at IS NOT NULL')).rowCount, 2);
    } finally {
      await db.close();
    }
  });
});
