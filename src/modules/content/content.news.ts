/**
 * Labor-law news (最新勞動法令消息): the public list and post in the reader's language, and the staff list,
 * record and writes, each audited in the transaction of the change.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { locales, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type {
  NewsStaffSortKey,
  newsPublicPost,
  newsPublicSummary,
  newsStaffRecord,
  newsStaffSummary,
  newsWriteRequest,
} from './content.contract.ts';
import { actorOf, iso, latest, pick, presentLocales, type Status, type StatusSetter, summarize } from './content.shared.ts';

export type NewsWrite = z.infer<typeof newsWriteRequest>;
type NewsText = { title: string; body: string };
type NewsRow = { id: string; status: Status; published_at: Date | null; created_at: Date; updated_at: Date };
type NewsStaffRow = { id: string; status: Status; published_at: Date | null; latest_update: Date; title: string | null; locales: string[] | null };
type NewsTranslationRow = { post_id: string; locale: Locale; title: string; body: string; updated_at: Date };

export const newsPageSize = 10;

export function createNewsContent({ db, clock, setStatus }: { db: Db; clock: () => Date; setStatus: StatusSetter }) {
  async function writeNewsTranslations(tx: Queryable, id: string, translations: NewsWrite['translations'], now: Date) {
    const present = presentLocales(translations);
    await tx.query('DELETE FROM news_translations WHERE post_id = $1 AND NOT (locale = ANY($2::text[]))', [id, present]);
    for (const locale of present) {
      const text = translations[locale] as NewsText;
      await tx.query(
        `INSERT INTO news_translations (post_id, locale, title, body, updated_at, review_status) VALUES ($1, $2, $3, $4, $5, 'reviewed')
         ON CONFLICT (post_id, locale) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body,
           review_status = CASE WHEN news_translations.title = EXCLUDED.title AND news_translations.body = EXCLUDED.body
                                THEN news_translations.review_status ELSE 'reviewed' END,
           updated_at = CASE WHEN news_translations.title = EXCLUDED.title AND news_translations.body = EXCLUDED.body
                             THEN news_translations.updated_at ELSE EXCLUDED.updated_at END`,
        [id, locale, text.title, text.body, now],
      );
    }
    return present;
  }

  async function newsTranslations(tx: Queryable, ids: string[]): Promise<Map<string, NewsTranslationRow[]>> {
    const byPost = new Map<string, NewsTranslationRow[]>();
    if (ids.length === 0) return byPost;
    const rows = await tx.query<NewsTranslationRow>(
      'SELECT post_id, locale, title, body, updated_at FROM news_translations WHERE post_id = ANY($1::uuid[])',
      [ids],
    );
    for (const row of rows.rows) byPost.set(row.post_id, [...(byPost.get(row.post_id) ?? []), row]);
    return byPost;
  }

  function toPublicNews(post: NewsRow, rows: NewsTranslationRow[], locale: Locale): z.infer<typeof newsPublicPost> | undefined {
    const chosen = pick(rows, locale);
    if (!chosen || !post.published_at) return undefined;
    return {
      id: post.id,
      title: chosen.row.title,
      summary: summarize(chosen.row.body),
      body: chosen.row.body,
      publishedAt: iso(post.published_at),
      updatedAt: iso(latest(post.updated_at, ...rows.map((r) => r.updated_at))),
      locale: chosen.row.locale,
      isFallback: chosen.isFallback,
    };
  }

  return {
    // ---- News, public ----
    async listNews(page: number, locale: Locale) {
      const total = (await db.query<{ count: number }>("SELECT count(*)::int AS count FROM news_posts WHERE status = 'published'")).rows[0]
        ?.count ?? 0;
      const posts = await db.query<NewsRow>(
        `SELECT * FROM news_posts WHERE status = 'published'
          ORDER BY published_at DESC, id LIMIT ${newsPageSize} OFFSET ${(page - 1) * newsPageSize}`,
      );
      const texts = await newsTranslations(db, posts.rows.map((p) => p.id));
      const items: z.infer<typeof newsPublicSummary>[] = posts.rows.flatMap((post) => {
        const shown = toPublicNews(post, texts.get(post.id) ?? [], locale);
        if (!shown) return [];
        const { body: _body, ...summary } = shown;
        return [summary];
      });
      return { total, page, pageSize: newsPageSize, items };
    },

    /** The newest published posts with their bodies, for the Atom feed. */
    async recentNews(locale: Locale, limit = 20) {
      const posts = await db.query<NewsRow>(
        `SELECT * FROM news_posts WHERE status = 'published' ORDER BY published_at DESC, id LIMIT ${limit}`,
      );
      const texts = await newsTranslations(db, posts.rows.map((p) => p.id));
      return posts.rows.flatMap((post) => {
        const shown = toPublicNews(post, texts.get(post.id) ?? [], locale);
        return shown ? [shown] : [];
      });
    },

    async getPublishedNews(id: string, locale: Locale) {
      const post = (await db.query<NewsRow>("SELECT * FROM news_posts WHERE id = $1 AND status = 'published'", [id])).rows[0];
      if (!post) throw new AppError('NOT_FOUND');
      const shown = toPublicNews(post, (await newsTranslations(db, [id])).get(id) ?? [], locale);
      if (!shown) throw new AppError('NOT_FOUND');
      return shown;
    },

    // ---- News, staff ----
    /** Every news post, drafts included, the latest (published, else written) first by default. */
    newsStaffList(filters: { status?: Status | undefined }): ListDefinition<NewsStaffSortKey, NewsStaffRow> {
      const latestUpdate = sql<Date>`GREATEST(p.updated_at, (SELECT MAX(t.updated_at) FROM news_translations t WHERE t.post_id = p.id))`;
      let query = qb
        .selectFrom('news_posts as p')
        .select([
          'p.id',
          'p.status',
          'p.published_at',
          latestUpdate.as('latest_update'),
          sql<string | null>`(SELECT t.title FROM news_translations t WHERE t.post_id = p.id AND t.locale = ${sourceLocale})`.as('title'),
          sql<string[] | null>`(SELECT array_agg(t.locale) FROM news_translations t WHERE t.post_id = p.id)`.as('locales'),
        ])
        .$castTo<NewsStaffRow>();
      if (filters.status) query = query.where('p.status', '=', filters.status);
      return {
        query,
        sortKeys: {
          date: { expression: sql`COALESCE(p.published_at, p.created_at)`, type: 'timestamptz' },
          updatedAt: { expression: latestUpdate, type: 'timestamptz' },
          status: { expression: sql.ref('p.status'), type: 'text' },
        },
        defaultSort: '-date',
        unique: { expression: sql.ref('p.id'), type: 'uuid' },
      };
    },

    toNewsStaffSummary: (row: NewsStaffRow): z.infer<typeof newsStaffSummary> => ({
      id: row.id,
      status: row.status,
      title: row.title ?? '',
      locales: locales.filter((l) => (row.locales ?? []).includes(l)),
      updatedAt: iso(row.latest_update),
      publishedAt: row.published_at ? iso(row.published_at) : null,
    }),

    async getNewsForStaff(id: string): Promise<z.infer<typeof newsStaffRecord>> {
      const post = (await db.query<NewsRow>('SELECT * FROM news_posts WHERE id = $1', [id])).rows[0];
      if (!post) throw new AppError('NOT_FOUND');
      const rows = (await newsTranslations(db, [id])).get(id) ?? [];
      return {
        id,
        status: post.status,
        translations: Object.fromEntries(
          locales.flatMap((l) => {
            const row = rows.find((r) => r.locale === l);
            return row ? [[l, { title: row.title, body: row.body }]] : [];
          }),
        ),
        createdAt: iso(post.created_at),
        updatedAt: iso(latest(post.updated_at, ...rows.map((r) => r.updated_at))),
        publishedAt: post.published_at ? iso(post.published_at) : null,
      };
    },

    async createNews(staff: StaffPrincipal, input: NewsWrite, requestId: string): Promise<{ id: string }> {
      const now = clock();
      return db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO news_posts (status, published_at, created_at, updated_at) VALUES ('draft', $1, $2, $2) RETURNING id`,
          [input.publishedAt ?? null, now],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        const present = await writeNewsTranslations(tx, id, input.translations, now);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'news.create',
          recordType: 'news',
          recordId: id,
          requestId,
          details: { locales: present },
          occurredAt: now,
        });
        return { id };
      });
    },

    async updateNews(staff: StaffPrincipal, id: string, input: NewsWrite, requestId: string): Promise<{ id: string }> {
      const now = clock();
      return db.transaction(async (tx) => {
        const before = (await tx.query<NewsRow>('SELECT * FROM news_posts WHERE id = $1 FOR UPDATE', [id])).rows[0];
        if (!before) throw new AppError('NOT_FOUND');
        await tx.query('UPDATE news_posts SET updated_at = $2, published_at = COALESCE($3, published_at) WHERE id = $1', [
          id,
          now,
          input.publishedAt ?? null,
        ]);
        const present = await writeNewsTranslations(tx, id, input.translations, now);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'news.update',
          recordType: 'news',
          recordId: id,
          requestId,
          details: { status: before.status, locales: present, ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}) },
          occurredAt: now,
        });
        return { id };
      });
    },

    publishNews: (staff: StaffPrincipal, id: string, requestId: string) => setStatus('news_posts', staff, id, 'published', requestId),
    unpublishNews: (staff: StaffPrincipal, id: string, requestId: string) => setStatus('news_posts', staff, id, 'draft', requestId),
  };
}
