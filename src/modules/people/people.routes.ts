import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { listScope, scopeQuery } from '../../shared/scope.ts';
import { hasPermission } from '../access/permissions.ts';
import { createPersonRequest, personRecord, personSummary, searchPeopleRequest } from './people.contract.ts';
import type { PeopleService } from './people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { hitStaffLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { identifyIdNumber } from './identifiers.ts';

// Search is a POST so that a name or ID number typed by staff never lands in a URL or an access log.
const searchPeople = defineRoute(requires('people.list'), {
  method: 'post',
  path: '/api/v1/staff/people/search',
  tags: ['people'],
  summary: 'Find people of the home unit (or, with scope=city, the whole city); identifiers, names and phones are masked',
  request: { query: scopeQuery, body: jsonBody(searchPeopleRequest) },
  description: 'Takes the staff list parameters (`page`, `pageSize`, `sort`, `format`) in the body.',
  responses: { ...listResponses(personSummary, 'Masked matches'), ...problemResponses(400, 401, 403, 422) },
});

const viewPerson = defineRoute(requires('people.read-full'), {
  method: 'get',
  path: '/api/v1/staff/people/{id}',
  tags: ['people'],
  summary: "A person's full record (the view is audited); 404 for a person of another unit, unless scope.city",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(personRecord, 'The full record'), ...problemResponses(400, 401, 403, 404) },
});

const createPerson = defineRoute(requires('people.write'), {
  method: 'post',
  path: '/api/v1/staff/people',
  tags: ['people'],
  summary: 'Register a person',
  request: { body: jsonBody(createPersonRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Created'), ...problemResponses(400, 401, 403, 409) },
});

export function peopleRoutes({
  people,
  lists,
  referenceData,
  searchLimiter,
  now,
}: {
  people: PeopleService;
  lists: ListResponder;
  referenceData: ReferenceData;
  /** Searches per staff member: repeated masked searches unmask names and IDs (issue 16, finding 4). */
  searchLimiter: RateLimiter;
  now: () => number;
}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(searchPeople, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    const body = c.req.valid('json');
    const byIdNumber = identifyIdNumber(body.q.toUpperCase()) !== undefined;
    // An exact ID answers "is this person registered": only for roles that may read the record anyway.
    if (byIdNumber && !hasPermission(staff.roles, 'people.read-full')) throw new AppError('FORBIDDEN');
    await hitStaffLimit(searchLimiter, now(), 'people-search', staff.id);
    const scope = listScope(staff, c.req.valid('query').scope);
    await people.recordSearch(staff, { by: body.q === '' ? 'none' : byIdNumber ? 'id-number' : 'name', scope, format: body.format ?? 'json' }, c.get('requestId'));
    return lists.answer(c, {
      list: people.list(body.q, scope),
      params: body,
      filters: { q: body.q },
      // The search text may be an ID number: the PDF says a search was made, not what it was.
      hiddenFilterValues: ['q'],
      toItem: people.toSummary,
      export: {
        name: 'people',
        title: 'lists.people',
        personalData: true,
        columns: (locale) => [
          { header: 'columns.people.name', value: (p) => p.name },
          { header: 'columns.people.idNumber', value: (p) => p.idNumber },
          { header: 'columns.people.phone', value: (p) => p.phone },
          { header: 'columns.people.districtCode', value: (p) => referenceData.districtName(p.districtCode, locale) },
        ],
      },
    }) as never;
  });
  app.openapi(viewPerson, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    c.header('cache-control', 'no-store');
    const record = await people.view(staff, c.req.valid('param').id, {
      includeSensitive: hasPermission(staff.roles, 'people.read-sensitive'),
      requestId: c.get('requestId'),
    });
    return c.json(record, 200);
  });
  app.openapi(createPerson, async (c) => {
    const created = await people.create(c.get('staff') ?? null, c.req.valid('json'), c.get('requestId'));
    return c.json(created, 201);
  });
  return app;
}
