import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import { importColumns } from './migrant-workers.csv.ts';
import { createMigrantWorkersService } from './migrant-workers.service.ts';
import { allGood, visitBody, workerBody } from './migrant-workers.test-helpers.ts';

describe('migrant workers: visit tasks and visits', () => {
  let t: TestContext;
  let officer: Session;
  let other: Session;
  let supervisor: Session;
  let officerId: string;
  let otherId: string;
  const staffId = async (username: string) =>
    (await t.db.query<{ id: string }>('SELECT id FROM staff_users WHERE username = $1', [username])).rows[0]?.id ?? '';
  const register = async (overrides: Record<string, unknown>) => {
    const created = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody(overrides) });
    assert.equal(created.status, 201, created.text);
    const task = await t.db.query<{ id: string }>('SELECT id FROM migrant_visit_tasks WHERE worker_id = $1', [created.json.id]);
    return { workerId: created.json.id as string, taskId: task.rows[0]?.id as string };
  };
  before(async () => {
    // Today in the tests is 2026-03-02 (Taiwan).
    t = await createTestContext();
    officer = await t.signIn('migrant', ['migrant-officer']);
    other = await t.signIn('migrant2', ['migrant-officer']);
    supervisor = await t.signIn('chief', ['admin']);
    officerId = await staffId('migrant');
    otherId = await staffId('migrant2');
    const named = await t.request('/api/v1/staff/migrant-visit-districts/66000080', { method: 'PUT', session: supervisor, body: { officerId } });
    assert.equal(named.status, 200, named.text);
  });
  after(() => t.close());

  it('lists tasks due within 14 days and overdue ones, assigned by work district', async () => {
    await register({ residentCertificateNumber: 'B812345618', arrivalDate: '2025-12-10' }); // due 2026-03-10: due soon
    await register({ residentCertificateNumber: 'B812345627', arrivalDate: '2025-11-20' }); // due 2026-02-20: overdue
    await register({ residentCertificateNumber: 'B912345601', arrivalDate: '2026-02-01' }); // due 2026-05-01: neither
    await register({ residentCertificateNumber: 'B912345610', arrivalDate: '2025-12-16', districtCode: '66000010' }); // due 03-16, other district
    const due = await t.request('/api/v1/staff/visit-tasks?status=due', { session: officer });
    assert.equal(due.status, 200, due.text);
    assert.deepEqual(due.json.items.map((task: { dueOn: string }) => task.dueOn), ['2026-03-10', '2026-03-16']);
    assert.equal(due.json.items[0].assignedTo.id, officerId);
    assert.equal(due.json.items[1].assignedTo, null, 'no officer named for that district');
    const overdue = await t.request('/api/v1/staff/visit-tasks?status=overdue&district=66000080', { session: officer });
    assert.deepEqual(overdue.json.items.map((task: { dueOn: string; overdue: boolean }) => [task.dueOn, task.overdue]), [['2026-02-20', true]]);
    const csv = await t.request('/api/v1/staff/visit-tasks?status=due&format=csv', { session: officer });
    assert.equal(csv.status, 200);
    assert.match(csv.text, /2026-03-10/);
  });

  it('records a visit, closes the task, and a kept passport opens a complaint', async () => {
    const { taskId } = await register({ residentCertificateNumber: 'L912345609', arrivalDate: '2026-01-05' });
    const ok = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody() });
    assert.equal(ok.status, 201, ok.text);
    assert.deepEqual([ok.json.withinWindow, ok.json.findings, ok.json.complaintTrackingCode], [true, [], null]);
    const done = await t.request('/api/v1/staff/visit-tasks?status=done', { session: officer });
    assert.ok(done.json.items.some((task: { id: string }) => task.id === taskId));

    const kept = await register({ residentCertificateNumber: 'L912345618', arrivalDate: '2026-01-06' });
    const finding = await t.request(`/api/v1/staff/visit-tasks/${kept.taskId}/visits`, {
      method: 'POST',
      session: officer,
      body: visitBody({ checklist: { ...allGood, passportKeptByWorker: false } }),
    });
    assert.equal(finding.status, 201, finding.text);
    assert.deepEqual(finding.json.findings, ['passportKeptByWorker']);
    assert.match(finding.json.complaintTrackingCode, /^TC-/);
    const complaint = await t.db.query<{ law: string; status: string }>('SELECT law, status FROM complaints WHERE tracking_code = $1', [finding.json.complaintTrackingCode]);
    assert.deepEqual(complaint.rows[0], { law: 'employmentServiceAct', status: 'received' });

    const rest = await register({ residentCertificateNumber: 'L912345627', arrivalDate: '2026-01-07' });
    const followUp = await t.request(`/api/v1/staff/visit-tasks/${rest.taskId}/visits`, {
      method: 'POST',
      session: officer,
      body: visitBody({ checklist: { ...allGood, restDaysGiven: false } }),
    });
    assert.equal(followUp.json.complaintTrackingCode, null);
    const stored = await t.db.query<{ follow_up: string }>('SELECT follow_up FROM migrant_visits WHERE task_id = $1', [rest.taskId]);
    assert.equal(stored.rows[0]?.follow_up, 'follow-up-visit');
  });

  it('refuses a visit dated before the arrival or after today', async () => {
    const { taskId } = await register({ residentCertificateNumber: 'LC12345605', arrivalDate: '2026-02-10' });
    for (const visitedOn of ['2026-02-09', '2026-03-03']) {
      const response = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits?lang=en`, { method: 'POST', session: officer, body: visitBody({ visitedOn }) });
      assert.equal(response.status, 400, visitedOn);
      assert.equal(response.json.errors[0].field, 'visitedOn');
    }
    const edge = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ visitedOn: '2026-03-02' }) });
    assert.equal(edge.status, 201, 'today is allowed');
  });

  it('a visit synced after a reassignment is a conflict the officer resolves; a repeated sync is stored once', async () => {
    const { taskId } = await register({ residentCertificateNumber: 'LC12345614', arrivalDate: '2026-01-20' });
    const seen = await t.request(`/api/v1/staff/visit-tasks/${taskId}`, { session: officer });
    assert.equal(seen.json.version, 1);
    // While the officer is offline, the supervisor hands the task to someone else.
    const moved = await t.request(`/api/v1/staff/visit-tasks/${taskId}/assignment`, { method: 'POST', session: supervisor, body: { officerId: otherId } });
    assert.equal(moved.status, 204, moved.text);
    const clientId = '3f1c7a52-2a7e-4d8b-9a53-5b8f0d6c1e11';
    const conflict = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits?lang=en`, {
      method: 'POST',
      session: officer,
      body: visitBody({ clientId, taskVersion: 1 }),
    });
    assert.equal(conflict.status, 409);
    assert.equal(conflict.json.code, 'TASK_REASSIGNED');
    assert.match(conflict.json.title, /reassigned/);
    assert.equal((await t.db.query('SELECT 1 FROM migrant_visits WHERE client_id = $1', [clientId])).rowCount, 0, 'nothing stored');
    // Resolved: the officer confirms against the current version.
    const resolved = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ clientId, taskVersion: 2 }) });
    assert.equal(resolved.status, 201, resolved.text);
    const replay = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ clientId, taskVersion: 2 }) });
    assert.equal(replay.status, 200);
    assert.equal(replay.json.id, resolved.json.id);
    assert.equal((await t.db.query('SELECT 1 FROM migrant_visits WHERE task_id = $1', [taskId])).rowCount, 1);
    assert.equal((await t.request(`/api/v1/staff/visit-tasks/${taskId}/assignment`, { method: 'POST', session: officer, body: { officerId } })).status, 403, 'officers do not reassign');
    assert.equal((await t.request(`/api/v1/staff/visit-tasks/${taskId}/assignment`, { method: 'POST', session: supervisor, body: { officerId: await staffId('chief') } })).status, 400, 'only to a migrant officer');
  });

  it('an interrupted import leaves nothing half-written', async () => {
    const people = createPeopleService({ db: t.db, referenceData: t.referenceData });
    const service = createMigrantWorkersService({ db: t.db, referenceData: t.referenceData, people, employers: createEmployersService({ db: t.db, referenceData: t.referenceData }) });
    const staff = { id: officerId, username: 'migrant', displayName: 'migrant', roles: ['migrant-officer'], homeUnit: { kind: 'city', code: null }, csrfToken: 'x' } as never;
    const line = (number: string) =>
      importColumns.map((column) => ({ resident_certificate_number: number, name: 'X Y', nationality: 'VN', passport_number: 'P7654321', job_category: 'agriculture', arrival_date: '2026-02-15', district_code: '66000080' })[column as string] ?? '').join(',');
    const file = new TextEncoder().encode([importColumns.join(','), line('BD12345618'), line('BD12345627')].join('\n'));
    const count = async () => (await t.db.query<{ n: number }>('SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM migrant_workers) + (SELECT count(*) FROM migrant_visit_tasks) AS n')).rows[0]?.n;
    const was = await count();
    await assert.rejects(
      service.importCsv(staff, file, {
        locale: 'en',
        requestId: 'test',
        fileName: 'x.csv',
        afterRow: (row) => {
          if (row === 3) throw new Error('connection lost');
        },
      }),
      /connection lost/,
    );
    assert.equal(await count(), was, 'the first row was rolled back with the rest');
    const whole = await service.importCsv(staff, file, { locale: 'en', requestId: 'test', fileName: 'x.csv' });
    assert.equal(whole.imported, 2);
  });
});
