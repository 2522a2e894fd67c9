import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

const vietnamese = {
  employerName: '臺中好棒棒餐飲有限公司',
  districtCode: '北屯區',
  law: 'laborStandardsAct',
  description: 'Tôi làm thêm giờ nhưng không được trả lương.',
  anonymous: true,
};
const chineseReply = '經查該公司未依勞動基準法第24條給付延長工作時間工資，已處罰鍰。';
const vietnameseReply = 'Qua kiểm tra, công ty đã không trả tiền lương làm thêm giờ theo Điều 24 Luật Tiêu chuẩn Lao động và đã bị phạt tiền.';

describe('translations: the bureau answers a Vietnamese complaint in Vietnamese, through the interpreters (issue 15 §1)', () => {
  let t: TestContext;
  let inspector: Session;
  let supervisor: Session;
  let interpreter: Session;
  let inspectorId: string;

  before(async () => {
    t = await createTestContext();
    inspector = await t.signIn('inspector-lin', ['labor-inspector']);
    supervisor = await t.signIn('supervisor', ['admin']);
    interpreter = await t.signIn('interpreter-nguyen', ['interpreter']);
    inspectorId = (await t.db.query<{ id: string }>(`SELECT id FROM staff_users WHERE username = 'inspector-lin'`)).rows[0]?.id ?? '';
  });
  after(() => t.close());

  async function fileAndInvestigate(lang: string) {
    const filed = await t.request(`/api/v1/complaints?lang=${lang}`, { method: 'POST', body: vietnamese });
    assert.equal(filed.status, 201, filed.text);
    const id = (await t.db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.json.trackingCode])).rows[0]?.id ?? '';
    assert.equal((await t.request(`/api/v1/staff/complaints/${id}/assignment`, { method: 'POST', session: supervisor, body: { inspectorId } })).status, 204);
    assert.equal((await t.request(`/api/v1/staff/complaints/${id}/transitions`, { method: 'POST', session: inspector, body: { action: 'investigate' } })).status, 200);
    return { id, code: filed.json.trackingCode as string, secret: filed.json.secret as string };
  }
  const status = (c: { code: string; secret: string }) =>
    t.request(`/api/v1/complaints/${c.code}`, { headers: { 'x-complaint-secret': c.secret } });

  it('shows staff the language the complainant filed in', async () => {
    const filed = await fileAndInvestigate('vi');
    const detail = await t.request(`/api/v1/staff/complaints/${filed.id}`, { session: supervisor });
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.json.locale, 'vi');
  });

  it('refuses a reply without its structured outcome, and one with an outcome that does not exist', async () => {
    const filed = await fileAndInvestigate('vi');
    const url = `/api/v1/staff/complaints/${filed.id}/transitions`;
    const none = await t.request(url, { method: 'POST', session: inspector, body: { action: 'reply', message: chineseReply } });
    assert.equal(none.status, 400);
    assert.equal(none.json.errors?.[0]?.field, 'outcome');
    const unknown = await t.request(url, { method: 'POST', session: inspector, body: { action: 'reply', outcome: 'settled', message: chineseReply } });
    assert.equal(unknown.status, 400);
    const bare = await t.request(url, { method: 'POST', session: inspector, body: { action: 'reply', outcome: 'no-violation' } });
    assert.equal(bare.status, 200, 'an outcome alone is a reply');
    const event = (await status(filed)).json.events.at(-1);
    assert.equal(event.outcome, 'no-violation');
    assert.equal(event.message, null);
    assert.equal(event.translation, null, 'no free text, nothing to translate');
  });

  it('opens a task for free text to a Vietnamese complainant; the status page says it is being translated, then shows the translation', async () => {
    const filed = await fileAndInvestigate('vi');
    const replied = await t.request(`/api/v1/staff/complaints/${filed.id}/transitions`, {
      method: 'POST',
      session: inspector,
      body: { action: 'reply', outcome: 'violation-fined', message: chineseReply },
    });
    assert.equal(replied.status, 200, replied.text);

    const pending = (await status(filed)).json.events.at(-1);
    assert.deepEqual(
      { outcome: pending.outcome, translation: pending.translation, message: pending.message, messageLocale: pending.messageLocale },
      { outcome: 'violation-fined', translation: 'pending', message: chineseReply, messageLocale: 'zh-TW' },
    );
    const staffView = await t.request(`/api/v1/staff/complaints/${filed.id}`, { session: supervisor });
    assert.equal(staffView.json.events.at(-1).translation, 'pending', 'staff see the reply waits for the interpreter');

    const queue = await t.request('/api/v1/staff/translation-tasks?targetLocale=vi', { session: interpreter });
    assert.equal(queue.status, 200, queue.text);
    const task = queue.json.items.find((item: { sourceText: string }) => item.sourceText === chineseReply);
    assert.ok(task, 'the reply is in the Vietnamese queue');
    assert.equal(task.targetLocale, 'vi');
    assert.equal(queue.text.includes(vietnamese.description), false, "the interpreter never reads the complainant's own words");
    assert.equal((await t.request('/api/v1/staff/translation-tasks?targetLocale=th', { session: interpreter })).json.total, 0, 'each language has its own queue');

    const empty = await t.request(`/api/v1/staff/translation-tasks/${task.id}/complete`, { method: 'POST', session: interpreter, body: { translatedText: '  ' } });
    assert.equal(empty.status, 400);
    const done = await t.request(`/api/v1/staff/translation-tasks/${task.id}/complete`, {
      method: 'POST',
      session: interpreter,
      body: { translatedText: vietnameseReply },
    });
    assert.equal(done.status, 204, done.text);
    const again = await t.request(`/api/v1/staff/translation-tasks/${task.id}/complete`, { method: 'POST', session: interpreter, body: { translatedText: 'x' } });
    assert.equal(again.status, 409, 'a task is done once');
    assert.equal(again.json.code, 'INVALID_TRANSITION');

    const translated = (await status(filed)).json.events.at(-1);
    assert.deepEqual(
      { translation: translated.translation, message: translated.message, messageLocale: translated.messageLocale, originalMessage: translated.originalMessage },
      { translation: 'done', message: vietnameseReply, messageLocale: 'vi', originalMessage: chineseReply },
    );
    const audit = await t.db.query<{ actor_username: string }>(`SELECT actor_username FROM audit_events WHERE action = 'translation.complete' AND record_id = $1`, [task.id]);
    assert.equal(audit.rows[0]?.actor_username, 'interpreter-nguyen');
  });

  it('opens no task for a complainant who filed in Chinese', async () => {
    const before = Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM translation_tasks')).rows[0]?.n);
    const filed = await fileAndInvestigate('zh-TW');
    await t.request(`/api/v1/staff/complaints/${filed.id}/transitions`, { method: 'POST', session: inspector, body: { action: 'reply', outcome: 'inspected', message: chineseReply } });
    const after = Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM translation_tasks')).rows[0]?.n);
    assert.equal(after, before);
    assert.equal((await status(filed)).json.events.at(-1).translation, null);
  });

  it('lets only interpreters (and admin) into the queue; an interpreter reads no complaint', async () => {
    const inspectorQueue = await t.request('/api/v1/staff/translation-tasks', { session: inspector });
    assert.equal(inspectorQueue.status, 403);
    assert.equal((await t.request('/api/v1/staff/complaints', { session: interpreter })).status, 403);
    assert.equal((await t.request('/api/v1/staff/employers', { session: interpreter })).status, 403, 'interpreters are left out of employers.read');
    const missing = await t.request('/api/v1/staff/translation-tasks/00000000-0000-4000-8000-000000000000', { session: interpreter });
    assert.equal(missing.status, 404);
  });
});
