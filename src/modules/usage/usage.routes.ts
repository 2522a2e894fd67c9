/**
 * @module usage.routes
 * `POST /api/v1/usage` counts a page view or a tool use (public, fire-and-forget, rate-limited per
 * IP in memory; the IP is never stored). `GET /api/v1/staff/usage` reports the counts and indicator 2.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { usageEventRequest, usageReport, usageReportQuery } from './usage.contract.ts';
import type { UsageService } from './usage.service.ts';

const tags = ['usage'];

const recordUsage = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/usage',
  tags,
  summary: "Count a page view or a tool use for today (Taiwan date); nothing about the caller is stored",
  request: { body: jsonBody(usageEventRequest) },
  responses: { 204: { description: 'Counted' }, ...problemResponses(400, 429) },
});

const usageReportRoute = defineRoute(requires('usage.read'), {
  method: 'get',
  path: '/api/v1/staff/usage',
  tags,
  summary: 'Page views and tool uses per day, and indicator 2 (tool uses ÷ page views × 100, target 5 %)',
  request: { query: usageReportQuery },
  responses: { 200: jsonContent(usageReport, 'Usage'), ...problemResponses(400, 401, 403) },
});

export function usageRoutes({ usage, now, limiter }: { usage: UsageService; now: () => number; limiter: RateLimiter }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/api/v1/usage', rateLimit(limiter, now, 'usage'));
  app.openapi(recordUsage, async (c) => {
    const event = c.req.valid('json');
    await usage.count(event.kind, event.name);
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
  app.openapi(usageReportRoute, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await usage.report(c.req.valid('query'), c.get('locale')), 200);
  });
  return app;
}
