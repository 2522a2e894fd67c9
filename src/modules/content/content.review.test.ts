import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { loadContentSeed } from './content.seed-loader.ts';

describe('content translations: marked machine-assisted or reviewed, with a review queue per language (issue 15 §2)', () => {
  let t: TestContext;
  let reviewer: Session;
  before(async () => {
    t = await createTestContext();
    await loadContentSeed(t.db, { now: new Date('2026-03-02T02:00:00Z'), news: true });
    reviewer = await t.signIn('interpreter-tran', ['interpreter']);
  });
  after(() => t.close());

  it('marks the shipped translations machine-assisted and the Chinese source reviewed', async () => {
    const rows = await t.db.query<{ locale: string; review_status: string; n: number }>(
      `SELECT locale, review_status, count(*)::int AS n FROM (
         SELECT locale, review_status FROM qa_translations UNION ALL SELECT locale, review_status FROM news_translations) x
       GROUP BY locale, review_status ORDER BY locale, review_status`,
    );
    for (const row of rows.rows) assert.equal(row.review_status, row.locale === 'zh-TW' ? 'reviewed' : 'machine-assisted', JSON.stringify(row));
  });

  it("lists one language's queue, Q&A and news together, with the Chinese beside each", async () => {
    const queue = await t.request('/api/v1/staff/content/translations?locale=vi&pageSize=100', { session: reviewer });
    assert.equal(queue.status, 200, queue.text);
    const expected = (
      await t.db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM qa_translations WHERE locale = 'vi') + (SELECT count(*) FROM news_translations WHERE locale = 'vi') AS n`,
      )
    ).rows[0];
    assert.equal(queue.json.total, Number(expected?.n));
    assert.ok(queue.json.items.every((item: { locale: string; reviewStatus: string }) => item.locale === 'vi' && item.reviewStatus === 'machine-assisted'));
    const minimum = queue.json.items.find((item: { sourceTitle: string }) => item.sourceTitle.includes('最低工資'));
    assert.ok(minimum, 'the Chinese title is shown beside the translation');
    assert.equal((await t.request('/api/v1/staff/content/translations?locale=zh-TW', { session: reviewer })).status, 400, 'the source has no queue');
  });

  it('marks one translation reviewed (audited), and it leaves the queue', async () => {
    const queue = await t.request('/api/v1/staff/content/translations?locale=th', { session: reviewer });
    const first = queue.json.items[0];
    const marked = await t.request(`/api/v1/staff/content/translations/${first.kind}/${first.id}/th/review`, { method: 'POST', session: reviewer });
    assert.equal(marked.status, 204, marked.text);
    const after = await t.request('/api/v1/staff/content/translations?locale=th', { session: reviewer });
    assert.equal(after.json.total, queue.json.total - 1);
    const reviewed = await t.request('/api/v1/staff/content/translations?locale=th&reviewStatus=reviewed', { session: reviewer });
    assert.deepEqual(reviewed.json.items.map((item: { id: string }) => item.id), [first.id]);
    const audit = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'content.translation-review' AND record_id = $1`, [first.id]);
    assert.equal(audit.rowCount, 1);
    const missing = await t.request(`/api/v1/staff/content/translations/qa/00000000-0000-4000-8000-000000000000/th/review`, { method: 'POST', session: reviewer });
    assert.equal(missing.status, 404);
  });

  it('keeps unchanged text machine-assisted when staff save an item, and marks text they changed reviewed', async () => {
    const officer = await t.signIn('officer-lee', ['programs-officer']);
    const id = (await t.db.query<{ id: string }>(`SELECT id FROM qa_items WHERE seed_key = 'wages-overtime-weekday'`)).rows[0]?.id ?? '';
    const record = (await t.request(`/api/v1/staff/qa/${id}`, { session: officer })).json;
    const translations = { ...record.translations, vi: { ...record.translations.vi, answer: `${record.translations.vi.answer}\n\nĐã được người duyệt.` } };
    const saved = await t.request(`/api/v1/staff/qa/${id}`, {
      method: 'PUT',
      session: officer,
      body: { category: record.category, legalBasis: record.legalBasis, translations },
    });
    assert.equal(saved.status, 200, saved.text);
    const marks = await t.db.query<{ locale: string; review_status: string }>('SELECT locale, review_status FROM qa_translations WHERE qa_id = $1', [id]);
    const of = (locale: string) => marks.rows.find((row) => row.locale === locale)?.review_status;
    assert.equal(of('vi'), 'reviewed', 'a person changed it');
    assert.equal(of('th'), 'machine-assisted', 'saved unchanged');
  });

  it('lets only reviewers in', async () => {
    const inspector = await t.signIn('inspector-wu', ['labor-inspector']);
    assert.equal((await t.request('/api/v1/staff/content/translations?locale=vi', { session: inspector })).status, 403);
  });

  it('adds translations a later release ships to items the install already has, leaving present ones alone', async () => {
    await t.db.query(`DELETE FROM qa_translations WHERE locale = 'vi' AND qa_id = (SELECT id FROM qa_items WHERE seed_key = 'wages-minimum-wage-2026')`);
    await t.db.query(
      `UPDATE qa_translations SET answer = 'edited by staff' WHERE locale = 'th' AND qa_id = (SELECT id FROM qa_items WHERE seed_key = 'wages-minimum-wage-2026')`,
    );
    const loaded = await loadContentSeed(t.db, { now: new Date('2026-03-03T02:00:00Z'), news: true });
    assert.deepEqual(loaded, { qa: 0, news: 0 });
    const rows = await t.db.query<{ locale: string; answer: string; review_status: string }>(
      `SELECT locale, answer, review_status FROM qa_translations WHERE qa_id = (SELECT id FROM qa_items WHERE seed_key = 'wages-minimum-wage-2026') AND locale IN ('vi', 'th') ORDER BY locale`,
    );
    assert.equal(rows.rows.find((r) => r.locale === 'vi')?.review_status, 'machine-assisted', 'the missing language is back');
    assert.equal(rows.rows.find((r) => r.locale === 'th')?.answer, 'edited by staff');
  });
});
