import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { loadMigrantCentreDemo } from './consultations.demo.ts';
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
    await loadMigrantCentreDemo(t.db, { referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
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

  it('has consultations in several languages and topics, and open, overdue and replied dispatches', async () => {
    const consultations = await t.request('/api/v1/staff/migrant-consultations', { session: officer });
    assert.equal(consultations.status, 200, consultations.text);
    const languages = new Set(consultations.json.items.map((c: { language: string }) => c.language));
    const topics = new Set(consultations.json.items.map((c: { topic: string }) => c.topic));
    assert.ok(languages.size >= 4 && topics.size >= 6, consultations.text);
    const became = consultations.json.items.filter((c: { complaintTrackingCode: string | null; mediationCaseNumber: string | null; visitTaskId: string | null }) => c.complaintTrackingCode || c.mediationCaseNumber || c.visitTaskId);
    assert.equal(became.length, 3);
    assert.ok((await t.request('/api/v1/staff/migrant-consultations/stats?month=2026-03', { session: officer })).json.total > 0, 'the current month has figures');
    const stats = await t.request('/api/v1/staff/migrant-consultations/stats?month=2026-02', { session: officer });
    assert.ok(stats.json.total > 0);
    for (const status of ['open', 'overdue', 'replied']) {
      const dispatches = await t.request(`/api/v1/staff/dispatches-1955?status=${status}`, { session: officer });
      assert.equal(dispatches.json.total, 1, `${status}: ${dispatches.text}`);
    }
  });
});
