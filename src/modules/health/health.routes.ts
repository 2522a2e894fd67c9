import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess } from '../../shared/http/route.ts';

const health = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/health',
  tags: ['platform'],
  summary: 'Ready when the database answers',
  responses: {
    200: jsonContent(z.object({ status: z.literal('ok') }).openapi('Health'), 'Ready'),
    ...problemResponses(503),
  },
});

/**
 * How long one database check answers for. A load balancer polling every instance, or a burst of probes,
 * would otherwise send one query per probe; one check shared by the probes of 250 ms (and by those that
 * arrive while it runs) still says within a quarter second that the database has stopped answering
 * (issue 16 §4: health was at 18 % of a bare route, almost all of it the query).
 */
export const healthCheckMs = 250;

export function healthRoutes({ db, nowMs = () => performance.now() }: { db: Db; nowMs?: () => number }) {
  const app = new OpenAPIHono<AppEnv>();
  let check: { at: number; result: Promise<void> } | undefined;
  const databaseAnswers = () => {
    const now = nowMs();
    if (!check || now - check.at >= healthCheckMs) {
      const result = db.query('SELECT 1').then(() => undefined);
      check = { at: now, result };
      // A failure is never kept: the next probe asks the database again.
      result.catch(() => {
        if (check?.result === result) check = undefined;
      });
    }
    return check.result;
  };
  app.openapi(health, async (c) => {
    try {
      await databaseAnswers();
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', { cause: error });
    }
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' as const }, 200);
  });
  return app;
}
