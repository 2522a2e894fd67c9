import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { problemResponses } from '../../shared/http/openapi.ts';
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
    ...listResponses(auditEvent, 'Events, newest first by default'),
    ...problemResponses(400, 401, 403, 422),
  },
});

export function auditRoutes({ audit, lists }: { audit: AuditService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(searchAudit, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: await audit.list(filters),
      params: query,
      filters,
      toItem: audit.toAuditEvent,
      enrich: audit.withReferences,
      export: {
        name: 'audit-events',
        title: 'lists.audit',
        // Who did what to which record: staff names and record ids.
        personalData: true,
        columns: [
          { header: 'columns.audit.occurredAt', value: (e) => e.occurredAt },
          { header: 'columns.audit.actor', value: (e) => (e.actorName ? `${e.actorName} (${e.actorUsername})` : e.actorUsername) },
          { header: 'columns.audit.action', value: (e) => e.action },
          { header: 'columns.audit.recordType', value: (e) => e.recordType },
          { header: 'columns.audit.recordId', value: (e) => e.recordId, weight: 2 },
          { header: 'columns.audit.details', value: (e) => JSON.stringify(e.details), weight: 3 },
        ],
      },
    }) as never;
  });
  return app;
}
