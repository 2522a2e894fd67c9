import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { criterion, evaluationInput, visitInput } from './unions.contract.ts';
import { toUnion, unionKinds, unionSortKeys, type UnionsService } from './unions.service.ts';

const date = z.iso.date({ message: 'validation.date' });
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const idParams = z.object({ id: z.uuid() });

const unionInput = z
  .object({
    name: text(200),
    kind: z.enum(unionKinds).openapi({ description: 'enterprise 企業工會, industrial 產業工會, occupational 職業工會, federation 聯合組織' }),
    registrationNumber: text(40),
    foundedOn: date,
    chairName: z.string().trim().max(100).optional().openapi({ description: '理事長' }),
    termEndsOn: date.optional().openapi({ description: "The end of the board's term: the next election is due by then" }),
    members: z.number().int().min(0).max(10_000_000).optional(),
    districtCode: z.string().trim().max(20).optional(),
    address: z.string().trim().max(300).optional(),
  })
  .openapi('UnionInput');

const union = z
  .object({
    id: z.uuid(), name: z.string(), kind: z.enum(unionKinds), registrationNumber: z.string(), foundedOn: z.string(), dissolvedOn: z.string().nullable(),
    chairName: z.string().nullable(), termEndsOn: z.string().nullable(), members: z.number().int().nullable(), districtCode: z.string().nullable(),
    address: z.string().nullable(), lastEvaluation: z.object({ year: z.number().int(), grade: z.string() }).nullable(),
  })
  .openapi('Union');


type Union = z.infer<typeof union>;
// Registry data of organisations (the chair's name is public in the union's registration), not personal files.
const columns: ExportColumn<Union>[] = [
  { header: 'columns.unions.name', value: (u) => u.name, weight: 2 },
  { header: 'columns.unions.kind', value: (u) => u.kind },
  { header: 'columns.unions.registrationNumber', value: (u) => u.registrationNumber },
  { header: 'columns.unions.foundedOn', value: (u) => u.foundedOn },
  { header: 'columns.unions.chairName', value: (u) => u.chairName ?? '' },
  { header: 'columns.unions.termEndsOn', value: (u) => u.termEndsOn ?? '' },
  { header: 'columns.unions.members', value: (u) => (u.members === null ? '' : String(u.members)) },
  { header: 'columns.unions.lastEvaluation', value: (u) => (u.lastEvaluation ? `${u.lastEvaluation.year} ${u.lastEvaluation.grade}` : '') },
];

const indicator = z
  .object({ indicator: z.literal(5), year: z.number().int(), registered: z.number().int(), evaluated: z.number().int(), guided: z.number().int(), reached: z.number().int(), value: z.number().nullable() })
  .openapi('Indicator5');

const register = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/unions', tags: ['unions'], summary: 'Register a union',
  request: { body: jsonBody(unionInput) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Registered'), ...problemResponses(400, 401, 403, 409) },
});
const list = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/unions', tags: ['unions'], summary: 'The union registry (list contract: paged, sorted, exported), by name',
  request: { query: listParams(unionSortKeys).extend({ kind: z.enum(unionKinds).optional() }) },
  responses: { ...listResponses(union, 'A page of unions'), ...problemResponses(400, 401, 403, 422) },
});
const detail = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/unions/{id}', tags: ['unions'], summary: 'A union with its evaluations and guidance visits',
  request: { params: idParams },
  responses: { 200: jsonContent(union.extend({ evaluations: z.array(z.object({ id: z.uuid(), year: z.number().int(), evaluatedOn: z.string(), criteria: z.array(criterion), totalScore: z.number(), grade: z.string(), findings: z.string().nullable() })), guidanceVisits: z.array(z.object({ id: z.uuid(), visitedOn: z.string(), findings: z.string() })) }), 'The union'), ...problemResponses(400, 401, 403, 404) },
});
const evaluate = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/unions/{id}/evaluations', tags: ['unions'], summary: "Record the year's evaluation (工會評鑑): one per union and year",
  request: { params: idParams, body: jsonBody(evaluationInput) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), totalScore: z.number() }), 'Recorded, with the weighted total'), ...problemResponses(400, 401, 403, 404, 409) },
});
const visit = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/unions/{id}/guidance-visits', tags: ['unions'], summary: 'Record a guidance visit (輔導) and its findings',
  request: { params: idParams, body: jsonBody(visitInput) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Recorded'), ...problemResponses(400, 401, 403, 404) },
});
const indicatorRoute = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/unions/indicator', tags: ['unions', 'indicators'],
  summary: 'Indicator 5: unions evaluated or guided in the year ÷ unions registered during it, × 100',
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: { 200: jsonContent(indicator, 'Indicator 5'), ...problemResponses(400, 401, 403) },
});

export function unionsRoutes(deps: { unions: UnionsService; lists: ListResponder }) {
  const { unions } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(register, async (c) => c.json({ id: await unions.register(signedInStaff(c), c.req.valid('json'), c.get('requestId')) }, 201));
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: unions.list({ kind: query.kind }),
      params: query,
      filters: { kind: query.kind },
      toItem: toUnion,
      export: { name: 'unions', title: 'lists.unions', personalData: false, columns },
    }) as never;
  });
  // Registered before /{id} so that "indicator" is never read as an id.
  app.openapi(indicatorRoute, async (c) => c.json(await unions.indicator5(c.req.valid('query').year), 200));
  app.openapi(detail, async (c) => c.json((await unions.detail(c.req.valid('param').id)) as never, 200));
  app.openapi(evaluate, async (c) => c.json(await unions.evaluate(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(visit, async (c) => c.json(await unions.recordVisit(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  return app;
}
