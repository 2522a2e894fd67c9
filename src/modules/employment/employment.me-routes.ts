/**
 * The job seeker's own routes (ADR 0028), on the citizen account's session (`anyAccount`: a staff cookie
 * never opens them; state changes need the account's X-CSRF-Token, checked by defineRoute).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyAccount, defineRoute } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { selfApplication, selfApplicationRequest, selfProfile, selfProfileRequest, selfReferral } from './employment.self-service.contract.ts';
import type { SelfService } from './employment.self-service.ts';

const tags = ['account'];
const base = '/api/v1/me';

const getProfile = defineRoute(anyAccount, {
  method: 'get', path: `${base}/job-seeker`, tags,
  summary: 'My job-seeker profile (404 until I register)',
  responses: { 200: jsonContent(selfProfile, 'The profile'), ...problemResponses(401, 403, 404) },
});
const putProfile = defineRoute(anyAccount, {
  method: 'put', path: `${base}/job-seeker`, tags,
  summary: 'Register as a job seeker at a station, or update my profile',
  description: '201 on first registration, 200 on update. 403 ACCOUNT_NOT_LINKED when the account has no person record.',
  request: { body: jsonBody(selfProfileRequest) },
  responses: {
    200: jsonContent(z.object({ id: z.uuid() }), 'Updated'),
    201: jsonContent(z.object({ id: z.uuid() }), 'Registered'),
    ...problemResponses(400, 401, 403),
  },
});
const apply = defineRoute(anyAccount, {
  method: 'post', path: `${base}/applications`, tags,
  summary: 'Apply to a published vacancy (once per vacancy)',
  request: { body: jsonBody(selfApplicationRequest) },
  responses: { 201: jsonContent(selfApplication, 'Applied'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listApplications = defineRoute(anyAccount, {
  method: 'get', path: `${base}/applications`, tags,
  summary: 'My applications',
  responses: { 200: jsonContent(z.object({ items: z.array(selfApplication) }), 'Applications'), ...problemResponses(401, 403, 404) },
});
const listReferrals = defineRoute(anyAccount, {
  method: 'get', path: `${base}/referrals`, tags,
  summary: 'My referrals and their outcomes',
  responses: { 200: jsonContent(z.object({ items: z.array(selfReferral) }), 'Referrals'), ...problemResponses(401, 403, 404) },
});

export function employmentMeRoutes({ self }: { self: SelfService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getProfile, async (c) => c.json(await self.profile(c.get('account')), 200));
  app.openapi(putProfile, async (c) => {
    const { id, created } = await self.saveProfile(c.get('account'), c.req.valid('json'), c.get('requestId'));
    return created ? c.json({ id }, 201) : c.json({ id }, 200);
  });
  app.openapi(apply, async (c) => c.json(await self.apply(c.get('account'), c.req.valid('json').vacancyId, { requestId: c.get('requestId'), locale: c.get('locale') }), 201));
  app.openapi(listApplications, async (c) => c.json({ items: await self.applications(c.get('account')) }, 200));
  app.openapi(listReferrals, async (c) => c.json({ items: await self.referrals(c.get('account')) }, 200));
  return app;
}
