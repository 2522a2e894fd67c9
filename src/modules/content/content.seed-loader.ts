/**
 * Loads the shipped Q&A (real content, also for a production install) and, with demo data, the sample
 * news posts. Idempotent: an item is identified by its seed key, and one already present is left as
 * staff may have edited, unpublished or re-categorised it. Everything added commits in one transaction.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { type Locale, locales } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { searchKey } from './content.search.ts';
import { newsSeed } from './seed/news.seed.ts';
import { qaSeed } from './seed/qa.seed.ts';

/** The shipped translations were written with a machine's help; the Chinese is the source (ADR 0030). */
const seededStatus = (locale: Locale) => (locale === 'zh-TW' ? 'reviewed' : 'machine-assisted');

export async function loadContentSeed(db: Db, options: { now: Date; news: boolean }): Promise<{ qa: number; news: number }> {
  return db.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL load the seed one after the other (ADR 0015).
    await tx.query('SELECT pg_advisory_xact_lock(742003)');
    const existingQa = new Set(
      (await tx.query<{ seed_key: string }>('SELECT seed_key FROM qa_items WHERE seed_key IS NOT NULL')).rows.map((r) => r.seed_key),
    );
    // Which languages each seeded item already has, read at once: on an install that has everything (every
    // start after the first) the loader then writes nothing and asks nothing per item (issue 16 §4: warm start).
    const presentQa = await presentTranslations(tx, 'qa');
    let qa = 0;
    let added = 0;
    for (const [index, item] of qaSeed.entries()) {
      if (existingQa.has(item.key)) {
        added += await addMissingTranslations(tx, item.key, item.text, presentQa);
        continue;
      }
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO qa_items (category, legal_basis, status, seed_key, sort_order, published_at, created_at, updated_at)
         VALUES ($1, $2, 'published', $3, $4, $5, $5, $5) RETURNING id`,
        [item.category, JSON.stringify(item.legalBasis), item.key, (index + 1) * 10, options.now],
      );
      const id = (inserted.rows[0] as { id: string }).id;
      for (const locale of locales) {
        const text = item.text[locale];
        if (!text) continue;
        await tx.query(
          `INSERT INTO qa_translations (qa_id, locale, question, answer, question_key, answer_key, updated_at, review_status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, locale, text.question, text.answer, searchKey(text.question), searchKey(text.answer), options.now, seededStatus(locale)],
        );
      }
      qa += 1;
    }
    let news = 0;
    if (options.news) {
      const existingNews = new Set(
        (await tx.query<{ seed_key: string }>('SELECT seed_key FROM news_posts WHERE seed_key IS NOT NULL')).rows.map((r) => r.seed_key),
      );
      const presentNews = await presentTranslations(tx, 'news');
      for (const post of newsSeed) {
        if (existingNews.has(post.key)) {
          added += await addMissingTranslations(tx, post.key, post.text, presentNews);
          continue;
        }
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO news_posts (status, seed_key, published_at, created_at, updated_at)
           VALUES ('published', $1, $2, $2, $2) RETURNING id`,
          [post.key, post.publishedAt],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        for (const locale of locales) {
          const text = post.text[locale];
          if (!text) continue;
          await tx.query(
            'INSERT INTO news_translations (post_id, locale, title, body, updated_at, review_status) VALUES ($1, $2, $3, $4, $5, $6)',
            [id, locale, text.title, text.body, post.publishedAt, seededStatus(locale)],
          );
        }
        news += 1;
      }
    }
    if (qa + news + added > 0) {
      await recordAudit(tx, {
        actor: null,
        action: 'content.seed-load',
        recordType: 'content',
        details: { qa, news, translations: added },
        occurredAt: options.now,
      });
    }
    return { qa, news };
  });
}

/** `seed key + locale` of every translation of a seeded Q&A item or news post. */
async function presentTranslations(tx: Queryable, kind: 'qa' | 'news'): Promise<Set<string>> {
  const sql =
    kind === 'qa'
      ? `SELECT i.seed_key, t.locale FROM qa_translations t JOIN qa_items i ON i.id = t.qa_id WHERE i.seed_key IS NOT NULL`
      : `SELECT p.seed_key, t.locale FROM news_translations t JOIN news_posts p ON p.id = t.post_id WHERE p.seed_key IS NOT NULL`;
  const { rows } = await tx.query<{ seed_key: string; locale: string }>(sql);
  return new Set(rows.map((row) => `${row.seed_key} ${row.locale}`));
}

/**
 * A release that ships new translations of items an install already has adds the languages missing
 * there, marked machine-assisted; a language present (perhaps edited by staff) is left as it is. The
 * insert keeps its ON CONFLICT: `present` was read in this transaction, but another writer may add one.
 */
async function addMissingTranslations(
  tx: Queryable,
  seedKey: string,
  text: Partial<Record<Locale, { question: string; answer: string } | { title: string; body: string }>>,
  present: ReadonlySet<string>,
): Promise<number> {
  let added = 0;
  for (const locale of locales) {
    const entry = text[locale];
    if (!entry || locale === 'zh-TW' || present.has(`${seedKey} ${locale}`)) continue;
    const inserted =
      'question' in entry
        ? await tx.query(
            `INSERT INTO qa_translations (qa_id, locale, question, answer, question_key, answer_key, updated_at, review_status)
             SELECT id, $2, $3, $4, $5, $6, updated_at, 'machine-assisted' FROM qa_items WHERE seed_key = $1
             ON CONFLICT (qa_id, locale) DO NOTHING RETURNING 1`,
            [seedKey, locale, entry.question, entry.answer, searchKey(entry.question), searchKey(entry.answer)],
          )
        : await tx.query(
            `INSERT INTO news_translations (post_id, locale, title, body, updated_at, review_status)
             SELECT id, $2, $3, $4, updated_at, 'machine-assisted' FROM news_posts WHERE seed_key = $1
             ON CONFLICT (post_id, locale) DO NOTHING RETURNING 1`,
            [seedKey, locale, entry.title, entry.body],
          );
    added += inserted.rows.length;
  }
  return added;
}
