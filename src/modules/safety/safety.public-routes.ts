/**
 * @module safety.public-routes
 * The public face of zero-disaster certification: the search (no personal data; 台/臺 folded), and the open
 * data of certified projects as CSV (UTF-8 with BOM) and JSON, columns documented in docs/safety.md. And the
 * employer's self-service: a signed-in employer account registers its own projects, logs their months and
 * asks for on-site guidance.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import type { RateLimiter } from '../../shared/http/rate-limit.ts';
import { anyAccount, defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import {
  guidanceDetail,
  guidanceItem,
  monthlyLogRequest,
  openDataQuery,
  ownGuidanceRequestInput,
  ownProjectRequest,
  publicProject,
  publicProjectPage,
  publicProjectQuery,
  staffProject,
  staffProjectDetail,
} from './safety.contract.ts';
import type { ProjectRow } from './safety.projects.ts';
import type { SafetyService } from './safety.service.ts';

const tags = ['safety'];
const path = '/api/v1/zero-disaster-projects';
const me = '/api/v1/me/zero-disaster-projects';

const search = defineRoute(publicAccess, {
  method: 'get', path, tags, summary: 'Search zero-disaster projects (無災害工程): being logged, or certified',
  description: 'No personal data: the owner is left out. Words match the project, contractor and site, 台 and 臺 alike.',
  request: { query: publicProjectQuery },
  responses: { 200: jsonContent(publicProjectPage, 'A page of projects'), ...problemResponses(400, 429) },
});
const openCsv = defineRoute(publicAccess, {
  method: 'get', path: `${path}.csv`, tags, summary: 'Open data: certified projects as CSV (UTF-8 with BOM; columns in docs/safety.md)',
  request: { query: openDataQuery },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problemResponses(400, 429) },
});
const openJson = defineRoute(publicAccess, {
  method: 'get', path: `${path}.json`, tags, summary: 'Open data: certified projects as a JSON array',
  request: { query: openDataQuery },
  responses: { 200: jsonContent(z.array(publicProject), 'Certified projects'), ...problemResponses(400, 429) },
});
const myProjects = defineRoute(anyAccount, {
  method: 'get', path: me, tags, summary: 'The employer account\'s own projects (as contractor)',
  responses: { 200: jsonContent(z.object({ items: z.array(staffProject) }), 'Projects'), ...problemResponses(401, 403) },
});
const registerOwn = defineRoute(anyAccount, {
  method: 'post', path: me, tags, summary: 'Register a project with the account\'s employer as contractor',
  request: { body: jsonBody(ownProjectRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), projectNumber: z.string() }), 'Registered'), ...problemResponses(400, 401, 403) },
});
const myProject = defineRoute(anyAccount, {
  method: 'get', path: `${me}/{id}`, tags, summary: 'One of the account\'s projects with its logs',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(staffProjectDetail, 'The project'), ...problemResponses(400, 401, 403, 404) },
});
const logOwn = defineRoute(anyAccount, {
  method: 'post', path: `${me}/{id}/logs`, tags, summary: 'Log a month of one of the account\'s projects; 409 LOG_EXISTS for a second',
  request: { params: z.object({ id: z.uuid() }), body: jsonBody(monthlyLogRequest) },
  responses: { 201: jsonContent(z.object({ month: z.string(), version: z.int() }), 'Logged'), ...problemResponses(400, 401, 403, 404, 409) },
});
const myGuidance = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/safety-guidance', tags, summary: 'The employer account\'s guidance requests',
  responses: { 200: jsonContent(z.object({ items: z.array(guidanceItem) }), 'Requests'), ...problemResponses(401, 403) },
});
const myGuidanceDetail = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/safety-guidance/{id}', tags, summary: 'One guidance request with its visits and improvements',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(guidanceDetail, 'The request'), ...problemResponses(400, 401, 403, 404) },
});
const askGuidance = defineRoute(anyAccount, {
  method: 'post', path: '/api/v1/me/safety-guidance', tags, summary: 'Ask for on-site guidance (臨場輔導)',
  request: { body: jsonBody(ownGuidanceRequestInput) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Requested'), ...problemResponses(400, 401, 403) },
});

/** The open data's columns, in order (docs/safety.md describes each). */
export const openDataColumns = ['project_number', 'name', 'contractor', 'district_code', 'district', 'site_address', 'starts_on', 'ended_on', 'certificate_number', 'certified_on'] as const;

// A cell that starts with = + - @ would run as a formula in a spreadsheet; a leading quote keeps it text.
const csvCell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

function employerOf(account: AccountPrincipal | undefined) {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'employer' || !account.employerId) throw new AppError('FORBIDDEN');
  return { kind: 'employer' as const, accountId: account.id, employerId: account.employerId };
}

export function safetyPublicRoutes(deps: { safety: SafetyService; referenceData: ReferenceData; limiter: RateLimiter; now: () => number }) {
  const { projects, guidance } = deps.safety;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const limit = async (c: Context<AppEnv>) => {
    const wait = await deps.limiter.hit(`zero-disaster:${c.get('clientIp')}`, deps.now());
    if (wait > 0) throw new AppError('RATE_LIMITED', { params: { seconds: wait }, headers: { 'retry-after': String(wait) } });
  };
  const openRow = (r: ProjectRow) => ({
    project_number: r.project_number,
    name: r.name,
    contractor: r.contractor_name,
    district_code: r.district_code,
    district: deps.referenceData.districtName(r.district_code, 'zh-TW') ?? '',
    site_address: r.site_address,
    starts_on: r.starts_on,
    ended_on: r.ended_on ?? '',
    certificate_number: r.certificate_number ?? '',
    certified_on: r.certified_on ?? '',
  });

  app.openapi(search, async (c) => {
    await limit(c);
    return c.json(await projects.search(c.req.valid('query')), 200);
  });
  app.openapi(openCsv, async (c) => {
    await limit(c);
    const rows = (await projects.certified(c.req.valid('query'))).map(openRow);
    // The BOM tells Excel the file is UTF-8; without it the Chinese opens as mojibake.
    const body = `\uFEFF${openDataColumns.join(',')}\r\n${rows.map((r) => openDataColumns.map((k) => csvCell(r[k])).join(',') + '\r\n').join('')}`;
    return c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="zero-disaster-projects.csv"' }) as never;
  });
  app.openapi(openJson, async (c) => {
    await limit(c);
    const rows = (await projects.certified(c.req.valid('query'))).map(projects.toPublic);
    c.header('content-disposition', 'attachment; filename="zero-disaster-projects.json"');
    return c.json(rows, 200);
  });

  app.openapi(myProjects, async (c) => c.json({ items: await projects.ofEmployer(employerOf(c.get('account')).employerId) }, 200));
  app.openapi(registerOwn, async (c) => {
    const actor = employerOf(c.get('account'));
    const employer = await deps.safety.employerOf(actor.employerId);
    if (!employer?.ubn) throw new AppError('FORBIDDEN');
    const body = c.req.valid('json');
    return c.json(await projects.register(actor, { ...body, contractorUbn: employer.ubn, contractorName: employer.name }, c.get('requestId')), 201);
  });
  app.openapi(myProject, async (c) => c.json(await projects.detail(employerOf(c.get('account')), c.req.valid('param').id), 200));
  app.openapi(logOwn, async (c) => c.json(await projects.addLog(employerOf(c.get('account')), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(myGuidance, async (c) => c.json({ items: await guidance.ofEmployer(employerOf(c.get('account')).employerId) }, 200));
  app.openapi(myGuidanceDetail, async (c) => c.json(await guidance.detail(c.req.valid('param').id, employerOf(c.get('account')).employerId), 200));
  app.openapi(askGuidance, async (c) => {
    const actor = employerOf(c.get('account'));
    const employer = await deps.safety.employerOf(actor.employerId);
    if (!employer?.ubn) throw new AppError('FORBIDDEN');
    return c.json(await guidance.request(actor, { ...c.req.valid('json'), employerUbn: employer.ubn, employerName: employer.name }, c.get('requestId')), 201);
  });
  return app;
}
