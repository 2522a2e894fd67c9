/**
 * @module migrant-workers/centre.routes
 * The consultation centre's lines and hours over HTTP (issue 10 §4): public for the foreign workers page,
 * and for the migrant-workers supervisor to keep up to date.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { centreContactsPublic, centreContactsStaff, centreContactsUpdate } from './centre.contract.ts';
import type { CentreContactsService } from './centre.service.ts';

const tags = ['migrant-workers'];

const publicRoute = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/migrant-centre',
  tags,
  summary: "The foreign worker consultation centre's languages, telephone lines and opening hours",
  description: 'Empty lists until staff publish them: the page then points to the 1955 hotline. The browser keeps the last answer for offline use.',
  responses: { 200: jsonContent(centreContactsPublic, 'The centre') },
});

const staffGetRoute = defineRoute(requires('migrant-workers.supervise'), {
  method: 'get',
  path: '/api/v1/staff/migrant-centre',
  tags,
  summary: "The centre's lines and hours with the version to send back when changing them",
  responses: { 200: jsonContent(centreContactsStaff, 'The centre'), ...problemResponses(401, 403) },
});

const staffPutRoute = defineRoute(requires('migrant-workers.supervise'), {
  method: 'put',
  path: '/api/v1/staff/migrant-centre',
  tags,
  summary: "Replace the centre's lines and hours",
  description: 'Send the `version` you read: if someone saved in between, the answer is 409 and nothing is changed. Audited in the same transaction.',
  request: { body: jsonBody(centreContactsUpdate) },
  responses: { 200: jsonContent(centreContactsStaff, 'Saved'), ...problemResponses(400, 401, 403, 409) },
});

export function centreContactsRoutes({ centre }: { centre: CentreContactsService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(publicRoute, async (c) => {
    // Public and small; revalidated on each use so a change shows at once.
    c.header('cache-control', 'public, no-cache');
    return c.json(await centre.publicView(), 200);
  });
  app.openapi(staffGetRoute, async (c) => c.json(await centre.get(), 200));
  // The access rule has put the staff member there (requires('migrant-workers.supervise')).
  app.openapi(staffPutRoute, async (c) => c.json(await centre.update(c.get('staff')!, c.req.valid('json'), { requestId: c.get('requestId') }), 200));
  return app;
}
