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

describe('mediation statistics for a period', () => {
  it('counts the cases by site, route, dispute type and outcome, the claims by kind, and each deadline met in time or late with the days taken', async () => {
    const t = await createTestContext({ now: at('2026-03-02') });
    try {
      await t.createStaff('chief', ['admin']);
      let supervisor = await t.login('chief');
      const service = createMediationService({
        db: t.db, referenceData: t.referenceData, clock: () => at('2026-03-02'),
        employers: createEmployersService({ db: t.db, referenceData: t.referenceData }), notices: { notify: async () => 'unused' },
      });
      const mediatorId = await service.addMediator({ name: '吳調解人', certificateValidUntil: '2027-12-31' });
      const file = async (body: Record<string, unknown>) => {
        const filed = await t.request('/api/v1/mediation-applications', {
          method: 'POST',
          body: { disputeType: 'rights', siteCode: 'shalu-office', applicant: { kind: 'worker', name: '王小明', phone: '0912-000-000' }, respondent: { kind: 'employer', name: '好棒棒' }, summary: '工資。', ...body },
        });
        assert.equal(filed.status, 201, filed.text);
      };
      await file({ claims: [{ kind: 'unpaid-wages', amount: 30000 }, { kind: 'overtime', amount: 5000 }] });
      await file({ route: 'committee', disputeType: 'adjustment', claims: [{ kind: 'other' }] });
      const list = await t.request('/api/v1/staff/mediation-cases?scope=city', { session: supervisor });
      const mediatorCase = list.json.items.find((i: { route: string }) => i.route === 'mediator').id;
      t.setNow(at('2026-03-06'));
      supervisor = await t.login('chief');
      assert.equal((await t.request(`/api/v1/staff/mediation-cases/${mediatorCase}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId } })).status, 204);
      const stats = await t.request('/api/v1/staff/mediation-statistics?scope=city&from=2026-03-01&to=2026-03-31', { session: supervisor });
      assert.equal(stats.status, 200, stats.text);
      assert.equal(stats.json.cases, 2);
      assert.equal(stats.json.claimed, 35000);
      assert.deepEqual(stats.json.bySite, [{ key: 'shalu-office', cases: 2, claimed: 35000, agreed: 0 }]);
      assert.deepEqual(stats.json.byRoute.map((g: { key: string }) => g.key).sort(), ['committee', 'mediator']);
      assert.deepEqual(stats.json.byOutcome, [{ key: 'open', cases: 2, claimed: 35000, agreed: 0 }]);
      assert.deepEqual(stats.json.byClaimKind, [{ kind: 'other', claims: 1, claimed: 0 }, { kind: 'overtime', claims: 1, claimed: 5000 }, { kind: 'unpaid-wages', claims: 1, claimed: 30000 }]);
      assert.deepEqual(stats.json.deadlines, [
        { kind: 'appoint-mediator', article: '勞資爭議處理法第12條第1項', metInTime: 0, metLate: 1, overdue: 0, averageDays: 4 },
        { kind: 'start-mediation', article: '勞資爭議處理法第12條第2項', metInTime: 0, metLate: 0, overdue: 0, averageDays: null },
      ]);
      const before = await t.request('/api/v1/staff/mediation-statistics?scope=city&from=2026-02-01&to=2026-02-28', { session: supervisor });
      assert.equal(before.json.cases, 0, 'another period');
      assert.equal((await t.request('/api/v1/staff/mediation-statistics?from=2026-03-31&to=2026-03-01', { session: supervisor })).status, 400);
    } finally {
      await t.close();
    }
  });
});
