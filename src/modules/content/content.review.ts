/**
 * Content translations marked machine-assisted or reviewed (issue 15 §2, ADR 0030): the shipped Q&A and
 * news were translated with a machine's help and read by the engineer who wrote them, not yet by the
 * bureau's own reviewers. Each language has a queue; a reviewer marks a translation reviewed (audited).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listParams, type ListDefinition, type SortColumn } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { locales, type Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';

export const reviewStatuses = ['machine-assisted', 'reviewed'] as const;
const translatedLocales = locales.filter((locale) => locale !== 'zh-TW') as [Locale, ...Locale[]];
const reviewSortKeys = ['updatedAt', 'title'] as const;

export const contentTranslationItem = z
  .object({
    kind: z.enum(['qa', 'news']),
    id: z.uuid().openapi({ description: 'The Q&A item or news post' }),
    locale: z.enum(locales),
    title: z.string().openapi({ description: 'The translated question or title' }),
    sourceTitle: z.string().openapi({ description: 'The Chinese question or title' }),
    reviewStatus: z.enum(reviewStatuses),
    updatedAt: z.string(),
  })
  .openapi('ContentTranslation');

export const reviewQueueQuery = z
  .object({
    locale: z.enum(translatedLocales).optional().openapi({ description: 'Each language has its own queue; every language when absent' }),
    reviewStatus: z.enum(reviewStatuses).optional().openapi({ description: 'machine-assisted (the default) or reviewed' }),
  })
  .extend(listParams(reviewSortKeys).shape);

type Row = { kind: 'qa' | 'news'; id: string; locale: Locale; title: string; source_title: string; review_status: (typeof reviewStatuses)[number]; updated_at: Date };

/** Both kinds of content in one list: a union of the two translation tables, each joined to its Chinese. */
function reviewList(filters: { locale: Locale | undefined; reviewStatus: (typeof reviewStatuses)[number] }): ListDefinition<(typeof reviewSortKeys)[number], Row> {
  const qa = qb
    .selectFrom('qa_translations as t')
    .innerJoin('qa_translations as z', (join) => join.onRef('z.qa_id', '=', 't.qa_id').on('z.locale', '=', 'zh-TW'))
    .select([sql<string>`'qa'`.as('kind'), 't.qa_id as id', 't.locale', 't.question as title', 'z.question as source_title', 't.review_status', 't.updated_at'])
    .where('t.locale', filters.locale ? '=' : '<>', filters.locale ?? 'zh-TW')
    .where('t.review_status', '=', filters.reviewStatus);
  const news = qb
    .selectFrom('news_translations as t')
    .innerJoin('news_translations as z', (join) => join.onRef('z.post_id', '=', 't.post_id').on('z.locale', '=', 'zh-TW'))
    .select([sql<string>`'news'`.as('kind'), 't.post_id as id', 't.locale', 't.title', 'z.title as source_title', 't.review_status', 't.updated_at'])
    .where('t.locale', filters.locale ? '=' : '<>', filters.locale ?? 'zh-TW')
    .where('t.review_status', '=', filters.reviewStatus);
  const query = qb.selectFrom(qa.unionAll(news).as('r')).selectAll().$castTo<Row>();
  return {
    query,
    sortKeys: {
      updatedAt: { expression: sql.ref('r.updated_at'), type: 'timestamptz' },
      title: { expression: sql.ref('r.title'), type: 'text' },
    } satisfies Record<(typeof reviewSortKeys)[number], SortColumn>,
    defaultSort: 'updatedAt',
    unique: { expression: sql`r.kind || r.id::text || r.locale`, type: 'text' },
  };
}

const toItem = (row: Row): z.infer<typeof contentTranslationItem> => ({
  kind: row.kind,
  id: row.id,
  locale: row.locale,
  title: row.title,
  sourceTitle: row.source_title,
  reviewStatus: row.review_status,
  updatedAt: new Date(row.updated_at).toISOString(),
});

const listQueue = defineRoute(requires('content.review-translations'), {
  method: 'get',
  path: '/api/v1/staff/content/translations',
  tags: ['content'],
  summary: 'The review queue of one language: Q&A and news translations still marked machine-assisted',
  request: { query: reviewQueueQuery },
  responses: { ...listResponses(contentTranslationItem, 'A page of translations'), ...problemResponses(400, 401, 403, 422) },
});

const markReviewed = defineRoute(requires('content.review-translations'), {
  method: 'post',
  path: '/api/v1/staff/content/translations/{kind}/{id}/{locale}/review',
  tags: ['content'],
  summary: 'Mark a translation reviewed by a person (audited)',
  request: { params: z.object({ kind: z.enum(['qa', 'news']), id: z.uuid(), locale: z.enum(translatedLocales) }) },
  responses: { 204: { description: 'Marked reviewed' }, ...problemResponses(400, 401, 403, 404) },
});

export function contentReviewRoutes(deps: { db: Db; clock: () => Date; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listQueue, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: reviewList({ locale: query.locale, reviewStatus: query.reviewStatus ?? 'machine-assisted' }),
      params: query,
      filters: { locale: query.locale, reviewStatus: query.reviewStatus },
      toItem,
      export: {
        name: 'content-translations',
        title: 'lists.contentTranslations',
        personalData: false,
        columns: [
          { header: 'columns.contentTranslations.title', value: (item) => item.title, weight: 2 },
          { header: 'columns.contentTranslations.sourceTitle', value: (item) => item.sourceTitle, weight: 2 },
          { header: 'columns.contentTranslations.reviewStatus', value: (item) => item.reviewStatus },
        ],
      },
    }) as never;
  });
  app.openapi(markReviewed, async (c) => {
    const staff = signedInStaff(c);
    const { kind, id, locale } = c.req.valid('param');
    await deps.db.transaction(async (tx) => {
      const table = kind === 'qa' ? 'qa_translations' : 'news_translations';
      const key = kind === 'qa' ? 'qa_id' : 'post_id';
      const updated = await tx.query(`UPDATE ${table} SET review_status = 'reviewed' WHERE ${key} = $1 AND locale = $2 RETURNING 1`, [id, locale]);
      if (updated.rows.length === 0) throw new AppError('NOT_FOUND');
      await recordAudit(tx, {
        actor: { id: staff.id, username: staff.username },
        action: 'content.translation-review',
        recordType: kind === 'qa' ? 'qa' : 'news',
        recordId: id,
        requestId: c.get('requestId'),
        details: { locale },
        occurredAt: deps.clock(),
      });
    });
    return c.body(null, 204);
  });
  return app;
}
