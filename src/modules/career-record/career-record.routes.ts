/**
 * @module career-record.routes
 * The worker's own career record (`/api/v1/me/career-record…`, a citizen account session), the share and
 * evaluation links (public, the token in the body), and the officers' verification (staff).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { plainDateIn, type Letterhead } from '../../shared/documents/pdf.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { anyAccount, defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  careerRecord,
  entry,
  entryRequest,
  evaluationRequest,
  invitationRequest,
  share,
  shareCreated,
  sharedRecord,
  shareRequest,
  staffEntry,
  staffEntryQuery,
  tokenRequest,
  verifyRequest,
} from './career-record.contract.ts';
import { renderCareerCardPdf } from './career-record.pdf.ts';
import type { CareerRecordService } from './career-record.service.ts';
import type { CareerShares } from './career-record.shares.ts';

const tags = ['career-record'];
const me = '/api/v1/me/career-record';
const entryParam = z.object({ id: z.string().min(1).max(80) });
const idParam = z.object({ id: z.uuid() });
const pdfContent = { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } };

const view = defineRoute(anyAccount, {
  method: 'get', path: me, tags, summary: 'The signed-in worker\'s career record (工作卡), hidden entries flagged',
  responses: { 200: jsonContent(careerRecord, 'The record'), ...problemResponses(401, 404) },
});
const exportJson = defineRoute(anyAccount, {
  method: 'get', path: `${me}/export`, tags, summary: 'The career record as a JSON file',
  responses: { 200: jsonContent(careerRecord, 'The record as an attachment'), ...problemResponses(401, 404) },
});
const pdf = defineRoute(anyAccount, {
  method: 'get', path: `${me}/pdf`, tags, summary: 'The 工作卡 as an A4 PDF (visible entries)',
  responses: { 200: { description: 'A4 PDF', content: pdfContent }, ...problemResponses(401, 404) },
});
const addEntry = defineRoute(anyAccount, {
  method: 'post', path: `${me}/entries`, tags, summary: 'Add work, training, a 技術士 certificate or an award (an officer verifies it)',
  request: { body: jsonBody(entryRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Added'), ...problemResponses(400, 401, 404) },
});
const correctEntry = defineRoute(anyAccount, {
  method: 'put', path: `${me}/entries/{id}`, tags, summary: 'Correct an entry the worker added (back to unverified)',
  request: { params: entryParam, body: jsonBody(entryRequest) },
  responses: { 200: jsonContent(entry, 'Corrected'), ...problemResponses(400, 401, 404, 409) },
});
const hideEntry = defineRoute(anyAccount, {
  method: 'post', path: `${me}/entries/{id}/hide`, tags, summary: 'Hide an entry (a placement included) from the PDF and shares',
  request: { params: entryParam },
  responses: { 200: jsonContent(z.object({ id: z.string(), hidden: z.boolean() }), 'Hidden'), ...problemResponses(401, 404) },
});
const showEntry = defineRoute(anyAccount, {
  method: 'post', path: `${me}/entries/{id}/show`, tags, summary: 'Show a hidden entry again',
  request: { params: entryParam },
  responses: { 200: jsonContent(z.object({ id: z.string(), hidden: z.boolean() }), 'Shown'), ...problemResponses(401, 404) },
});
const createShare = defineRoute(anyAccount, {
  method: 'post', path: `${me}/shares`, tags, summary: 'A link to the 工作卡 for a prospective employer; it expires and can be revoked',
  request: { body: jsonBody(shareRequest) },
  responses: { 201: jsonContent(shareCreated, 'The link (shown once)'), ...problemResponses(400, 401, 404) },
});
const listShares = defineRoute(anyAccount, {
  method: 'get', path: `${me}/shares`, tags, summary: 'The worker\'s links, each with every time it was opened',
  responses: { 200: jsonContent(z.object({ items: z.array(share) }), 'Links'), ...problemResponses(401, 404) },
});
const revokeShare = defineRoute(anyAccount, {
  method: 'post', path: `${me}/shares/{id}/revoke`, tags, summary: 'Revoke a link: it answers 404 from now on',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), revoked: z.boolean() }), 'Revoked'), ...problemResponses(400, 401, 404) },
});
const invite = defineRoute(anyAccount, {
  method: 'post', path: `${me}/evaluation-invitations`, tags, summary: 'Consent to one employer\'s evaluation: a link it uses once',
  request: { body: jsonBody(invitationRequest) },
  responses: { 201: jsonContent(z.object({ url: z.string(), expiresAt: z.string() }), 'The link'), ...problemResponses(400, 401, 404) },
});
const openShare = defineRoute(publicAccess, {
  method: 'post', path: '/api/v1/career-cards/open', tags, summary: 'Open a shared 工作卡 (the opening is logged); 404 once expired or revoked',
  request: { body: jsonBody(tokenRequest) },
  responses: { 200: jsonContent(sharedRecord, 'The card'), ...problemResponses(400, 404, 429) },
});
const evaluate = defineRoute(publicAccess, {
  method: 'post', path: '/api/v1/career-evaluations', tags, summary: 'The invited employer\'s evaluation (once per invitation)',
  request: { body: jsonBody(evaluationRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Recorded'), ...problemResponses(400, 404, 429) },
});
const staffList = defineRoute(requires('career.verify'), {
  method: 'get', path: '/api/v1/staff/career-entries', tags, summary: 'Entries workers added, to verify (names masked)',
  request: { query: staffEntryQuery },
  responses: { ...listResponses(staffEntry, 'Entries'), ...problemResponses(400, 401, 403, 422) },
});
const verify = defineRoute(requires('career.verify'), {
  method: 'post', path: '/api/v1/staff/career-entries/{id}/verify', tags, summary: 'Verify or reject an entry a worker added (audited)',
  request: { params: idParam, body: jsonBody(verifyRequest) },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), verification: z.string() }), 'Decided'), ...problemResponses(400, 401, 403, 404, 409) },
});

export function careerRecordRoutes(deps: {
  record: CareerRecordService;
  shares: CareerShares;
  lists: ListResponder;
  letterhead: Letterhead;
  timeZone: string;
  clock: () => Date;
  limiter: RateLimiter;
  now: () => number;
}) {
  const { record, shares } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const limited = rateLimit(deps.limiter, deps.now, 'career-card');
  app.use('/api/v1/career-cards/*', limited);
  app.use('/api/v1/career-evaluations', limited);

  app.openapi(view, async (c) => c.json(await record.record(c.get('account')), 200));
  app.openapi(exportJson, async (c) => {
    const data = await record.record(c.get('account'));
    return c.body(JSON.stringify(data, null, 2), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="career-record.json"',
    }) as never;
  });
  app.openapi(pdf, async (c) => {
    const data = await record.record(c.get('account'));
    const bytes = await renderCareerCardPdf({
      letterhead: deps.letterhead,
      locale: c.get('locale'),
      issuedOn: plainDateIn(deps.clock(), deps.timeZone),
      name: data.name,
      entries: data.entries,
    });
    return c.body(bytes, 200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="career-card.pdf"' }) as never;
  });
  app.openapi(addEntry, async (c) => c.json(await record.addEntry(c.get('account'), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(correctEntry, async (c) =>
    c.json(await record.correctEntry(c.get('account'), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200),
  );
  app.openapi(hideEntry, async (c) => c.json(await record.setHidden(c.get('account'), c.req.valid('param').id, true, c.get('requestId')), 200));
  app.openapi(showEntry, async (c) => c.json(await record.setHidden(c.get('account'), c.req.valid('param').id, false, c.get('requestId')), 200));
  app.openapi(createShare, async (c) => c.json(await shares.create(c.get('account'), c.req.valid('json').days, c.get('requestId')), 201));
  app.openapi(listShares, async (c) => c.json(await shares.list(c.get('account')), 200));
  app.openapi(revokeShare, async (c) => c.json(await shares.revoke(c.get('account'), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(invite, async (c) => c.json(await record.inviteEvaluation(c.get('account'), c.req.valid('json').employerName, c.get('requestId')), 201));
  app.openapi(openShare, async (c) => c.json(await shares.open(c.req.valid('json').token, c.get('clientIp')), 200));
  app.openapi(evaluate, async (c) => c.json(await record.evaluate(c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(staffList, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: record.staffList(filters),
      params: query,
      filters,
      toItem: record.toStaffEntry,
      export: {
        name: 'career-entries',
        title: 'lists.careerEntries',
        personalData: true,
        columns: [
          { header: 'columns.careerEntries.name', value: (e) => e.maskedName },
          { header: 'columns.careerEntries.title', value: (e) => e.title, weight: 2 },
          { header: 'columns.careerEntries.verification', value: (e) => e.verification },
        ],
      },
    }) as never;
  });
  app.openapi(verify, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return c.json(await record.verify(staff, c.req.valid('param').id, c.req.valid('json').decision, c.get('requestId')), 200);
  });
  return app;
}
