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

export function healthRoutes({ db }: { db: Db }) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(health, async (c) => {
    try {
      await db.query('SELECT 1');
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', { cause: error });
    }
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' as const }, 200);
  });
  return app;
}
