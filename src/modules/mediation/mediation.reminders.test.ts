import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createSmtpChannel } from '../notifications/notifications.channels.ts';
import { deadlineReminderJob } from './mediation.reminders.ts';
import { createMediationService } from './mediation.service.ts';

const at = (day: string) => new Date(`${day}T01:00:00Z`);

describe('mediation deadline reminders to staff, at their work e-mail (ADR 0042)', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let chief: Session;
  let chiefId: string;
  let mediatorAccountId: string;
  let mediatorId: string;
  let caseId: string;

  const signInAt = async (day: string) => {
    t.setNow(at(day));
    chief = await t.login('chief');
  };
  /** Sends the daily job and waits until it has run. */
  const runJob = async () => {
    const id = await t.jobs!.send(deadlineReminderJob);
    assert.ok(id);
    await waitFor(async () => ((await t.jobs!.get(id))?.state === 'completed' ? true : undefined));
  };
  const reminders = async () =>
    (await t.db.query<{ kind: string; stage: string; recipient_id: string; due_on: string }>(
      'SELECT kind, stage, recipient_id, due_on::text AS due_on FROM mediation_deadline_reminders ORDER BY sent_at, kind, stage, recipient_id',
    )).rows;

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({ now: at('2026-03-02'), jobs: true, notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) } });
    chiefId = (await t.createStaff('chief', ['admin'])).id;
    mediatorAccountId = (await t.createStaff('wu', ['mediator'], { kind: 'mediation-site', code: 'shalu-office' })).id;
    chief = await t.login('chief');
    const service = createMediationService({
      db: t.db, referenceData: t.referenceData, clock: () => at('2026-03-02'),
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }), notices: { notify: async () => 'unused' },
    });
    mediatorId = await service.addMediator({ name: '吳調解人', staffUserId: mediatorAccountId, certificateValidUntil: '2027-12-31' });
    const filed = await t.request('/api/v1/mediation-applications', {
      method: 'POST',
      body: {
        disputeType: 'rights', siteCode: 'shalu-office',
        applicant: { kind: 'worker', name: '王小明', phone: '0912-000-000' },
        respondent: { kind: 'employer', name: '好棒棒餐飲有限公司' },
        claims: [{ kind: 'unpaid-wages', amount: 30000 }], summary: '工資未付。',
      },
    });
    assert.equal(filed.status, 201, filed.text);
    caseId = (await t.request('/api/v1/staff/mediation-cases?scope=city', { session: chief })).json.items[0].id;
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('the admin sets a work e-mail and language on a staff account: validated, masked in the list, in full on the account (audited)', async () => {
    const patch = (id: string, body: Record<string, unknown>) => t.request(`/api/v1/staff/accounts/${id}`, { method: 'PATCH', session: chief, body });
    const bad = await patch(mediatorAccountId, { workEmail: 'not-an-address' });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.json.errors?.[0]?.field ?? bad.json.fieldIssues?.[0]?.field ?? 'workEmail', 'workEmail');
    assert.equal((await patch(mediatorAccountId, { locale: 'xx' })).status, 400);
    const saved = await patch(mediatorAccountId, { workEmail: 'wu.mediator@labor.example.gov.tw', locale: 'en' });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.json.workEmail, 'wu.mediator@labor.example.gov.tw');
    assert.equal((await patch(chiefId, { workEmail: 'chief@labor.example.gov.tw' })).status, 200);
    const list = await t.request('/api/v1/staff/accounts', { session: chief });
    const listed = list.json.items.find((a: { id: string }) => a.id === mediatorAccountId);
    assert.equal(listed.workEmail, 'w***@labor.example.gov.tw', 'masked in the list');
    assert.equal(listed.locale, 'en');
    const one = await t.request(`/api/v1/staff/accounts/${mediatorAccountId}`, { session: chief });
    assert.equal(one.json.workEmail, 'wu.mediator@labor.example.gov.tw');
    const audit = await t.db.query<{ action: string; details: { changed?: Record<string, unknown> } }>(
      `SELECT action, details FROM audit_events WHERE record_id = $1 AND action LIKE 'staff-account.%' ORDER BY occurred_at, id`, [mediatorAccountId],
    );
    assert.ok(audit.rows.some((r) => r.action === 'staff-account.view'));
    const update = audit.rows.find((r) => r.action === 'staff-account.update' && r.details.changed?.workEmail);
    assert.equal(update?.details.changed?.workEmail, 'set', 'the address itself stays out of the trail');
    // The address is cleared with null.
    assert.equal((await patch(chiefId, { workEmail: null })).json.workEmail, null);
    assert.equal((await patch(chiefId, { workEmail: 'chief@labor.example.gov.tw' })).json.workEmail, 'chief@labor.example.gov.tw');
  });

  it('the settings are the supervising role\'s to set, validated; without them nothing is sent', async () => {
    await runJob();
    assert.deepEqual(await reminders(), []);
    assert.deepEqual((await t.request('/api/v1/staff/mediation-reminder-settings', { session: chief })).json, { settings: null });
    const put = (body: Record<string, unknown>, session = chief) => t.request('/api/v1/staff/mediation-reminder-settings', { method: 'PUT', session, body });
    assert.equal((await put({ daysBefore: 31, remindSupervisorWhenOverdue: true })).status, 400);
    assert.equal((await put({ daysBefore: -1, remindSupervisorWhenOverdue: true })).status, 400);
    const mediator = await t.login('wu');
    assert.equal((await put({ daysBefore: 1, remindSupervisorWhenOverdue: true }, mediator)).status, 403);
    assert.equal((await put({ daysBefore: 1, remindSupervisorWhenOverdue: true })).status, 204);
    assert.deepEqual((await t.request('/api/v1/staff/mediation-reminder-settings', { session: mediator })).json, { settings: { daysBefore: 1, remindSupervisorWhenOverdue: true } });
  });

  it('appointing a mediator (Art. 12 para. 1, due 2026-03-05): the supervisor is reminded 1 day before, not 2, once', async () => {
    await signInAt('2026-03-03');
    await runJob();
    assert.deepEqual(await reminders(), [], 'two days before the last day: not yet');
    await signInAt('2026-03-04');
    await runJob();
    await runJob();
    assert.deepEqual(await reminders(), [{ kind: 'appoint-mediator', stage: 'due-soon', recipient_id: chiefId, due_on: '2026-03-05' }], 'once, to the supervising role');
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes('chief@labor.example.gov.tw')));
    assert.match(mail.subject, /指派調解人/);
    assert.match(mail.text, /勞資爭議處理法第12條第1項/);
    assert.match(mail.text, new RegExp(`/staff/mediation/${caseId}`));
    assert.doesNotMatch(mail.text, /王小明/, 'no party names in a reminder');
  });

  it('starting (Art. 12 para. 2, due 2026-03-11): the mediator in English the day before; overdue the day after, to the mediator and the supervisor', async () => {
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${caseId}/mediator`, { method: 'POST', session: chief, body: { mediatorId } })).status, 204);
    await signInAt('2026-03-09');
    await runJob();
    assert.equal((await reminders()).filter((r) => r.kind === 'start-mediation').length, 0, 'two days before');
    await signInAt('2026-03-10');
    await runJob();
    assert.deepEqual((await reminders()).filter((r) => r.kind === 'start-mediation'), [{ kind: 'start-mediation', stage: 'due-soon', recipient_id: mediatorAccountId, due_on: '2026-03-11' }]);
    const soon = await waitFor(() => smtp.received.find((m) => m.to.includes('wu.mediator@labor.example.gov.tw')));
    assert.match(soon.subject, /The mediator starts mediating/);
    assert.match(soon.text, /勞資爭議處理法第12條第2項/);
    await signInAt('2026-03-11');
    await runJob();
    assert.equal((await reminders()).filter((r) => r.kind === 'start-mediation' && r.stage === 'overdue').length, 0, 'the last day itself is not overdue');
    await signInAt('2026-03-12');
    await runJob();
    const overdue = (await reminders()).filter((r) => r.kind === 'start-mediation' && r.stage === 'overdue').map((r) => r.recipient_id).sort();
    assert.deepEqual(overdue, [chiefId, mediatorAccountId].sort());
    await waitFor(() => smtp.received.find((m) => m.to.includes('chief@labor.example.gov.tw') && /逾期限/.test(m.subject)));
    await waitFor(() => smtp.received.find((m) => m.to.includes('wu.mediator@labor.example.gov.tw') && /overdue/.test(m.subject)));
  });

  it('days before 0 reminds on the last day; a closed day entered later moves it and it is reminded again; a closed case is not reminded', async () => {
    assert.equal((await t.request('/api/v1/staff/mediation-reminder-settings', { method: 'PUT', session: chief, body: { daysBefore: 0, remindSupervisorWhenOverdue: false } })).status, 204);
    // A closed day entered later moves the last day: a new deadline day, reminded again.
    await t.db.query("INSERT INTO mediation_calendar_days (day, is_open, reason, source) VALUES ('2026-03-11', false, '颱風停班', 'test')");
    await runJob();
    const moved = (await reminders()).filter((r) => r.due_on === '2026-03-12');
    assert.deepEqual(moved.map((r) => [r.stage, r.recipient_id]), [['due-soon', mediatorAccountId]], 'days before 0: on the last day, to the mediator');
    await signInAt('2026-03-13');
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${caseId}/outcome`, { method: 'POST', session: chief, body: { outcome: 'withdrawn', outcomeOn: '2026-03-13' } })).status, 204);
    const before = (await reminders()).length;
    await runJob();
    assert.equal((await reminders()).length, before, 'closed: nothing more');
  });
});
