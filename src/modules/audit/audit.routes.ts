import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { auditEvent, auditSearchQuery } from './audit.contract.ts';
import type { AuditService } from './audit.service.ts';

const searchAudit = defineRoute(requires('audit.read'), {
  method: 'get',
  path: '/api/v1/staff/audit-events',
  tags: ['audit'],
  summary: 'Search the audit trail (read-only: no route changes or deletes it)',
  request: {
    query: auditSearchQuery,
  },
  responses: {
    200: jsonContent(z.object({ total: z.number().int(), items: z.array(auditEvent) }), 'Events, newest first'),
    ...problemResponses(400, 401, 403),
  },
});

export function auditRoutes({ audit }: { audit: AuditService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(searchAudit, async (c) => c.json(await audit.search(c.req.valid('query')), 200));
  return app;
}
