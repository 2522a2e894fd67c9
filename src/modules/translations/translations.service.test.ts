import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createTranslationsService, readBack, type CompletedTranslation } from './translations.service.ts';

const now = new Date('2026-03-02T02:00:00Z');

describe('translations: one queue for every module, handed back to the module that asked (ADR 0030)', () => {
  let t: TestContext;
  let db: Db;
  let interpreter: StaffPrincipal;
  before(async () => {
    t = await createTestContext({ now });
    db = t.db;
    const staff = await t.createStaff('interp', ['interpreter']);
    interpreter = { id: staff.id, username: 'interp', roles: ['interpreter'] } as unknown as StaffPrincipal;
  });
  after(() => t.close());

  const request = (text: string, overrides: Partial<Parameters<ReturnType<typeof createTranslationsService>['open']>[1]> = {}) => ({
    sourceModule: 'mediation' as const,
    recordType: 'mediation-session' as const,
    recordId: 'session-1',
    field: 'remarks',
    targetLocale: 'th' as const,
    sourceText: text,
    ...overrides,
  });
  const taskId = async (recordId: string) =>
    (await db.query<{ id: string }>('SELECT id FROM translation_tasks WHERE record_id = $1', [recordId])).rows[0]!.id;

  it('opens nothing for a Chinese reader or empty text, and refuses a module asking for another module’s record', async () => {
    const translations = createTranslationsService({ db, clock: () => now });
    assert.equal(await translations.open(db, request('請攜帶證件。', { targetLocale: 'zh-TW' })), false);
    assert.equal(await translations.open(db, request('   ')), false);
    await assert.rejects(translations.open(db, request('請攜帶證件。', { sourceModule: 'programs' })), /does not own/);
  });

  it('keeps one task per record, field and language; new text reopens it and drops the old translation', async () => {
    const translations = createTranslationsService({ db, clock: () => now });
    assert.equal(await translations.open(db, request('請攜帶證件。')), true);
    assert.equal(await translations.open(db, request('請攜帶證件。')), false, 'a retry queues nothing');
    assert.equal(await translations.open(db, request('請攜帶證件。', { field: 'other' })), true, 'another field is its own task');
    const id = await taskId('session-1');
    await translations.complete(interpreter, id, 'กรุณานำบัตรประจำตัวมาด้วย', { requestId: 'r1' });
    const done = await translations.statesOf(db, 'mediation-session', ['session-1'], { field: 'remarks', targetLocale: 'th' });
    assert.deepEqual(done.get('session-1'), { status: 'done', text: 'กรุณานำบัตรประจำตัวมาด้วย', locale: 'th' });
    assert.equal(await translations.open(db, request('請攜帶證件及薪資單。')), true, 'the remarks were rewritten');
    const reopened = await translations.statesOf(db, 'mediation-session', ['session-1'], { field: 'remarks' });
    assert.deepEqual(reopened.get('session-1'), { status: 'open', text: null, locale: 'th' });
    assert.deepEqual(readBack('請攜帶證件及薪資單。', reopened.get('session-1')), { text: '請攜帶證件及薪資單。', locale: 'zh-TW', original: null, translation: 'pending' });
  });

  it('hands a finished translation to its module once, and nothing for a kind no module takes', async () => {
    const translations = createTranslationsService({ db, clock: () => now });
    const received: CompletedTranslation[] = [];
    translations.onCompleted('program-decision', async (done) => void received.push(done));
    await translations.open(db, { sourceModule: 'programs', recordType: 'program-decision', recordId: 'app-1', field: 'reason', targetLocale: 'vi', sourceText: '文件齊全。' });
    const id = await taskId('app-1');
    assert.equal(await translations.handOver(id), false, 'an open task has nothing to hand over');
    await translations.complete(interpreter, id, 'Hồ sơ đầy đủ.', { requestId: 'r2' });
    assert.equal(await translations.handOver(id), true);
    assert.equal(await translations.handOver(id), false, 'once');
    assert.deepEqual(received.map((r) => [r.recordType, r.recordId, r.field, r.targetLocale, r.sourceText, r.translatedText]), [
      ['program-decision', 'app-1', 'reason', 'vi', '文件齊全。', 'Hồ sơ đầy đủ.'],
    ]);
    // A kind read back only (no hand-over registered) is marked handed over when it is completed.
    await translations.open(db, { sourceModule: 'migrant-workers', recordType: 'migrant-visit', recordId: 'visit-1', field: 'worker-message', targetLocale: 'id', sourceText: '下週再訪。' });
    const visit = await taskId('visit-1');
    await translations.complete(interpreter, visit, 'Kami datang lagi minggu depan.', { requestId: 'r3' });
    const row = (await db.query<{ handed_over_at: Date | null }>('SELECT handed_over_at FROM translation_tasks WHERE id = $1', [visit])).rows[0];
    assert.ok(row?.handed_over_at);
  });
});
