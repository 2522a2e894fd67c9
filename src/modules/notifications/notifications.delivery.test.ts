import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createSmtpChannel } from './notifications.channels.ts';

const complainantEmail = 'nguyen.thi.lan@example.vn';
const complaint = {
  employerName: '臺中好棒棒餐飲有限公司',
  districtCode: '北屯區',
  law: 'laborStandardsAct',
  description: 'Tôi làm thêm giờ nhưng không được trả lương.',
  anonymous: false,
  name: 'Nguyễn Thị Lan',
  email: complainantEmail,
};
const replyText = 'Sau khi kiểm tra, công ty đã vi phạm <b>Điều 24</b> & đã bị xử phạt.';

describe('notifications: a complaint reply reaches a real SMTP server in the complainant language', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let inspector: Session;
  let supervisor: Session;
  let complaintId: string;
  let trackingCode: string;

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({
      jobs: true,
      notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) },
    });
    inspector = await t.signIn('inspector-lin', ['labor-inspector']);
    supervisor = await t.signIn('supervisor', ['admin']);
    const filed = await t.request('/api/v1/complaints?lang=vi', { method: 'POST', body: complaint });
    assert.equal(filed.status, 201, filed.text);
    trackingCode = filed.json.trackingCode;
    const row = await t.db.query<{ id: string; locale: string }>('SELECT id, locale FROM complaints WHERE tracking_code = $1', [trackingCode]);
    complaintId = row.rows[0]?.id ?? '';
    assert.equal(row.rows[0]?.locale, 'vi', 'the language of the public submission is kept on the complaint');
    const inspectorId = (await t.db.query<{ id: string }>(`SELECT id FROM staff_users WHERE username = 'inspector-lin'`)).rows[0]?.id;
    const assigned = await t.request(`/api/v1/staff/complaints/${complaintId}/assignment`, { method: 'POST', session: supervisor, body: { inspectorId } });
    assert.equal(assigned.status, 204, assigned.text);
    const investigating = await t.request(`/api/v1/staff/complaints/${complaintId}/transitions`, { method: 'POST', session: inspector, body: { action: 'investigate' } });
    assert.equal(investigating.status, 200, investigating.text);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('refused once with 451, the delivery job retries and the reply arrives, then is recorded on the case', async () => {
    smtp.refuseNext(1);
    const replied = await t.request(`/api/v1/staff/complaints/${complaintId}/transitions`, {
      method: 'POST',
      session: inspector,
      body: { action: 'reply', outcome: 'violation-fined', message: replyText },
    });
    assert.equal(replied.status, 200, replied.text);
    assert.equal(replied.text.includes(complainantEmail), false, 'the answer never holds the address');

    const mail = await waitFor(() => smtp.received[0]);
    assert.equal(smtp.rcptAttempts, 2, 'one refusal, one accepted retry');
    assert.deepEqual(mail.to, [complainantEmail]);
    assert.equal(mail.subject, `Cục Lao động thành phố Đài Trung: văn bản trả lời khiếu nại ${trackingCode}`, "the bureau's name in Vietnamese, from the city file");
    assert.match(mail.text, /Đây là văn bản trả lời của chúng tôi cho khiếu nại của bạn/);
    assert.ok(mail.text.includes(replyText), 'the reply as typed, in the text part');
    assert.ok(
      mail.text.includes('Thanh tra phát hiện người sử dụng lao động vi phạm pháp luật lao động'),
      "the outcome's sentence in Vietnamese comes first (issue 15 §1)",
    );
    assert.ok(mail.text.includes('phiên dịch viên của Cục đang dịch'), 'and the note that the free text is being translated');
    assert.match(mail.text, /Ngày trả lời: 2 tháng 3, 2026/);
    assert.ok(mail.html.includes('&lt;b&gt;Điều 24&lt;/b&gt; &amp; đã'), 'the reply escaped in the HTML part');
    assert.equal(mail.html.includes('<b>'), false);
    assert.equal(mail.headers.get('content-language'), 'vi');
    assert.match(mail.headers.get('message-id') ?? '', /^<notification-[0-9a-f-]{36}@labor\.example\.gov\.tw>$/);

    const record = await waitFor(async () => {
      const list = await t.request(`/api/v1/staff/notifications?recordType=complaint&recordId=${complaintId}`, { session: inspector });
      return list.json?.items?.[0]?.status === 'sent' && list;
    });
    assert.equal(record.status, 200);
    assert.equal(record.json.items.length, 1);
    const [item] = record.json.items;
    assert.equal(item.channel, 'email');
    assert.equal(item.template, 'complaint-reply');
    assert.equal(item.locale, 'vi');
    assert.equal(item.recipient, '***@***', 'a complainant is sealed: nothing of the address is shown');
    assert.equal(item.attempts, 2);
    assert.equal(item.lastError, null);
    assert.equal(item.sentAt, '2026-03-02T02:00:00.000Z');
    assert.equal(record.text.includes('nguyen'), false);

    const outbox = await t.db.query<{ recipient: string | null }>('SELECT recipient FROM notifications WHERE record_id = $1', [complaintId]);
    assert.equal(outbox.rows[0]?.recipient, null, 'the address is erased once the message is sent');
    const jobErrors = await t.db.query<{ output: unknown }>(`SELECT output FROM pgboss.job WHERE name = 'notifications.deliver'`);
    assert.equal(JSON.stringify(jobErrors.rows).includes(complainantEmail), false, 'the job rows hold no address either');
    const audits = await t.db.query<{ action: string; details: Record<string, unknown> }>(
      `SELECT action, details FROM audit_events WHERE record_id = $1 AND action IN ('complaint.identity-use', 'notifications.view') ORDER BY id`,
      [complaintId],
    );
    assert.equal(audits.rows[0]?.action, 'complaint.identity-use');
    assert.ok(audits.rows.some((row) => row.action === 'notifications.view'), 'reading the record of messages is audited');
    assert.equal(JSON.stringify(audits.rows).includes(complainantEmail), false);
  });

  it('queues nothing for a complainant who left no e-mail address, and nothing for an anonymous one', async () => {
    const inspectorId = (await t.db.query<{ id: string }>(`SELECT id FROM staff_users WHERE username = 'inspector-lin'`)).rows[0]?.id;
    for (const body of [
      { ...complaint, email: undefined, phone: '0912-345-678' },
      { employerName: complaint.employerName, districtCode: '北屯區', law: 'laborStandardsAct', description: 'anonymous', anonymous: true },
    ]) {
      const filed = await t.request('/api/v1/complaints?lang=th', { method: 'POST', body });
      assert.equal(filed.status, 201, filed.text);
      const id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]?.id;
      await t.request(`/api/v1/staff/complaints/${id}/assignment`, { method: 'POST', session: supervisor, body: { inspectorId } });
      await t.request(`/api/v1/staff/complaints/${id}/transitions`, { method: 'POST', session: inspector, body: { action: 'investigate' } });
      const replied = await t.request(`/api/v1/staff/complaints/${id}/transitions`, {
        method: 'POST',
        session: inspector,
        body: { action: 'reply', outcome: 'inspected', message: 'ตรวจสอบแล้ว' },
      });
      assert.equal(replied.status, 200, replied.text);
      const rows = await t.db.query('SELECT 1 FROM notifications WHERE record_id = $1', [id]);
      assert.equal(rows.rowCount, 0);
    }
  });

  it('lists the record only for staff who may read the complaint', async () => {
    const officer = await t.signIn('officer-chen', ['employment-officer']);
    const refused = await t.request(`/api/v1/staff/notifications?recordType=complaint&recordId=${complaintId}`, { session: officer });
    assert.equal(refused.status, 403);
    const unknownType = await t.request(`/api/v1/staff/notifications?recordType=people&recordId=${complaintId}`, { session: inspector });
    assert.equal(unknownType.status, 400);
    const signedOut = await t.request(`/api/v1/staff/notifications?recordType=complaint&recordId=${complaintId}`);
    assert.equal(signedOut.status, 401);
  });

  it('renders the written reply as an A4 PDF with the reply and the ROC date, for staff who may read the complaint', async () => {
    const response = await t.app.request(`/api/v1/staff/complaints/${complaintId}/reply.pdf`, { headers: { cookie: inspector.cookie } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="complaint-reply-${trackingCode}.pdf"`));
    const pages = await pdfPageTexts(new Uint8Array(await response.arrayBuffer()));
    const text = pages.flat().join('\n');
    assert.match(text, /臺中市政府勞工局/);
    assert.match(text, /檢舉案件書面回復/);
    assert.match(text, /民國 115 年 3 月 2 日/);
    assert.ok(text.replace(/\s+/g, ' ').includes('Sau khi kiểm tra, công ty đã vi phạm <b>Điều 24</b>'), text);
    assert.match(text, new RegExp(`受文者：案號 ${trackingCode} 之檢舉人`));
    assert.ok(text.replace(/\s+/g, '').includes('經查該事業單位有違反勞動法令情事'), "the letter holds the outcome's Chinese sentence");
    assert.match(text, /第 1 頁，共 1 頁/);
    assert.equal(text.includes('Nguyễn'), false, 'the letter does not name the sealed complainant');
    const audit = await t.db.query(`SELECT 1 FROM audit_events WHERE record_id = $1 AND action = 'complaint.reply-document'`, [complaintId]);
    assert.equal(audit.rowCount, 1);

    const officer = await t.login('officer-chen');
    const refused = await t.request(`/api/v1/staff/complaints/${complaintId}/reply.pdf`, { session: officer });
    assert.equal(refused.status, 403);
  });
});
