import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { createEmployerRequest, employer, employerQuery } from './employers.contract.ts';
import type { EmployersService } from './employers.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';

const listEmployers = defineRoute(requires('employers.read'), {
  method: 'get',
  path: '/api/v1/staff/employers',
  tags: ['employers'],
  summary: 'Find employers by name (台/臺 alike) or UBN, and district',
  request: { query: employerQuery },
  responses: { ...listResponses(employer, 'Employers'), ...problemResponses(400, 401, 403, 422) },
});

const createEmployer = defineRoute(requires('employers.write'), {
  method: 'post',
  path: '/api/v1/staff/employers',
  tags: ['employers'],
  summary: 'Register an employer',
  request: { body: jsonBody(createEmployerRequest) },
  responses: { 201: jsonContent(employer, 'Created'), ...problemResponses(400, 401, 403, 409) },
});

export function employersRoutes({
  employers,
  lists,
  referenceData,
}: {
  employers: EmployersService;
  lists: ListResponder;
  referenceData: ReferenceData;
}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listEmployers, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: employers.list(filters),
      params: query,
      filters,
      toItem: employers.toEmployer,
      export: {
        name: 'employers',
        title: 'lists.employers',
        // Employers are companies, but a sole proprietor's name and address are a person's.
        personalData: true,
        columns: (locale) => [
          { header: 'columns.employers.ubn', value: (e) => e.ubn },
          { header: 'columns.employers.name', value: (e) => e.name, weight: 2 },
          { header: 'columns.employers.industryCode', value: (e) => e.industryCode },
          { header: 'columns.employers.districtCode', value: (e) => referenceData.districtName(e.districtCode, locale) },
          { header: 'columns.employers.address', value: (e) => e.address, weight: 3 },
        ],
      },
    }) as never;
  });
  app.openapi(createEmployer, async (c) =>
    c.json(await employers.create(c.get('staff') ?? null, c.req.valid('json'), c.get('requestId')), 201),
  );
  return app;
}
