import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createSmtpChannel } from '../notifications/notifications.channels.ts';
import { paymentFollowUpJob } from './mediation.payments.ts';
import { createMediationService } from './mediation.service.ts';

const at = (day: string) => new Date(`${day}T02:00:00Z`);

describe('agreed payments and the follow-up when a payment day passes (勞資爭議處理法 Art. 59)', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let supervisor: Session;
  let caseId: string;

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({ now: at('2026-03-02'), jobs: true, notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) } });
    await t.createStaff('chief', ['admin']);
    supervisor = await t.login('chief');
    const service = createMediationService({
      db: t.db, referenceData: t.referenceData, clock: () => at('2026-03-02'),
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }), notices: { notify: async () => 'unused' },
    });
    const mediatorId = await service.addMediator({ name: '吳調解人', certificateValidUntil: '2027-12-31', languages: ['zh-TW', 'th'] });
    await service.addRoom({ siteCode: 'bureau', code: 'r1', name: '第一調解室', capacity: 6, phone: '04-2228-9111' });
    const filed = await t.request('/api/v1/mediation-applications?lang=th', {
      method: 'POST',
      body: {
        disputeType: 'rights', siteCode: 'bureau',
        applicant: { kind: 'worker', name: 'SOMCHAI', phone: '0988-000-000', email: 'somchai@example.com' },
        respondent: { kind: 'employer', name: '好棒棒餐飲有限公司' },
        claims: [{ kind: 'severance', amount: 60000 }], summary: '資遣費未付。',
      },
    });
    assert.equal(filed.status, 201, filed.text);
    caseId = (await t.request('/api/v1/staff/mediation-cases?scope=city', { session: supervisor })).json.items[0].id;
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${caseId}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId } })).status, 204);
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${caseId}/sessions`, { method: 'POST', session: supervisor, body: { siteCode: 'bureau', room: 'r1', startsAt: '2026-03-02T01:00:00Z', minutes: 60 } })).status, 201);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  const outcome = (body: Record<string, unknown>) => t.request(`/api/v1/staff/mediation-cases/${caseId}/outcome`, { method: 'POST', session: supervisor, body: { outcome: 'agreed', outcomeOn: '2026-03-02', agreedAmount: 50000, ...body } });
  const payments = async () => (await t.request(`/api/v1/staff/mediation-cases/${caseId}`, { session: supervisor })).json.payments as { position: number; dueOn: string; paidOn: string | null; followedUpOn: string | null; overdue: boolean }[];

  it('records the instalments, which add up to the agreed amount and fall due no earlier than the agreement', async () => {
    assert.equal((await outcome({ payments: [{ amount: 20000, dueOn: '2026-03-10' }, { amount: 20000, dueOn: '2026-04-10' }] })).status, 400, 'do not add up');
    assert.equal((await outcome({ payments: [{ amount: 50000, dueOn: '2026-03-01' }] })).status, 400, 'before the agreement');
    const closed = await outcome({ payments: [{ amount: 30000, dueOn: '2026-03-10' }, { amount: 20000, dueOn: '2026-04-10' }] });
    assert.equal(closed.status, 204, closed.text);
    assert.deepEqual((await payments()).map((p) => [p.dueOn, p.overdue]), [['2026-03-10', false], ['2026-04-10', false]]);
  });

  it('a payment is overdue from the day after its day; the daily job e-mails the worker once, in Thai', async () => {
    t.setNow(at('2026-03-10'));
    supervisor = await t.login('chief');
    assert.equal((await payments())[0]!.overdue, false, 'the day itself is in time');
    t.setNow(at('2026-03-11'));
    supervisor = await t.login('chief');
    assert.equal((await payments())[0]!.overdue, true);
    await t.jobs!.send(paymentFollowUpJob);
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes('somchai@example.com') && /30,000/.test(m.text)));
    assert.match(mail.text, /มาตรา 59/);
    assert.match(mail.text, /04-2228-9111/);
    await waitFor(async () => ((await payments())[0]!.followedUpOn === '2026-03-11' ? true : undefined));
    await t.jobs!.send(paymentFollowUpJob);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(smtp.received.filter((m) => /30,000/.test(m.text)).length, 1, 'followed up once');
    assert.equal((await payments())[1]!.followedUpOn, null, 'the later instalment is not due yet');
  });

  it('a payment recorded as paid is no longer overdue', async () => {
    const paid = await t.request(`/api/v1/staff/mediation-cases/${caseId}/payments/0/paid`, { method: 'POST', session: supervisor, body: { paidOn: '2026-03-11' } });
    assert.equal(paid.status, 204, paid.text);
    assert.deepEqual((await payments())[0]!.overdue, false);
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${caseId}/payments/0/paid`, { method: 'POST', session: supervisor, body: { paidOn: '2026-03-11' } })).status, 404, 'once');
  });
});
