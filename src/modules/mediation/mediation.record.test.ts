import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createSmtpChannel } from '../notifications/notifications.channels.ts';
import { createMediationService } from './mediation.service.ts';

const now = new Date('2026-03-02T02:00:00Z');

describe('the mediation record reaches both parties by e-mail, each in its language (勞資爭議處理法 Art. 22)', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let supervisor: Session;
  let caseId: string;

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({ now, jobs: true, notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) } });
    supervisor = await t.signIn('chief', ['admin']);
    const service = createMediationService({
      db: t.db, referenceData: t.referenceData, clock: () => now,
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }), notices: { notify: async () => 'unused' },
    });
    const mediatorId = await service.addMediator({ name: '吳調解人', certificateValidUntil: '2027-12-31', languages: ['zh-TW', 'vi'] });
    await service.addRoom({ siteCode: 'bureau', code: 'r1', name: '第一調解室', capacity: 6, phone: '04-2228-9111' });
    const filed = await t.request('/api/v1/mediation-applications?lang=vi', {
      method: 'POST',
      body: {
        disputeType: 'rights', siteCode: 'bureau',
        applicant: { kind: 'worker', name: 'NGUYEN VAN AN', phone: '0988-000-000', email: 'an@example.com' },
        respondent: { kind: 'employer', name: '好棒棒餐飲有限公司', email: 'hr@example.com' },
        claims: [{ kind: 'unpaid-wages', amount: 40000 }], summary: '積欠工資。',
      },
    });
    assert.equal(filed.status, 201, filed.text);
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city', { session: supervisor });
    caseId = list.json.items[0].id;
    assert.equal((await t.request(`/api/v1/staff/mediation-cases/${caseId}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId } })).status, 204);
    const booked = await t.request(`/api/v1/staff/mediation-cases/${caseId}/sessions`, { method: 'POST', session: supervisor, body: { siteCode: 'bureau', room: 'r1', startsAt: '2026-03-02T01:00:00Z', minutes: 60 } });
    assert.equal(booked.status, 201, booked.text);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it("e-mails each party a link to its own copy, in its language; the link opens that copy only until it expires", async () => {
    const closed = await t.request(`/api/v1/staff/mediation-cases/${caseId}/outcome`, { method: 'POST', session: supervisor, body: { outcome: 'agreed', outcomeOn: '2026-03-02', agreedAmount: 35000 } });
    assert.equal(closed.status, 204, closed.text);
    const records = await waitFor(() => {
      const found = smtp.received.filter((m) => /#token=/.test(m.text));
      return found.length === 2 ? found : undefined;
    });
    const worker = records.find((m) => m.to.includes('an@example.com'))!;
    const employer = records.find((m) => m.to.includes('hr@example.com'))!;
    assert.match(worker.subject, /biên bản hòa giải/, 'the worker reads Vietnamese');
    assert.match(worker.text, /Điều 22/);
    assert.match(employer.subject, /勞資爭議調解紀錄/, 'the employer reads Chinese');
    const token = (mail: { text: string }) => /\/mediation\/record#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;

    const copy = await t.app.request('/api/v1/mediation-records', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: token(worker) }) });
    assert.equal(copy.status, 200);
    assert.equal(copy.headers.get('content-type'), 'application/pdf');
    const text = (await pdfPageTexts(new Uint8Array(await copy.arrayBuffer()))).flat().join(' ');
    assert.match(text, /NGUYEN VAN AN/);
    assert.match(text, /35,000/);
    const audit = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'mediation.record.download' AND record_id = $1", [caseId]);
    assert.equal(audit.rowCount, 1, 'each download is audited');

    const wrong = await t.request('/api/v1/mediation-records', { method: 'POST', body: { token: 'x'.repeat(43) } });
    assert.equal(wrong.status, 404);
    t.setNow(new Date(now.getTime() + 61 * 86_400_000));
    const expired = await t.request('/api/v1/mediation-records', { method: 'POST', body: { token: token(employer) } });
    assert.equal(expired.status, 404, 'after 60 days the link no longer opens the copy');
  });
});
