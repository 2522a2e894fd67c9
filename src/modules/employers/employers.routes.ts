import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { createEmployerRequest, employer, employerQuery } from './employers.contract.ts';
import type { EmployersService } from './employers.service.ts';

const listEmployers = defineRoute(requires('employers.read'), {
  method: 'get',
  path: '/api/v1/staff/employers',
  tags: ['employers'],
  summary: 'Find employers by name (台/臺 alike) or UBN, and district',
  request: { query: employerQuery },
  responses: {
    200: jsonContent(z.object({ total: z.number().int(), items: z.array(employer) }), 'Employers'),
    ...problemResponses(400, 401, 403),
  },
});

const createEmployer = defineRoute(requires('employers.write'), {
  method: 'post',
  path: '/api/v1/staff/employers',
  tags: ['employers'],
  summary: 'Register an employer',
  request: { body: jsonBody(createEmployerRequest) },
  responses: { 201: jsonContent(employer, 'Created'), ...problemResponses(400, 401, 403, 409) },
});

export function employersRoutes({ employers }: { employers: EmployersService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listEmployers, async (c) => c.json(await employers.search(c.req.valid('query')), 200));
  app.openapi(createEmployer, async (c) =>
    c.json(await employers.create(c.get('staff') ?? null, c.req.valid('json'), c.get('requestId')), 201),
  );
  return app;
}
