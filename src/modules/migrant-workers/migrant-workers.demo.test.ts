import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { loadMigrantWorkersDemo } from './migrant-workers.demo.ts';

describe('migrant workers: the demo data fills every screen', () => {
  let t: TestContext;
  let officer: Session;
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    officer = await t.signIn('migrant-officer', ['migrant-officer']);
    await t.signIn('admin', ['admin']);
    const employer = await t.request('/api/v1/staff/employers', {
      method: 'POST',
      session: await t.signIn('emp', ['employment-officer']),
      body: { ubn: '04595257', name: '範例電子股份有限公司', districtCode: '66000080' },
    });
    assert.equal(employer.status, 201);
    await loadMigrantWorkersDemo(t.db, { referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
  });
  after(() => t.close());

  it('has workers, due-soon, overdue and done tasks, a complaint, and an indicator', async () => {
    const workers = await t.request('/api/v1/staff/migrant-workers', { session: officer });
    assert.equal(workers.json.total, 12);
    for (const status of ['due', 'overdue', 'done']) {
      const tasks = await t.request(`/api/v1/staff/visit-tasks?status=${status}`, { session: officer });
      assert.ok(tasks.json.total > 0, `${status} tasks: ${tasks.text}`);
    }
    const complaint = await t.db.query("SELECT 1 FROM migrant_visits WHERE complaint_tracking_code IS NOT NULL");
    assert.equal(complaint.rowCount, 1);
    const photo = await t.db.query<{ media_type: string }>('SELECT media_type FROM migrant_visit_photos');
    assert.deepEqual(photo.rows, [{ media_type: 'image/jpeg' }], 'the visit records show a photo');
    const indicator = await t.request('/api/v1/staff/migrant-workers/indicator-8?from=2025-01-01&to=2026-03-02&by=district', { session: officer });
    assert.equal(indicator.status, 200);
    assert.ok(indicator.json.denominator > 0 && indicator.json.breakdown.length > 1, indicator.text);
  });
});
