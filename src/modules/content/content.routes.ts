import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { buildAtomFeed } from './content.atom.ts';
import {
  contentStatuses,
  newsPublicPost,
  newsPublicQuery,
  newsPublicSummary,
  newsStaffRecord,
  newsStaffSortKeys,
  newsStaffSummary,
  newsWriteRequest,
  qaPublicItem,
  qaPublicQuery,
  qaStaffQuery,
  qaStaffRecord,
  qaStaffSummary,
  qaWriteRequest,
} from './content.contract.ts';
import type { ContentService } from './content.service.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';

const idParam = z.object({ id: z.uuid() });
const langQuery = z.object({ lang: z.enum(['zh-TW', 'en', 'id', 'vi', 'th']).optional() });
const statusResult = z.object({ id: z.uuid(), status: z.enum(contentStatuses), publishedAt: z.string().nullable() });

// ---- Public ----
const searchQa = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/qa',
  tags: ['content'],
  summary: 'Published labor-law Q&A, searched and filtered',
  description:
    'Finds a word inside longer ones (資遣 in 資遣費), treats 台 and 臺 alike and ignores full-width forms, spaces and punctuation. Question matches rank above answer matches. Items without a translation in the asked language come in Chinese with `isFallback: true`.',
  request: { query: qaPublicQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(qaPublicItem) }), 'Matching items, best first'), ...problemResponses(400) },
});

const viewQa = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/qa/{id}',
  tags: ['content'],
  summary: 'One published Q&A item',
  request: { params: idParam, query: langQuery },
  responses: { 200: jsonContent(qaPublicItem, 'The item'), ...problemResponses(400, 404) },
});

const listNews = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/news',
  tags: ['content'],
  summary: 'Published labor-law news, newest first',
  request: { query: newsPublicQuery },
  responses: {
    200: jsonContent(
      z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(newsPublicSummary) }),
      'One page of posts',
    ),
    ...problemResponses(400),
  },
});

const newsFeed = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/news/feed.atom',
  tags: ['content'],
  summary: 'The labor-law news as an Atom 1.0 feed',
  request: { query: langQuery },
  responses: {
    200: { description: 'Atom feed', content: { 'application/atom+xml': { schema: z.string() } } },
    ...problemResponses(400),
  },
});

const viewNews = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/news/{id}',
  tags: ['content'],
  summary: 'One published news post',
  request: { params: idParam, query: langQuery },
  responses: { 200: jsonContent(newsPublicPost, 'The post'), ...problemResponses(400, 404) },
});

// ---- Staff: Q&A ----
const staffListQa = defineRoute(requires('content.edit'), {
  method: 'get',
  path: '/api/v1/staff/qa',
  tags: ['content'],
  summary: 'All Q&A items, drafts included',
  request: { query: qaStaffQuery },
  responses: { ...listResponses(qaStaffSummary, 'Items, best matches first when searched'), ...problemResponses(400, 401, 403, 422) },
});

const staffCreateQa = defineRoute(requires('content.edit'), {
  method: 'post',
  path: '/api/v1/staff/qa',
  tags: ['content'],
  summary: 'Write a Q&A item (as a draft)',
  request: { body: jsonBody(qaWriteRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Created as a draft'), ...problemResponses(400, 401, 403) },
});

const staffViewQa = defineRoute(requires('content.edit'), {
  method: 'get',
  path: '/api/v1/staff/qa/{id}',
  tags: ['content'],
  summary: 'A Q&A item with all its translations',
  request: { params: idParam },
  responses: { 200: jsonContent(qaStaffRecord, 'The item'), ...problemResponses(400, 401, 403, 404) },
});

const staffUpdateQa = defineRoute(requires('content.edit'), {
  method: 'put',
  path: '/api/v1/staff/qa/{id}',
  tags: ['content'],
  summary: 'Replace a Q&A item (a published item stays published with the new text)',
  request: { params: idParam, body: jsonBody(qaWriteRequest) },
  responses: { 200: jsonContent(z.object({ id: z.uuid() }), 'Saved'), ...problemResponses(400, 401, 403, 404) },
});

const staffPublishQa = defineRoute(requires('content.publish'), {
  method: 'post',
  path: '/api/v1/staff/qa/{id}/publish',
  tags: ['content'],
  summary: 'Publish a Q&A item',
  request: { params: idParam },
  responses: { 200: jsonContent(statusResult, 'Published'), ...problemResponses(400, 401, 403, 404) },
});

const staffUnpublishQa = defineRoute(requires('content.publish'), {
  method: 'post',
  path: '/api/v1/staff/qa/{id}/unpublish',
  tags: ['content'],
  summary: 'Take a Q&A item back to draft',
  request: { params: idParam },
  responses: { 200: jsonContent(statusResult, 'Back to draft'), ...problemResponses(400, 401, 403, 404) },
});

// ---- Staff: news ----
const staffListNews = defineRoute(requires('content.edit'), {
  method: 'get',
  path: '/api/v1/staff/news',
  tags: ['content'],
  summary: 'All news posts, drafts included',
  request: { query: z.object({ status: z.enum(contentStatuses).optional() }).extend(listParams(newsStaffSortKeys).shape) },
  responses: { ...listResponses(newsStaffSummary, 'Posts'), ...problemResponses(400, 401, 403, 422) },
});

const staffCreateNews = defineRoute(requires('content.edit'), {
  method: 'post',
  path: '/api/v1/staff/news',
  tags: ['content'],
  summary: 'Write a news post (as a draft)',
  request: { body: jsonBody(newsWriteRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Created as a draft'), ...problemResponses(400, 401, 403) },
});

const staffViewNews = defineRoute(requires('content.edit'), {
  method: 'get',
  path: '/api/v1/staff/news/{id}',
  tags: ['content'],
  summary: 'A news post with all its translations',
  request: { params: idParam },
  responses: { 200: jsonContent(newsStaffRecord, 'The post'), ...problemResponses(400, 401, 403, 404) },
});

const staffUpdateNews = defineRoute(requires('content.edit'), {
  method: 'put',
  path: '/api/v1/staff/news/{id}',
  tags: ['content'],
  summary: 'Replace a news post',
  request: { params: idParam, body: jsonBody(newsWriteRequest) },
  responses: { 200: jsonContent(z.object({ id: z.uuid() }), 'Saved'), ...problemResponses(400, 401, 403, 404) },
});

const staffPublishNews = defineRoute(requires('content.publish'), {
  method: 'post',
  path: '/api/v1/staff/news/{id}/publish',
  tags: ['content'],
  summary: 'Publish a news post',
  request: { params: idParam },
  responses: { 200: jsonContent(statusResult, 'Published'), ...problemResponses(400, 401, 403, 404) },
});

const staffUnpublishNews = defineRoute(requires('content.publish'), {
  method: 'post',
  path: '/api/v1/staff/news/{id}/unpublish',
  tags: ['content'],
  summary: 'Take a news post back to draft',
  request: { params: idParam },
  responses: { 200: jsonContent(statusResult, 'Back to draft'), ...problemResponses(400, 401, 403, 404) },
});

function staffOf(c: Context<AppEnv>) {
  const staff = c.get('staff');
  if (!staff) throw new AppError('UNAUTHENTICATED');
  return staff;
}

/** The locale asked for: `?lang=` was already folded into `locale` by the app, with cookie and header. */
const localeOf = (c: Context<AppEnv>): Locale => c.get('locale');

export function contentRoutes({
  content,
  clock,
  bureauName,
  lists,
  publicOrigin,
}: {
  content: ContentService;
  clock: () => Date;
  bureauName: Record<Locale, string>;
  lists: ListResponder;
  /** PUBLIC_ORIGIN: the feed's links. Without it they follow the Host header, so the feed is cached privately only. */
  publicOrigin?: string | undefined;
}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(searchQa, async (c) => {
    const { q, category } = c.req.valid('query');
    c.header('vary', 'Accept-Language, Cookie');
    return c.json(await content.searchQa({ q, category, locale: localeOf(c) }), 200);
  });
  app.openapi(viewQa, async (c) => c.json(await content.getPublishedQa(c.req.valid('param').id, localeOf(c)), 200));

  app.openapi(listNews, async (c) => c.json(await content.listNews(c.req.valid('query').page, localeOf(c)), 200));
  // Declared before /news/{id} so that "feed.atom" is never read as an id.
  app.openapi(newsFeed, async (c) => {
    const locale = localeOf(c);
    // A Host header is the client's to choose: links built from it must never reach a shared cache (issue 16, finding 9).
    const origin = publicOrigin ?? new URL(c.req.url).origin;
    const entries = await content.recentNews(locale);
    const xml = buildAtomFeed({ origin, locale, bureauName: bureauName[locale], entries, now: clock() });
    c.header('cache-control', publicOrigin ? 'public, max-age=300' : 'private, max-age=300');
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' }) as never;
  });
  app.openapi(viewNews, async (c) => c.json(await content.getPublishedNews(c.req.valid('param').id, localeOf(c)), 200));

  app.openapi(staffListQa, async (c) => {
    c.header('cache-control', 'no-store');
    const query = c.req.valid('query');
    const filters = { q: query.q, category: query.category, status: query.status };
    return lists.answer(c, {
      list: await content.qaStaffList(filters),
      params: query,
      filters,
      toItem: content.toQaStaffSummary,
      export: {
        name: 'qa',
        title: 'lists.qa',
        personalData: false,
        columns: [
          { header: 'columns.qa.question', value: (q) => q.question, weight: 4 },
          { header: 'columns.qa.category', value: (q) => q.category },
          { header: 'columns.qa.status', value: (q) => q.status },
          { header: 'columns.qa.locales', value: (q) => q.locales.join(', ') },
          { header: 'columns.qa.updatedAt', value: (q) => q.updatedAt },
          { header: 'columns.qa.publishedAt', value: (q) => q.publishedAt },
        ],
      },
    }) as never;
  });
  app.openapi(staffCreateQa, async (c) => c.json(await content.createQa(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(staffViewQa, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await content.getQaForStaff(c.req.valid('param').id), 200);
  });
  app.openapi(staffUpdateQa, async (c) =>
    c.json(await content.updateQa(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200),
  );
  app.openapi(staffPublishQa, async (c) => c.json(await content.publishQa(staffOf(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(staffUnpublishQa, async (c) =>
    c.json(await content.unpublishQa(staffOf(c), c.req.valid('param').id, c.get('requestId')), 200),
  );

  app.openapi(staffListNews, async (c) => {
    c.header('cache-control', 'no-store');
    const query = c.req.valid('query');
    return lists.answer(c, {
      list: content.newsStaffList({ status: query.status }),
      params: query,
      filters: { status: query.status },
      toItem: content.toNewsStaffSummary,
      export: {
        name: 'news',
        title: 'lists.news',
        personalData: false,
        columns: [
          { header: 'columns.news.title', value: (n) => n.title, weight: 4 },
          { header: 'columns.news.status', value: (n) => n.status },
          { header: 'columns.news.locales', value: (n) => n.locales.join(', ') },
          { header: 'columns.news.updatedAt', value: (n) => n.updatedAt },
          { header: 'columns.news.publishedAt', value: (n) => n.publishedAt },
        ],
      },
    }) as never;
  });
  app.openapi(staffCreateNews, async (c) => c.json(await content.createNews(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(staffViewNews, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await content.getNewsForStaff(c.req.valid('param').id), 200);
  });
  app.openapi(staffUpdateNews, async (c) =>
    c.json(await content.updateNews(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200),
  );
  app.openapi(staffPublishNews, async (c) =>
    c.json(await content.publishNews(staffOf(c), c.req.valid('param').id, c.get('requestId')), 200),
  );
  app.openapi(staffUnpublishNews, async (c) =>
    c.json(await content.unpublishNews(staffOf(c), c.req.valid('param').id, c.get('requestId')), 200),
  );
  return app;
}
