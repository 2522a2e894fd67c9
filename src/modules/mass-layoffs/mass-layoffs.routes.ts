/**
 * Mass-layoff routes: the staff list, detail and steps, the rule sets, the employment service's read model,
 * and the employer's own filing under /api/v1/me/employer (ADR 0028's pattern).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyAccount, defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  agreementRequest, closeRequest, committeeRequest, filedPlan, meetingRequest, ownPlanRequest, planDetail, planSummary, ruleSet, ruleSetRequest,
  staffPlanRequest, upcomingLayoff, type PlanSummary,
} from './mass-layoffs.contract.ts';
import { planSortKeys, toPlanSummary, type MassLayoffsService } from './mass-layoffs.service.ts';

const tags = ['mass-layoffs'];
const base = '/api/v1/staff/mass-layoffs';
const idParams = z.object({ id: z.uuid() });
const flag = z.enum(['true', 'false']).optional();

// Employers' plans: organisations and counts, no worker is named.
const columns: ExportColumn<PlanSummary>[] = [
  { header: 'columns.mass-layoffs.employer', value: (p) => p.employerName, weight: 2 },
  { header: 'columns.mass-layoffs.site', value: (p) => p.siteName },
  { header: 'columns.mass-layoffs.layoffOn', value: (p) => p.layoffOn },
  { header: 'columns.mass-layoffs.noticeOn', value: (p) => p.noticeOn },
  { header: 'columns.mass-layoffs.dismissals', value: (p) => String(p.plannedDismissals) },
  { header: 'columns.mass-layoffs.article', value: (p) => (p.isMass ? p.article : '') },
  { header: 'columns.mass-layoffs.deadlines', value: (p) => p.deadlines.map((d) => `${d.kind} ${d.dueOn}${d.overdue ? ' !' : ''}`).join('; ') },
];

const createRuleSet = defineRoute(requires('mass-layoffs.rules'), {
  method: 'post', path: `${base}/rule-sets`, tags, summary: 'Enter the figures of 大量解僱勞工保護法 Arts. 2, 4 and 5 in force from a date, with their source',
  request: { body: jsonBody(ruleSetRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Entered'), ...problemResponses(400, 401, 403, 409) },
});
const listRuleSets = defineRoute(requires('mass-layoffs.read'), {
  method: 'get', path: `${base}/rule-sets`, tags, summary: 'The rule sets, latest first',
  responses: { 200: jsonContent(z.object({ items: z.array(ruleSet) }), 'Rule sets'), ...problemResponses(401, 403) },
});
const file = defineRoute(requires('mass-layoffs.write'), {
  method: 'post', path: base, tags, summary: "Enter an employer's layoff plan (Art. 4): assessed under Art. 2, the notice checked, the deadlines set",
  request: { body: jsonBody(staffPlanRequest) },
  responses: { 201: jsonContent(filedPlan, 'Filed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const list = defineRoute(requires('mass-layoffs.read'), {
  method: 'get', path: base, tags, summary: 'Layoff plans, each with its deadlines and articles; `overdue=true` for a committee or meeting late',
  request: { query: listParams(planSortKeys).extend({ overdue: flag, mass: flag, employerId: z.uuid().optional() }) },
  responses: { ...listResponses(planSummary, 'A page of plans'), ...problemResponses(400, 401, 403, 422) },
});
const upcoming = defineRoute(requires('mass-layoffs.upcoming'), {
  method: 'get', path: `${base}/upcoming`, tags: [...tags, 'employment'],
  summary: 'For the employment service: plans whose layoff date is ahead, with the number of workers affected',
  request: { query: z.object({ withinDays: z.coerce.number().int().min(1).max(366).default(90) }) },
  responses: { 200: jsonContent(z.object({ items: z.array(upcomingLayoff) }), 'Plans ahead'), ...problemResponses(400, 401, 403) },
});
const detail = defineRoute(requires('mass-layoffs.read'), {
  method: 'get', path: `${base}/{id}`, tags, summary: 'A plan with its assessment, deadlines, committee and meetings',
  request: { params: idParams },
  responses: { 200: jsonContent(planDetail, 'The plan'), ...problemResponses(400, 401, 403, 404) },
});
const step = <B extends z.ZodType>(path: string, summary: string, body: B) =>
  defineRoute(requires('mass-layoffs.write'), {
    method: 'post', path: `${base}/{id}/${path}`, tags, summary,
    request: { params: idParams, body: jsonBody(body) },
    responses: { 200: jsonContent(planDetail, 'The plan'), ...problemResponses(400, 401, 403, 404, 409) },
  });
const agreement = step('agreement', 'Record the agreement reached in negotiation (Art. 5 para. 1)', agreementRequest);
const committee = step('committee', 'Convene the negotiation committee (Art. 5 para. 2) with its members (Art. 6 para. 1)', committeeRequest);
const meeting = step('meetings', 'Record a committee meeting (Art. 6 para. 3: at least every two weeks)', meetingRequest);
const close = step('close', 'Close the plan with its outcome', closeRequest);

const ownFile = defineRoute(anyAccount, {
  method: 'post', path: '/api/v1/me/employer/mass-layoffs', tags: ['account', ...tags], summary: "File my employer's layoff plan (大量解僱勞工保護法 Art. 4)",
  request: { body: jsonBody(ownPlanRequest) },
  responses: { 201: jsonContent(filedPlan, 'Filed'), ...problemResponses(400, 401, 403, 409) },
});
const ownList = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/employer/mass-layoffs', tags: ['account', ...tags], summary: "My employer's layoff plans",
  responses: { 200: jsonContent(z.object({ items: z.array(planSummary) }), 'Plans'), ...problemResponses(401, 403) },
});

function employerOf(account: AppEnv['Variables']['account']) {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'employer' || !account.employerId) throw new AppError('FORBIDDEN');
  return { accountId: account.id, employerId: account.employerId };
}

export function massLayoffsRoutes(deps: { massLayoffs: MassLayoffsService; lists: ListResponder }) {
  const { massLayoffs } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(createRuleSet, async (c) => c.json(await massLayoffs.createRuleSet(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listRuleSets, async (c) => c.json({ items: await massLayoffs.ruleSets() } as never, 200));
  app.openapi(file, async (c) => {
    const { employerId, ...plan } = c.req.valid('json');
    return c.json(await massLayoffs.file({ kind: 'staff', staff: signedInStaff(c) }, employerId, plan, c.get('requestId')), 201);
  });
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const mass = query.mass === undefined ? undefined : query.mass === 'true';
    return deps.lists.answer(c, {
      list: massLayoffs.list({ overdue: query.overdue === 'true', mass, employerId: query.employerId }),
      params: query,
      filters: { overdue: query.overdue, mass: query.mass, employerId: query.employerId },
      toItem: toPlanSummary(massLayoffs.today()),
      export: { name: 'mass-layoffs', title: 'lists.mass-layoffs', personalData: false, columns },
    }) as never;
  });
  // Before /{id}, so that "upcoming" and "rule-sets" are never read as ids.
  app.openapi(upcoming, async (c) => c.json({ items: await massLayoffs.upcoming(c.req.valid('query').withinDays) }, 200));
  app.openapi(detail, async (c) => c.json((await massLayoffs.detail(c.req.valid('param').id)) as never, 200));
  app.openapi(agreement, async (c) => c.json((await massLayoffs.recordAgreement(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').agreedOn, c.get('requestId'))) as never, 200));
  app.openapi(committee, async (c) => c.json((await massLayoffs.convene(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId'))) as never, 200));
  app.openapi(meeting, async (c) => c.json((await massLayoffs.recordMeeting(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId'))) as never, 200));
  app.openapi(close, async (c) => c.json((await massLayoffs.close(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId'))) as never, 200));

  app.openapi(ownFile, async (c) => {
    const account = employerOf(c.get('account'));
    return c.json(await massLayoffs.file({ kind: 'employer', accountId: account.accountId }, account.employerId, c.req.valid('json'), c.get('requestId')), 201);
  });
  app.openapi(ownList, async (c) => {
    const { employerId } = employerOf(c.get('account'));
    return c.json({ items: await massLayoffs.ofEmployer(employerId) }, 200);
  });
  return app;
}
