/**
 * Loads the shipped Q&A (real content, also for a production install) and, with demo data, the sample
 * news posts. Idempotent: an item is identified by its seed key, and one already present is left as
 * staff may have edited, unpublished or re-categorised it. Everything added commits in one transaction.
 */
import type { Db } from '../../db/client.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { searchKey } from './content.search.ts';
import { newsSeed } from './seed/news.seed.ts';
import { qaSeed } from './seed/qa.seed.ts';

export async function loadContentSeed(db: Db, options: { now: Date; news: boolean }): Promise<{ qa: number; news: number }> {
  return db.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL load the seed one after the other (ADR 0015).
    await tx.query('SELECT pg_advisory_xact_lock(742003)');
    const existingQa = new Set(
      (await tx.query<{ seed_key: string }>('SELECT seed_key FROM qa_items WHERE seed_key IS NOT NULL')).rows.map((r) => r.seed_key),
    );
    let qa = 0;
    for (const [index, item] of qaSeed.entries()) {
      if (existingQa.has(item.key)) continue;
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
          `INSERT INTO qa_translations (qa_id, locale, question, answer, question_key, answer_key, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, locale, text.question, text.answer, searchKey(text.question), searchKey(text.answer), options.now],
        );
      }
      qa += 1;
    }
    let news = 0;
    if (options.news) {
      const existingNews = new Set(
        (await tx.query<{ seed_key: string }>('SELECT seed_key FROM news_posts WHERE seed_key IS NOT NULL')).rows.map((r) => r.seed_key),
      );
      for (const post of newsSeed) {
        if (existingNews.has(post.key)) continue;
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
            'INSERT INTO news_translations (post_id, locale, title, body, updated_at) VALUES ($1, $2, $3, $4, $5)',
            [id, locale, text.title, text.body, post.publishedAt],
          );
        }
        news += 1;
      }
    }
    if (qa + news > 0) {
      await recordAudit(tx, {
        actor: null,
        action: 'content.seed-load',
        recordType: 'content',
        details: { qa, news },
        occurredAt: options.now,
      });
    }
    return { qa, news };
  });
}
