import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { minimumWageOn } from '#labor-rules';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { qaCategories, qaWriteRequest } from './content.contract.ts';
import { loadContentSeed } from './content.seed-loader.ts';
import { newsSeed } from './seed/news.seed.ts';
import { qaSeed } from './seed/qa.seed.ts';
import { qaTranslations } from './seed/qa.seed-translations.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Queryable } from '../../db/client.ts';

const migrantLocales = ['id', 'vi', 'th'] as const;

describe('content seed: the shipped Q&A and demo news', () => {
  it('has at least 40 questions, each citing at least one article, with unique keys and valid shapes', () => {
    assert.ok(qaSeed.length >= 40, `${qaSeed.length} questions`);
    assert.equal(new Set(qaSeed.map((item) => item.key)).size, qaSeed.length, 'unique keys');
    for (const item of qaSeed) {
      assert.ok(item.legalBasis.length >= 1, `${item.key} cites an article`);
      const parsed = qaWriteRequest.safeParse({ category: item.category, legalBasis: item.legalBasis, translations: item.text });
      assert.ok(parsed.success, `${item.key}: ${parsed.success ? '' : parsed.error.message}`);
      assert.ok(item.text.en, `${item.key} has English`);
    }
    for (const category of qaCategories) {
      assert.ok(qaSeed.some((item) => item.category === category), `a question in ${category}`);
    }
  });

  it('translates every question into Indonesian, Vietnamese and Thai (issue 15 §2), all migrant topics among them', () => {
    const full = qaSeed.filter((item) => migrantLocales.every((locale) => item.text[locale]));
    assert.equal(full.length, qaSeed.length, `untranslated: ${qaSeed.filter((item) => !full.includes(item)).map((item) => item.key).join(', ')}`);
    for (const key of ['wages-minimum-wage-2026', 'wages-overtime-weekday', 'hours-rest-days', 'migrant-1955-false-absconding', 'disputes-apply-mediation']) {
      assert.ok(full.some((item) => item.key === key), `${key} in all five languages`);
    }
  });

  it('states the minimum wage the labor rules use for 2026', () => {
    const wage = minimumWageOn('2026-01-01');
    const item = qaSeed.find((q) => q.key === 'wages-minimum-wage-2026');
    assert.ok(item);
    assert.ok(item.text['zh-TW'].answer.includes(wage.monthly.toLocaleString('en-US')));
    assert.ok(item.text['zh-TW'].answer.includes(`${wage.hourly}元`));
    assert.ok(item.text.en?.answer.includes(`NT$${wage.monthly.toLocaleString('en-US')}`));
    for (const post of newsSeed) {
      for (const locale of ['en', ...migrantLocales] as const) assert.ok(post.text[locale], `${post.key} in ${locale} (issue 15 §2)`);
    }
  });

  it('keeps every figure of the Chinese (amounts, days, dates, article numbers) in each news and new Q&A translation', () => {
    // Thousands separators differ by language (29,500 / 29.500); the digits may not. Months are words in
    // some languages (12月 = Desember), so the Chinese month numbers are left out.
    const figures = (text: string) => new Set(text.replace(/(\d)[,.](?=\d{3})/g, '$1').match(/\d+/g) ?? []);
    const check = (key: string, source: string, translations: Partial<Record<string, string>>) => {
      const expected = figures(source.replace(/\d{1,2}月/g, ''));
      for (const locale of migrantLocales) {
        const translated = figures(translations[locale] ?? '');
        for (const figure of expected) assert.ok(translated.has(figure), `${key} ${locale} keeps ${figure}`);
      }
    };
    for (const post of newsSeed) {
      const joined = (locale: Locale) => (post.text[locale] ? `${post.text[locale].title} ${post.text[locale].body}` : undefined);
      check(post.key, joined('zh-TW') ?? '', { id: joined('id'), vi: joined('vi'), th: joined('th') });
    }
    for (const item of qaSeed.filter((q) => q.key in qaTranslations)) {
      const joined = (locale: Locale) => (item.text[locale] ? `${item.text[locale].question} ${item.text[locale].answer}` : undefined);
      check(item.key, joined('zh-TW') ?? '', { id: joined('id'), vi: joined('vi'), th: joined('th') });
    }
  });

  describe('loading', () => {
    let t: TestContext;
    before(async () => {
      t = await createTestContext();
    });
    after(() => t.close());

    it('loads everything published, in one go, and adds nothing the second time', async () => {
      const first = await loadContentSeed(t.db, { now: new Date('2026-03-02T02:00:00Z'), news: true });
      assert.deepEqual(first, { qa: qaSeed.length, news: newsSeed.length });
      const again = await loadContentSeed(t.db, { now: new Date('2026-03-02T03:00:00Z'), news: true });
      assert.deepEqual(again, { qa: 0, news: 0 });
      const all = await t.request('/api/v1/qa');
      assert.equal(all.json.items.length, qaSeed.length);
      assert.ok(all.json.items.every((item: { legalBasis: unknown[] }) => item.legalBasis.length > 0));
      assert.equal((await t.request('/api/v1/news')).json.total, newsSeed.length);
    });

    it('asks a handful of queries, not one per item and language, when everything is already loaded (every start after the first)', async () => {
      let queries = 0;
      const counted = {
        ...t.db,
        transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
          t.db.transaction((tx) => work({ query: (sql, params) => ((queries += 1), tx.query(sql, params)) })),
      };
      assert.deepEqual(await loadContentSeed(counted, { now: new Date('2026-03-02T03:30:00Z'), news: true }), { qa: 0, news: 0 });
      // The lock, the seeded keys and the present languages of Q&A and news: 5, whatever the size of the seed.
      assert.ok(queries <= 5, `${queries} queries`);
    });

    it('finds the severance question for 資遣 and items written with 臺 for 台', async () => {
      const severance = await t.request(`/api/v1/qa?q=${encodeURIComponent('資遣')}`);
      assert.equal(severance.json.items[0].question, '資遣費怎麼算？');
      const tai = await t.request(`/api/v1/qa?q=${encodeURIComponent('台中市政府勞工局')}`);
      assert.ok(tai.json.items.length >= 3);
      assert.ok(tai.json.items.every((item: { question: string; answer: string }) => `${item.question}${item.answer}`.includes('臺中市政府勞工局')));
      const hotline = await t.request(`/api/v1/qa?q=1955&lang=vi`);
      assert.ok(hotline.json.items.length >= 3);
      assert.equal(hotline.json.items[0].locale, 'vi');
    });

    it('does not overwrite an item staff have taken down', async () => {
      await t.db.query("UPDATE qa_items SET status = 'draft' WHERE seed_key = 'wages-payday'");
      await loadContentSeed(t.db, { now: new Date('2026-03-02T04:00:00Z'), news: false });
      const row = await t.db.query<{ status: string }>("SELECT status FROM qa_items WHERE seed_key = 'wages-payday'");
      assert.equal(row.rows[0]?.status, 'draft');
    });
  });
});
