import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { allGood, visitBody, workerBody } from './migrant-workers.test-helpers.ts';

const message = '雇主已承諾每週給您一天例假，本局一個月後會再來確認。';
const vietnamese = 'Chủ đã hứa cho bạn nghỉ một ngày mỗi tuần; một tháng nữa Cục sẽ quay lại kiểm tra.';

describe("migrant workers: the visit's follow-up reaches the worker in their language (issue 15 §1)", () => {
  let t: TestContext;
  let officer: Session;
  let interpreter: Session;
  const register = async (overrides: Record<string, unknown>) => {
    const created = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: officer, body: workerBody(overrides) });
    assert.equal(created.status, 201, created.text);
    return (await t.db.query<{ id: string }>('SELECT id FROM migrant_visit_tasks WHERE worker_id = $1', [created.json.id])).rows[0]?.id as string;
  };
  const visits = async (taskId: string) => {
    const response = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { session: officer });
    assert.equal(response.status, 200, response.text);
    return response.json.items as { workerMessage: { locale: string; sentence: string; message: unknown } | null }[];
  };

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('migrant', ['migrant-officer']);
    interpreter = await t.signIn('interpreter-vo', ['interpreter']);
  });
  after(() => t.close());

  it("words the follow-up in Vietnamese, marks the officer's message as being translated, then shows the translation", async () => {
    const taskId = await register({ residentCertificateNumber: 'B812345618', arrivalDate: '2026-01-05' });
    const recorded = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, {
      method: 'POST',
      session: officer,
      body: visitBody({ checklist: { ...allGood, restDaysGiven: false }, workerMessage: message }),
    });
    assert.equal(recorded.status, 201, recorded.text);
    const [pending] = await visits(taskId);
    assert.equal(pending?.workerMessage?.locale, 'vi');
    assert.match(pending?.workerMessage?.sentence ?? '', /Cục sẽ đến thăm lại/, 'the follow-up visit, in Vietnamese');
    assert.deepEqual(pending?.workerMessage?.message, { text: message, locale: 'zh-TW', original: null, translation: 'pending' });

    const queue = await t.request('/api/v1/staff/translation-tasks?targetLocale=vi', { session: interpreter });
    const task = queue.json.items.find((item: { sourceText: string }) => item.sourceText === message);
    assert.deepEqual(task && [task.sourceModule, task.recordType, task.field], ['migrant-workers', 'migrant-visit', 'worker-message']);
    assert.doesNotMatch(queue.text, /NGUYEN|B812345618/, 'the interpreter reads the message, not who it is for');
    assert.equal((await t.request(`/api/v1/staff/translation-tasks/${task.id}/complete`, { method: 'POST', session: interpreter, body: { translatedText: vietnamese } })).status, 204);
    const [done] = await visits(taskId);
    assert.deepEqual(done?.workerMessage?.message, { text: vietnamese, locale: 'vi', original: message, translation: 'done' });
  });

  it('opens no task for a worker who reads Chinese, and words a visit without a message by its follow-up alone', async () => {
    const before = (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM translation_tasks WHERE record_type = 'migrant-visit'")).rows[0]!.n;
    const chinese = await register({ residentCertificateNumber: 'B812345627', arrivalDate: '2026-01-06', preferredLanguage: 'zh-TW' });
    assert.equal((await t.request(`/api/v1/staff/visit-tasks/${chinese}/visits`, { method: 'POST', session: officer, body: visitBody({ workerMessage: message }) })).status, 201);
    const [visit] = await visits(chinese);
    assert.deepEqual(visit?.workerMessage?.message, { text: message, locale: 'zh-TW', original: null, translation: null });
    const silent = await register({ residentCertificateNumber: 'B912345601', arrivalDate: '2026-01-07' });
    assert.equal((await t.request(`/api/v1/staff/visit-tasks/${silent}/visits`, { method: 'POST', session: officer, body: visitBody() })).status, 201);
    const [bare] = await visits(silent);
    assert.equal(bare?.workerMessage?.message, null);
    assert.match(bare?.workerMessage?.sentence ?? '', /không phát hiện vấn đề/);
    const after = (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM translation_tasks WHERE record_type = 'migrant-visit'")).rows[0]!.n;
    assert.equal(after, before);
  });
});
