import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { workerBody } from './migrant-workers.test-helpers.ts';

const call = (overrides: Record<string, unknown> = {}) => ({
  channel: 'phone',
  language: 'vi',
  topic: 'agency-fees',
  outcome: 'follow-up',
  durationMinutes: 18,
  callerName: 'NGUYEN THI HOA',
  callerPhone: '0912345678',
  notes: 'The agency asks NT$3,000 a month service fee on top of the wage deduction.',
  ...overrides,
});

describe('migrant workers: the consultation centre', () => {
  let t: TestContext;
  let officer: Session;
  let chief: Session;
  let inspector: Session;
  before(async () => {
    // Today in the tests is 2026-03-02 (Taiwan), 10:00.
    t = await createTestContext();
    officer = await t.signIn('consult', ['migrant-officer']);
    chief = await t.signIn('chief', ['admin']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
  });
  after(() => t.close());

  it('logs a call, lists it masked, and shows the caller only through the audited view', async () => {
    const created = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call() });
    assert.equal(created.status, 201, created.text);
    const list = await t.request('/api/v1/staff/migrant-consultations?language=vi&topic=agency-fees', { session: officer });
    assert.equal(list.status, 200, list.text);
    const item = list.json.items.find((row: { id: string }) => row.id === created.json.id);
    assert.equal(item.callerName, 'N***** T** H**');
    assert.equal(item.callerPhone, '0912***678');
    assert.ok(!list.text.includes('NGUYEN THI HOA') && !list.text.includes('3,000'), 'neither the name nor the notes are in the list');
    const audits = async () => (await t.db.query("SELECT 1 FROM audit_events WHERE action = 'migrant-consultation.view-contact' AND record_id = $1", [created.json.id])).rowCount;
    assert.equal(await audits(), 0);
    const contact = await t.request(`/api/v1/staff/migrant-consultations/${created.json.id}/contact`, { session: officer });
    assert.equal(contact.status, 200, contact.text);
    assert.deepEqual([contact.json.callerName, contact.json.callerPhone], ['NGUYEN THI HOA', '0912345678']);
    assert.equal(await audits(), 1);
    assert.equal((await t.request(`/api/v1/staff/migrant-consultations/${created.json.id}/contact`, { session: chief })).status, 403, 'the supervisor reads figures, not callers');
    assert.equal((await t.request('/api/v1/staff/migrant-consultations', { session: inspector })).status, 403, 'deny by default');
    const csv = await t.request('/api/v1/staff/migrant-consultations?format=csv', { session: officer });
    assert.equal(csv.status, 200);
    assert.match(csv.text, /agency-fees/);
  });

  it('refuses bad input with a 400 in the officer’s language', async () => {
    const english = await t.request('/api/v1/staff/migrant-consultations?lang=en', {
      method: 'POST',
      session: officer,
      body: call({ topic: 'weather', durationMinutes: 601, callerPhone: 'call me' }),
    });
    assert.equal(english.status, 400);
    const fields = english.json.errors.map((error: { field: string }) => error.field).sort();
    assert.deepEqual(fields, ['callerPhone', 'durationMinutes', 'topic']);
    assert.match(english.json.errors.find((e: { field: string }) => e.field === 'callerPhone').message, /phone/i);
    const vietnamese = await t.request('/api/v1/staff/migrant-consultations?lang=vi', { method: 'POST', session: officer, body: call({ callerPhone: 'x' }) });
    assert.equal(vietnamese.status, 400);
    assert.match(vietnamese.json.errors[0].message, /điện thoại/);
    const future = await t.request('/api/v1/staff/migrant-consultations?lang=zh-TW', {
      method: 'POST',
      session: officer,
      body: call({ consultedAt: '2026-03-03T09:00:00+08:00' }),
    });
    assert.equal(future.status, 400);
    assert.equal(future.json.errors[0].field, 'consultedAt');
    assert.match(future.json.errors[0].message, /諮詢時間/);
    const unknownWorker = await t.request('/api/v1/staff/migrant-consultations?lang=en', {
      method: 'POST',
      session: officer,
      body: call({ workerId: '3f1c7a52-2a7e-4d8b-9a53-5b8f0d6c1e11' }),
    });
    assert.equal(unknownWorker.status, 400);
    assert.equal(unknownWorker.json.errors[0].field, 'workerId');
    const month = await t.request('/api/v1/staff/migrant-consultations/stats?month=2026-13&lang=en', { session: officer });
    assert.equal(month.status, 400);
  });

  it('counts a month by language and topic', async () => {
    const log = (body: Record<string, unknown>) => t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call(body) });
    // 2026-01-31 23:30 in Taiwan is still January there, though February has begun nowhere else yet.
    await log({ language: 'id', topic: 'wages', durationMinutes: 10, consultedAt: '2026-01-31T23:30:00+08:00' });
    await log({ language: 'id', topic: 'wages', durationMinutes: 5, consultedAt: '2026-01-31T16:10:00Z' }); // 2026-02-01 00:10 Taiwan
    await log({ language: 'th', topic: 'overtime', durationMinutes: 7, consultedAt: '2026-02-10T10:00:00+08:00' });
    const january = await t.request('/api/v1/staff/migrant-consultations/stats?month=2026-01', { session: chief });
    assert.equal(january.status, 200, january.text);
    assert.equal(january.json.total, 1);
    assert.deepEqual(january.json.byLanguageAndTopic, [{ language: 'id', topic: 'wages', count: 1 }]);
    const february = await t.request('/api/v1/staff/migrant-consultations/stats?month=2026-02', { session: chief });
    assert.equal(february.json.total, 2);
    assert.equal(february.json.minutes, 12);
    assert.deepEqual(
      february.json.byLanguage.filter((row: { count: number }) => row.count > 0),
      [
        { language: 'id', count: 1, minutes: 5 },
        { language: 'th', count: 1, minutes: 7 },
      ],
    );
    assert.equal(february.json.byTopic.find((row: { topic: string }) => row.topic === 'overtime').count, 1);
  });

  it('turns a Vietnamese call about agency fees into a complaint, once', async () => {
    const created = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call() });
    const id = created.json.id as string;
    const body = { employerName: '範例精密工業股份有限公司', districtCode: '66000080', description: 'Agency fee above the legal limit (consultation).' };
    const filed = await t.request(`/api/v1/staff/migrant-consultations/${id}/complaint`, { method: 'POST', session: officer, body });
    assert.equal(filed.status, 201, filed.text);
    assert.match(filed.json.complaintTrackingCode, /^TC-/);
    const complaint = await t.db.query<{ id: string; law: string; status: string }>('SELECT id, law, status FROM complaints WHERE tracking_code = $1', [filed.json.complaintTrackingCode]);
    assert.deepEqual({ law: complaint.rows[0]?.law, status: complaint.rows[0]?.status }, { law: 'employmentServiceAct', status: 'received' }, 'agency fees: Employment Service Act');
    const identity = await t.db.query('SELECT 1 FROM complaint_identities WHERE complaint_id = $1', [complaint.rows[0]?.id]);
    assert.equal(identity.rowCount, 0, 'anonymous unless the caller agreed to be named');
    const again = await t.request(`/api/v1/staff/migrant-consultations/${id}/complaint`, { method: 'POST', session: officer, body });
    assert.equal(again.status, 409);
    const shown = await t.request(`/api/v1/staff/migrant-consultations/${id}`, { session: officer });
    assert.equal(shown.json.complaintTrackingCode, filed.json.complaintTrackingCode);

    const named = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call({ topic: 'wages' }) });
    const withName = await t.request(`/api/v1/staff/migrant-consultations/${named.json.id}/complaint`, {
      method: 'POST',
      session: officer,
      body: { ...body, withCallerContact: true },
    });
    assert.equal(withName.status, 201, withName.text);
    const sealed = await t.db.query<{ name: string; law: string }>(
      'SELECT i.name, c.law FROM complaints c JOIN complaint_identities i ON i.complaint_id = c.id WHERE c.tracking_code = $1',
      [withName.json.complaintTrackingCode],
    );
    assert.deepEqual(sealed.rows[0], { name: 'NGUYEN THI HOA', law: 'laborStandardsAct' });

    const badDistrict = await t.request(`/api/v1/staff/migrant-consultations/${named.json.id}/complaint?lang=en`, { method: 'POST', session: officer, body: { ...body, districtCode: '12' } });
    assert.equal(badDistrict.status, 400);
  });

  it('a complaint the complaints module refuses leaves the consultation free to try again', async () => {
    const created = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call() });
    // A town code of the right shape that is no district of the city: the complaints module refuses it.
    const refused = await t.request(`/api/v1/staff/migrant-consultations/${created.json.id}/complaint?lang=en`, {
      method: 'POST',
      session: officer,
      body: { employerName: 'X', districtCode: '99999999', description: 'y' },
    });
    assert.equal(refused.status, 400);
    const row = await t.db.query<{ complaint_tracking_code: string | null }>('SELECT complaint_tracking_code FROM migrant_consultations WHERE id = $1', [created.json.id]);
    assert.equal(row.rows[0]?.complaint_tracking_code, null);
  });

  it('turns a consultation into a mediation application with the consultation as its origin', async () => {
    const created = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call({ topic: 'termination' }) });
    const applied = await t.request(`/api/v1/staff/migrant-consultations/${created.json.id}/mediation`, {
      method: 'POST',
      session: officer,
      body: { siteCode: 'bureau', respondentName: '範例精密工業股份有限公司', claimKind: 'severance', claimAmount: 60000, summary: 'Dismissed without notice.' },
    });
    assert.equal(applied.status, 201, applied.text);
    assert.match(applied.json.mediationCaseNumber, /^MC-/);
    const stored = await t.db.query<{ origin_kind: string; origin_ref: string; channel: string }>('SELECT origin_kind, origin_ref, channel FROM mediation_cases WHERE case_number = $1', [
      applied.json.mediationCaseNumber,
    ]);
    assert.deepEqual(stored.rows[0], { origin_kind: 'consultation', origin_ref: created.json.id, channel: 'staff' });
    const noPhone = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call({ callerName: undefined, callerPhone: undefined }) });
    const refused = await t.request(`/api/v1/staff/migrant-consultations/${noPhone.json.id}/mediation?lang=en`, {
      method: 'POST',
      session: officer,
      body: { siteCode: 'bureau', respondentName: 'X', claimKind: 'other', summary: 'y' },
    });
    assert.equal(refused.status, 400);
    assert.match(refused.json.errors[0].message, /caller/);
  });

  it('turns a consultation about a registered worker into a follow-up visit task that indicator 8 leaves out', async () => {
    const worker = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody({ residentCertificateNumber: 'B812345618', arrivalDate: '2026-02-01' }) });
    assert.equal(worker.status, 201, worker.text);
    const created = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call({ workerId: worker.json.id }) });
    const past = await t.request(`/api/v1/staff/migrant-consultations/${created.json.id}/visit?lang=en`, { method: 'POST', session: officer, body: { dueOn: '2026-03-01' } });
    assert.equal(past.status, 400);
    const visit = await t.request(`/api/v1/staff/migrant-consultations/${created.json.id}/visit`, { method: 'POST', session: officer, body: { dueOn: '2026-03-09' } });
    assert.equal(visit.status, 201, visit.text);
    const tasks = await t.db.query<{ kind: string; due_on: string }>('SELECT kind, due_on FROM migrant_visit_tasks WHERE worker_id = $1 ORDER BY kind', [worker.json.id]);
    assert.deepEqual(tasks.rows, [
      { kind: 'arrival', due_on: '2026-05-01' },
      { kind: 'follow-up', due_on: '2026-03-09' },
    ]);
    const due = await t.request('/api/v1/staff/visit-tasks?status=due', { session: officer });
    assert.ok(due.json.items.some((task: { id: string }) => task.id === visit.json.visitTaskId), 'the officer sees it with the other tasks');
    const indicator = await t.request('/api/v1/staff/migrant-workers/indicator-8?from=2026-02-01&to=2026-02-01', { session: officer });
    assert.equal(indicator.json.arrivals, 1, 'one arrival, however many follow-up tasks');
    const workers = await t.request('/api/v1/staff/migrant-workers', { session: officer });
    assert.equal(workers.json.items.filter((w: { id: string }) => w.id === worker.json.id).length, 1);
    const noWorker = await t.request('/api/v1/staff/migrant-consultations', { method: 'POST', session: officer, body: call() });
    const refused = await t.request(`/api/v1/staff/migrant-consultations/${noWorker.json.id}/visit?lang=en`, { method: 'POST', session: officer, body: { dueOn: '2026-03-09' } });
    assert.equal(refused.status, 400);
  });
});
