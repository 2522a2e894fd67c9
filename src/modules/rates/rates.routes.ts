/**
 * @module rates.routes
 * Published rates over HTTP (issue 14 §3, ADR 0024): the public list the calculators use (browser and
 * server), the staff read model for the home page's warning, and one route per kind to publish a period.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { contributionGradesRequest, disabilityGradesRequest, minimumWageRequest, publishedRatesResponse, ratesStatusResponse } from './rates.contract.ts';
import type { RatesService } from './rates.service.ts';

const tags = ['rates'];
const created = z.object({ id: z.string() }).openapi('PublishedRateCreated');
const publishDescription =
  'The period is in force from `effectiveFrom`, which must be after the start of the last period of its kind (shipped or published): periods already published are never changed, and a correction is a new period. Two admins publishing at once: one 201, one 409. Audited in the same transaction.';

const listRoute = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/rates',
  tags,
  summary: 'The minimum wages, pension contribution grade tables and disability tables published as data, with their announcements',
  description:
    'The calculators merge these after the periods built into the rules package (`rateTablesFromPublished`). The browser keeps the last answer for offline use; without one it uses the built-in tables.',
  responses: { 200: jsonContent(publishedRatesResponse, 'Published periods') },
});

const statusRoute = defineRoute(requires('rates.manage'), {
  method: 'get',
  path: '/api/v1/staff/rates/status',
  tags,
  summary: 'Whether the next minimum wage is due: from 60 days before the end of the last period\'s year, with no period for the next year',
  responses: { 200: jsonContent(ratesStatusResponse, 'Status'), ...problemResponses(401, 403) },
});

const minimumWageRoute = defineRoute(requires('rates.manage'), {
  method: 'post',
  path: '/api/v1/staff/rates/minimum-wage',
  tags,
  summary: 'Publish a minimum wage (最低工資: monthly and hourly) with its announcement',
  description: publishDescription,
  request: { body: jsonBody(minimumWageRequest) },
  responses: { 201: jsonContent(created, 'Published'), ...problemResponses(400, 401, 403, 409) },
});

const contributionGradesRoute = defineRoute(requires('rates.manage'), {
  method: 'post',
  path: '/api/v1/staff/rates/contribution-grades',
  tags,
  summary: 'Publish a monthly pension contribution grade table (勞工退休金月提繳工資分級表) with its announcement',
  description: publishDescription,
  request: { body: jsonBody(contributionGradesRequest) },
  responses: { 201: jsonContent(created, 'Published'), ...problemResponses(400, 401, 403, 409) },
});

const disabilityGradesRoute = defineRoute(requires('rates.manage'), {
  method: 'post',
  path: '/api/v1/staff/rates/disability-grades',
  tags,
  summary: 'Publish the labour-insurance disability table (勞工保險失能給付標準: days per grade for an occupational injury) with its announcement',
  description: publishDescription,
  request: { body: jsonBody(disabilityGradesRequest) },
  responses: { 201: jsonContent(created, 'Published'), ...problemResponses(400, 401, 403, 409) },
});

export function ratesRoutes({ rates }: { rates: RatesService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(listRoute, async (c) => {
    // Public and small; revalidated on every use, so a period published a moment ago is never hidden by a cache.
    c.header('cache-control', 'public, no-cache');
    return c.json(await rates.list(), 200);
  });

  app.openapi(statusRoute, async (c) => c.json(await rates.status(), 200));

  // The access rule has put the staff member there (requires('rates.manage')).
  app.openapi(minimumWageRoute, async (c) =>
    c.json(await rates.publishMinimumWage(c.get('staff')!, c.req.valid('json'), { requestId: c.get('requestId'), locale: c.get('locale') }), 201));
  app.openapi(contributionGradesRoute, async (c) =>
    c.json(await rates.publishContributionGrades(c.get('staff')!, c.req.valid('json'), { requestId: c.get('requestId'), locale: c.get('locale') }), 201));
  app.openapi(disabilityGradesRoute, async (c) =>
    c.json(await rates.publishDisabilityGrades(c.get('staff')!, c.req.valid('json'), { requestId: c.get('requestId'), locale: c.get('locale') }), 201));

  return app;
}
