import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonContent } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { ReferenceData } from './reference-data.ts';

const cityRoute = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/reference/city',
  tags: ['reference'],
  summary: 'The city served: districts, employment service stations, mediation sites, rehabilitation regions',
  responses: { 200: jsonContent(z.object({}).passthrough().openapi('CityReference'), 'City reference data') },
});

export function referenceDataRoutes({ referenceData }: { referenceData: ReferenceData }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(cityRoute, (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.json(referenceData.city, 200);
  });
  return app;
}
