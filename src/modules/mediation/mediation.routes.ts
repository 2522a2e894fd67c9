import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { defineRoute, publicAccess, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { AppError } from '../../shared/errors.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';
import { listScope, scopeQuery } from '../../shared/scope.ts';
import {
  appointRequest,
  bookRequest,
  committeeStepRequest,
  rotationResponse,
  listMediationQuery,
  mediationApplication,
  mediationDetail,
  mediationParties,
  mediationReceipt,
  mediationSummary,
  mediatorItem,
  outcomeRequest,
  roomItem,
} from './mediation.contract.ts';
import type { MediationService, RequestMeta } from './mediation.service.ts';

export const mediationApplicationPath = '/api/v1/mediation-applications';
export const mediationRecordPath = '/api/v1/mediation-records';
const idParams = z.object({ id: z.uuid() });

type Summary = z.infer<typeof mediationSummary>;
const columns: ExportColumn<Summary>[] = [
  { header: 'columns.mediation.caseNumber', value: (item) => item.caseNumber },
  { header: 'columns.mediation.status', value: (item) => item.status },
  { header: 'columns.mediation.siteCode', value: (item) => item.siteCode },
  { header: 'columns.mediation.respondentName', value: (item) => item.respondentName, weight: 2 },
  { header: 'columns.mediation.receivedAt', value: (item) => item.receivedAt },
  { header: 'columns.mediation.mediatorName', value: (item) => item.mediatorName },
  { header: 'columns.mediation.deadlines', value: (item) => item.deadlines.map((d) => `${d.kind} ${d.dueOn}${d.overdue ? ' !' : ''}`).join('; ') },
];

const apply = defineRoute(publicAccess, {
  method: 'post',
  path: mediationApplicationPath,
  tags: ['mediation'],
  summary: 'Apply for labor dispute mediation (勞資爭議調解), as a worker, an employer or a union; answers the receipt',
  description: 'Rate-limited per IP. The applicant is personal data: it is never shown in staff lists, only masked.',
  request: { body: jsonBody(mediationApplication) },
  responses: { 201: jsonContent(mediationReceipt, 'The receipt: keep both values'), ...problemResponses(400, 429) },
});

const recordByLink = defineRoute(publicAccess, {
  method: 'post',
  path: mediationRecordPath,
  tags: ['mediation'],
  summary: "A party's copy of the mediation record (調解紀錄, Art. 22) as a PDF, by the token of the link e-mailed to that party",
  description: 'The token travels in the body, never in a URL. Unknown or expired tokens answer 404. Rate-limited per IP; each download is audited.',
  request: { body: jsonBody(z.object({ token: z.string().trim().min(20).max(200) }).openapi('MediationRecordToken')) },
  responses: { 200: { description: 'application/pdf' }, ...problemResponses(400, 404, 429) },
});

const enter = defineRoute(requires('mediation.list'), {
  method: 'post',
  path: '/api/v1/staff/mediation-cases',
  tags: ['mediation'],
  summary: 'Enter an application taken at the counter or by post',
  request: { body: jsonBody(mediationApplication) },
  responses: { 201: jsonContent(mediationReceipt.extend({ id: z.uuid() }), 'The case and its receipt'), ...problemResponses(400, 401, 403) },
});

const list = defineRoute(requires('mediation.list'), {
  method: 'get',
  path: '/api/v1/staff/mediation-cases',
  tags: ['mediation'],
  summary: "Mediation cases of the caller's site (or the city), each with its Art. 12 deadlines; `overdue=true` for those past one",
  request: { query: listMediationQuery },
  responses: { ...listResponses(mediationSummary, 'A page of cases'), ...problemResponses(400, 401, 403, 422) },
});

const detail = defineRoute(requires('mediation.list'), {
  method: 'get',
  path: '/api/v1/staff/mediation-cases/{id}',
  tags: ['mediation'],
  summary: 'A case with its claims and sessions, its parties masked (audited)',
  request: { params: idParams },
  responses: { 200: jsonContent(mediationDetail, 'The case'), ...problemResponses(400, 401, 403, 404) },
});

const parties = defineRoute(requires('mediation.handle'), {
  method: 'get',
  path: '/api/v1/staff/mediation-cases/{id}/parties',
  tags: ['mediation'],
  summary: "Both parties in full: the case's own mediator or the supervising role only; every reading audited",
  request: { params: idParams },
  responses: { 200: jsonContent(mediationParties, 'The parties'), ...problemResponses(400, 401, 403, 404) },
});

const mediators = defineRoute(requires('mediation.list'), {
  method: 'get',
  path: '/api/v1/staff/mediators',
  tags: ['mediation'],
  summary: 'Active mediators with a valid certificate',
  responses: { 200: jsonContent(z.object({ items: z.array(mediatorItem) }), 'Mediators'), ...problemResponses(401, 403) },
});

const declareConflict = defineRoute(requires('mediation.assign'), {
  method: 'post',
  path: '/api/v1/staff/mediators/{id}/conflicts',
  tags: ['mediation'],
  summary: 'Record a conflict of interest the mediator declared with a party (by UBN); the mediator is then never appointed to its cases',
  request: {
    params: idParams,
    body: jsonBody(
      z.object({
        ubn: z.string().trim().refine(isUnifiedBusinessNumber, 'validation.ubn'),
        partyName: z.string().trim().min(1, 'validation.required').max(200),
        reason: z.string().trim().min(1, 'validation.required').max(1000),
        declaredOn: z.iso.date({ message: 'validation.date' }),
      }),
    ),
  },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});

const rooms = defineRoute(requires('mediation.list'), {
  method: 'get',
  path: '/api/v1/staff/mediation-rooms',
  tags: ['mediation'],
  summary: 'Rooms of the mediation sites',
  request: { query: z.object({ siteCode: z.string().max(40).optional() }) },
  responses: { 200: jsonContent(z.object({ items: z.array(roomItem) }), 'Rooms'), ...problemResponses(400, 401, 403) },
});

const appoint = defineRoute(requires('mediation.assign'), {
  method: 'post',
  path: '/api/v1/staff/mediation-cases/{id}/mediator',
  tags: ['mediation'],
  summary: 'Appoint the mediator (勞資爭議處理法 Art. 12 para. 1: within 3 days of the application); 409 MEDIATOR_CONFLICT when they declared a conflict with a party; skipReason required when not the rotation\'s suggestion',
  request: { params: idParams, body: jsonBody(appointRequest) },
  responses: { 204: { description: 'Appointed' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const book = defineRoute(requires('mediation.handle'), {
  method: 'post',
  path: '/api/v1/staff/mediation-cases/{id}/sessions',
  tags: ['mediation'],
  summary: 'Book a session in a room of a site; both parties are notified. 409 BOOKING_CONFLICT when the room or mediator is taken',
  request: { params: idParams, body: jsonBody(bookRequest) },
  responses: {
    201: jsonContent(z.object({ id: z.uuid(), emailed: z.number().int(), toPrint: z.number().int() }), 'Booked; how many notices were e-mailed and how many are to print'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const notice = defineRoute(requires('mediation.handle'), {
  method: 'get',
  path: '/api/v1/staff/mediation-cases/{id}/sessions/{sessionId}/notice.pdf',
  tags: ['mediation'],
  summary: "The session notice to one party as an A4 PDF in that party's language (audited)",
  request: { params: idParams.extend({ sessionId: z.uuid() }), query: z.object({ party: z.enum(['applicant', 'respondent']) }) },
  responses: { 200: { description: 'application/pdf' }, ...problemResponses(400, 401, 403, 404) },
});

const record = defineRoute(requires('mediation.handle'), {
  method: 'get',
  path: '/api/v1/staff/mediation-cases/{id}/record.pdf',
  tags: ['mediation'],
  summary: "The mediation record (調解紀錄) of a closed case to one party, as an A4 PDF in that party's language (audited)",
  request: { params: idParams, query: z.object({ party: z.enum(['applicant', 'respondent']) }) },
  responses: { 200: { description: 'application/pdf' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const outcome = defineRoute(requires('mediation.handle'), {
  method: 'post',
  path: '/api/v1/staff/mediation-cases/{id}/outcome',
  tags: ['mediation'],
  summary: 'Record the outcome: 調解成立 (agreed), 不成立 (not-agreed), withdrawn, or absent',
  request: { params: idParams, body: jsonBody(outcomeRequest) },
  responses: { 204: { description: 'Closed' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const rotation = defineRoute(requires('mediation.assign'), {
  method: 'get',
  path: '/api/v1/staff/mediation-cases/{id}/rotation',
  tags: ['mediation'],
  summary: 'The mediators who may take the case, in the rotation order (languages, fewest recent appointments, longest since the last); the first is the suggestion',
  request: { params: idParams },
  responses: { 200: jsonContent(rotationResponse, 'The rotation'), ...problemResponses(400, 401, 403, 404) },
});

const committeeStep = defineRoute(requires('mediation.assign'), {
  method: 'post',
  path: '/api/v1/staff/mediation-cases/{id}/committee',
  tags: ['mediation'],
  summary: 'Record a step of the committee route (勞資爭議處理法 Arts. 14–16): notice received, members, investigator, report, extension, meeting',
  description:
    'Each step starts the period of the next deadline. A member is designated by the bureau only after the 3 days of Art. 14 para. 1; a report later than the 10 days of Art. 16 para. 1 needs the special circumstance.',
  request: { params: idParams, body: jsonBody(committeeStepRequest) },
  responses: { 204: { description: 'Recorded' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const paid = defineRoute(requires('mediation.handle'), {
  method: 'post',
  path: '/api/v1/staff/mediation-cases/{id}/payments/{position}/paid',
  tags: ['mediation'],
  summary: 'Record that an agreed payment was made, and on which day (audited)',
  request: { params: idParams.extend({ position: z.coerce.number().int().min(0).max(23) }), body: jsonBody(z.object({ paidOn: z.iso.date({ message: 'validation.date' }) })) },
  responses: { 204: { description: 'Recorded' }, ...problemResponses(400, 401, 403, 404) },
});

const group = z.object({ key: z.string(), cases: z.number().int(), claimed: z.number().int(), agreed: z.number().int() });
const statisticsResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    cases: z.number().int(),
    claimed: z.number().int(),
    agreed: z.number().int(),
    bySite: z.array(group),
    byRoute: z.array(group),
    byDisputeType: z.array(group),
    byOutcome: z.array(group).openapi({ description: 'key `open` for cases without an outcome yet' }),
    byClaimKind: z.array(z.object({ kind: z.string(), claims: z.number().int(), claimed: z.number().int() })),
    deadlines: z.array(
      z.object({ kind: z.string(), article: z.string(), metInTime: z.number().int(), metLate: z.number().int(), overdue: z.number().int(), averageDays: z.number().nullable() }),
    ),
  })
  .openapi('MediationStatistics');

const statistics = defineRoute(requires('mediation.list'), {
  method: 'get',
  path: '/api/v1/staff/mediation-statistics',
  tags: ['mediation'],
  summary: 'Statistics of the cases received in a period: by site, route, dispute type, outcome and claim kind, amounts claimed and agreed, and each deadline met in time, late or overdue with the average days taken',
  request: {
    query: scopeQuery
      .extend({
        from: z.iso.date({ message: 'validation.date' }).optional().openapi({ description: 'First day of receipt counted; the first of this month when absent' }),
        to: z.iso.date({ message: 'validation.date' }).optional().openapi({ description: 'Last day of receipt counted; today when absent' }),
      })
      .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'validation.date_order' }),
  },
  responses: { 200: jsonContent(statisticsResponse, 'The statistics'), ...problemResponses(400, 401, 403) },
});

export function mediationRoutes(deps: { mediation: MediationService; letterhead: Letterhead; limiter: RateLimiter; now: () => number; lists: ListResponder }) {
  const { mediation, lists } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const meta = (c: Context<AppEnv>): RequestMeta => ({ requestId: c.get('requestId'), locale: c.get('locale') });

  app.use(mediationApplicationPath, rateLimit(deps.limiter, deps.now, 'mediation-apply'));
  app.openapi(apply, async (c) => {
    c.header('cache-control', 'no-store');
    const receipt = await mediation.apply(c.req.valid('json'), { staff: null, meta: meta(c) });
    return c.json({ caseNumber: receipt.caseNumber, secret: receipt.secret }, 201);
  });
  app.use(mediationRecordPath, rateLimit(deps.limiter, deps.now, 'mediation-record'));
  app.openapi(recordByLink, async (c) => {
    const pdf = await mediation.recordByToken(c.req.valid('json').token, deps.letterhead, meta(c));
    return new Response(pdf.bytes, {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${pdf.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
  app.openapi(enter, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await mediation.apply(c.req.valid('json'), { staff: signedInStaff(c), meta: meta(c) }), 201);
  });
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const scope = listScope(signedInStaff(c), query.scope);
    const calendar = await mediation.loadCalendar();
    const today = mediation.today();
    return lists.answer(c, {
      list: mediation.list(scope, { status: query.status, overdue: query.overdue === 'true' }),
      params: query,
      filters: { status: query.status, overdue: query.overdue, scope: query.scope },
      extra: { today },
      toItem: (row) => mediation.toSummary(row, calendar, today),
      export: { name: 'mediation-cases', title: 'lists.mediation', personalData: true, columns },
    }) as never;
  });
  app.openapi(detail, async (c) => c.json((await mediation.detail(signedInStaff(c), c.req.valid('param').id, meta(c))) as never, 200));
  app.openapi(parties, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json((await mediation.parties(signedInStaff(c), c.req.valid('param').id, meta(c))) as never, 200);
  });
  app.openapi(mediators, async (c) => c.json({ items: await mediation.mediators() }, 200));
  app.openapi(declareConflict, async (c) => {
    const staff = signedInStaff(c);
    return c.json(await mediation.declareConflict(staff, c.req.valid('param').id, c.req.valid('json'), meta(c)), 201);
  });
  app.openapi(rooms, async (c) => c.json({ items: await mediation.rooms(c.req.valid('query').siteCode) }, 200));
  app.openapi(appoint, async (c) => {
    const body = c.req.valid('json');
    await mediation.appoint(signedInStaff(c), c.req.valid('param').id, body.mediatorId, meta(c), body.skipReason);
    return c.body(null, 204);
  });
  app.openapi(rotation, async (c) => c.json(await mediation.rotation(signedInStaff(c), c.req.valid('param').id), 200));
  app.openapi(committeeStep, async (c) => {
    await mediation.committeeStep(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), meta(c));
    return c.body(null, 204);
  });
  app.openapi(book, async (c) => c.json(await mediation.book(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), meta(c)), 201));
  app.openapi(notice, async (c) => {
    const { id, sessionId } = c.req.valid('param');
    const pdf = await mediation.noticePdf(signedInStaff(c), id, sessionId, c.req.valid('query').party, deps.letterhead, meta(c));
    return new Response(pdf.bytes, {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${pdf.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
  app.openapi(record, async (c) => {
    const pdf = await mediation.recordPdf(signedInStaff(c), c.req.valid('param').id, c.req.valid('query').party, deps.letterhead, meta(c));
    return new Response(pdf.bytes, {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${pdf.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
  app.openapi(statistics, async (c) => {
    const query = c.req.valid('query');
    const scope = listScope(signedInStaff(c), query.scope);
    const today = mediation.today();
    const from = query.from ?? `${today.slice(0, 8)}01`;
    const to = query.to ?? today;
    if (from > to) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'to', code: 'custom', message: translate(c.get('locale'), 'validation.date_order', {}) }] });
    return c.json(await mediation.statistics(scope, from, to), 200);
  });
  app.openapi(paid, async (c) => {
    const { id, position } = c.req.valid('param');
    await mediation.markPaid(signedInStaff(c), id, position, c.req.valid('json').paidOn, meta(c));
    return c.body(null, 204);
  });
  app.openapi(outcome, async (c) => {
    await mediation.recordOutcome(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), meta(c));
    return c.body(null, 204);
  });
  return app;
}
