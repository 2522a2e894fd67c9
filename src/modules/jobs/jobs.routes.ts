/**
 * Admin view of the durable jobs (ADR 0013): what is queued, running or failed, and a retry for a
 * failed one. The jobs themselves are pg-boss rows; this module only reads and retries them.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { jobIdParams, jobSummary, listJobsQuery } from './jobs.contract.ts';

const listJobs = defineRoute(requires('jobs.manage'), {
  method: 'get',
  path: '/api/v1/staff/jobs',
  tags: ['jobs'],
  summary: 'Recent jobs (queued, running, failed, done), newest first',
  request: { query: listJobsQuery },
  responses: {
    200: jsonContent(z.object({ items: z.array(jobSummary) }), 'Up to 100 jobs, newest first'),
    ...problemResponses(400, 401, 403),
  },
});

const retryJob = defineRoute(requires('jobs.manage'), {
  method: 'post',
  path: '/api/v1/staff/jobs/{id}/retry',
  tags: ['jobs'],
  summary: 'Queue a failed job again for one more try (audited)',
  request: { params: jobIdParams },
  responses: {
    204: { description: 'Queued again' },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export function jobsRoutes({ jobs }: { jobs: JobsService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listJobs, async (c) => c.json({ items: await jobs.list({ state: c.req.valid('query').state }) }, 200));
  app.openapi(retryJob, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    const outcome = await jobs.retry(c.req.valid('param').id, {
      alongside: (tx, job) =>
        recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'job.retry',
          recordType: 'job',
          recordId: job.id,
          requestId: c.get('requestId'),
          details: { name: job.name },
        }),
    });
    if (outcome === 'not-found') throw new AppError('NOT_FOUND');
    if (outcome === 'not-failed') throw new AppError('CONFLICT');
    return c.body(null, 204);
  });
  return app;
}
