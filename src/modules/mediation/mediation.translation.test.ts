import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createMediationService } from './mediation.service.ts';

// Monday 2026-03-02, 10:00 in Taipei.
const now = new Date('2026-03-02T02:00:00Z');
const remarks = '請攜帶勞動契約、二月份薪資單及出勤紀錄正本。';
const vietnameseRemarks = 'Vui lòng mang theo bản gốc hợp đồng lao động, phiếu lương tháng Hai và bảng chấm công.';
const recordRemarks = '資方同意於三月底前一次給付。';
const vietnameseRecordRemarks = 'Bên sử dụng lao động đồng ý trả một lần trước cuối tháng Ba.';

const application = {
  disputeType: 'rights',
  siteCode: 'shalu-office',
  applicant: { kind: 'worker', name: 'NGUYEN THI LAN', idNumber: 'A123456789', phone: '0912-345-678', email: 'lan@example.com', locale: 'vi' },
  respondent: { kind: 'employer', name: '好棒棒餐飲有限公司', ubn: '04595257', email: 'hr@example.com' },
  claims: [{ kind: 'unpaid-wages', amount: 56000 }],
  summary: '雇主積欠二月工資。',
};

const textOf = async (bytes: Uint8Array) => (await pdfPageTexts(bytes)).flat().join('\n');

describe('mediation: the remarks on a notice and on the record reach a Vietnamese party in Vietnamese (issue 15 §1)', () => {
  let t: TestContext;
  let supervisor: Session;
  let interpreter: Session;
  let mediatorId: string;

  before(async () => {
    t = await createTestContext({ now, jobs: true });
    supervisor = await t.signIn('chief', ['admin']);
    interpreter = await t.signIn('interpreter-tran', ['interpreter']);
    const service = createMediationService({
      db: t.db,
      referenceData: t.referenceData,
      clock: () => now,
      employers: createEmployersService({ db: t.db, referenceData: t.referenceData }),
      notices: { notify: async () => 'unused' },
    });
    mediatorId = await service.addMediator({ name: '吳調解人', certificateValidUntil: '2027-12-31' });
    await service.addRoom({ siteCode: 'shalu-office', code: 'r1', name: '第一調解室', capacity: 6, phone: '04-2662-0000' });
  });
  after(() => t.close());

  async function openCase() {
    const filed = await t.request('/api/v1/mediation-applications', { method: 'POST', body: application });
    assert.equal(filed.status, 201, filed.text);
    const list = await t.request('/api/v1/staff/mediation-cases?scope=city&pageSize=100', { session: supervisor });
    const id = (list.json.items as { id: string; caseNumber: string }[]).find((item) => item.caseNumber === filed.json.caseNumber)!.id;
    const appointed = await t.request(`/api/v1/staff/mediation-cases/${id}/mediator`, { method: 'POST', session: supervisor, body: { mediatorId, skipReason: '測試指定' } });
    assert.equal(appointed.status, 204, appointed.text);
    return id;
  }
  const taskOf = async (text: string) => {
    const queue = await t.request('/api/v1/staff/translation-tasks?targetLocale=vi&pageSize=100', { session: interpreter });
    assert.equal(queue.status, 200, queue.text);
    return queue.json.items.find((item: { sourceText: string }) => item.sourceText === text) as { id: string; recordType: string; sourceModule: string; field: string } | undefined;
  };
  const complete = async (taskId: string, translatedText: string) => {
    const done = await t.request(`/api/v1/staff/translation-tasks/${taskId}/complete`, { method: 'POST', session: interpreter, body: { translatedText } });
    assert.equal(done.status, 204, done.text);
  };
  const outbox = async (id: string, template: string) =>
    (
      await t.db.query<{ locale: string; params: Record<string, string>; recipient_masked: string }>(
        'SELECT locale, params, recipient_masked FROM notifications WHERE record_type = $1 AND record_id = $2 AND template = $3 ORDER BY locale',
        ['mediation-case', id, template],
      )
    ).rows;

  it("gives the Vietnamese party the notice's remarks in Chinese marked as being translated, then e-mails and prints the translation", async () => {
    const id = await openCase();
    const booked = await t.request(`/api/v1/staff/mediation-cases/${id}/sessions`, {
      method: 'POST',
      session: supervisor,
      body: { siteCode: 'shalu-office', room: 'r1', startsAt: '2026-03-09T01:30:00Z', remarks },
    });
    assert.equal(booked.status, 201, booked.text);
    const notices = await outbox(id, 'mediation-notice');
    assert.deepEqual(notices.map((n) => n.locale), ['vi', 'zh-TW']);
    assert.match(notices[0]!.params.remarks!, /Ghi chú: 請攜帶勞動契約/);
    assert.match(notices[0]!.params.remarks!, /Phiên dịch viên của Cục đang dịch/, 'the Vietnamese notice says the remarks are being translated');
    assert.equal(notices[1]!.params.remarks, `\n\n備註：${remarks}`, 'the Chinese party reads the remarks as written, with no note');

    const task = await taskOf(remarks);
    assert.deepEqual(task && { recordType: task.recordType, sourceModule: task.sourceModule, field: task.field }, {
      recordType: 'mediation-session',
      sourceModule: 'mediation',
      field: 'remarks',
    });
    assert.equal((await t.request('/api/v1/staff/translation-tasks?targetLocale=zh-TW', { session: interpreter })).json.total, 0, 'none for the Chinese party');
    await complete(task!.id, vietnameseRemarks);

    // The hand-over job: the mediation module e-mails the translation to the Vietnamese party only.
    const ready = await waitFor(async () => {
      const rows = await outbox(id, 'translation-ready');
      return rows.length > 0 ? rows : undefined;
    });
    assert.equal(ready.length, 1);
    assert.equal(ready[0]!.locale, 'vi');
    assert.equal(ready[0]!.params.text, vietnameseRemarks);
    assert.equal(ready[0]!.params.original, remarks);
    assert.match(ready[0]!.params.what!, /thông báo cuộc họp hòa giải/);
    // The job marks the task after the module's hand-over has written its e-mail, so the mark can come a moment later.
    const handedOver = await waitFor(async () => {
      const rows = (await t.db.query<{ handed_over_at: Date | null }>('SELECT handed_over_at FROM translation_tasks WHERE id = $1', [task!.id])).rows;
      return rows[0]?.handed_over_at ?? undefined;
    });
    assert.ok(handedOver, 'handed over');
    assert.equal((await outbox(id, 'translation-ready')).length, 1, 'handed over once');

    const pdf = await t.app.request(`/api/v1/staff/mediation-cases/${id}/sessions/${booked.json.id}/notice.pdf?party=applicant`, {
      headers: { cookie: supervisor.cookie },
    });
    assert.equal(pdf.status, 200);
    const letter = (await textOf(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    assert.ok(letter.includes('Vui lòng mang theo bản gốc'), letter);
    assert.doesNotMatch(letter, /đang dịch/, 'no longer marked as being translated');
  });

  it("translates the mediator's remarks on the record for the Vietnamese party's copy", async () => {
    const id = await openCase();
    const closed = await t.request(`/api/v1/staff/mediation-cases/${id}/outcome`, {
      method: 'POST',
      session: supervisor,
      body: { outcome: 'withdrawn', outcomeOn: '2026-03-02', remarks: recordRemarks },
    });
    assert.equal(closed.status, 204, closed.text);
    const record = async (party: string) => {
      const pdf = await t.app.request(`/api/v1/staff/mediation-cases/${id}/record.pdf?party=${party}`, { headers: { cookie: supervisor.cookie } });
      assert.equal(pdf.status, 200);
      return (await textOf(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
    };
    assert.match(await record('applicant'), /Phiên dịch viên của Cục đang dịch|phiên dịch viên của Cục đang dịch/);
    assert.ok((await record('respondent')).includes(recordRemarks.slice(0, 8)));
    const task = await taskOf(recordRemarks);
    assert.equal(task?.recordType, 'mediation-record');
    await complete(task!.id, vietnameseRecordRemarks);
    const copy = await record('applicant');
    assert.ok(copy.includes('Bên sử dụng lao động đồng ý'), copy);
    assert.doesNotMatch(copy, /đang dịch/);
  });
});
