import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { AuditService } from './audit.service.ts';

const auditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actorUsername: z.string().nullable(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEvent');

const searchAudit = defineRoute(requires('audit.read'), {
  method: 'get',
  path: '/api/v1/staff/audit-events',
  tags: ['audit'],
  summary: 'Search the audit trail (read-only: no route changes or deletes it)',
  request: {
    query: z.object({
      actor: z.string().trim().max(40).optional(),
      action: z.string().trim().max(80).optional(),
      recordType: z.string().trim().max(40).optional(),
      recordId: z.string().trim().max(80).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
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
