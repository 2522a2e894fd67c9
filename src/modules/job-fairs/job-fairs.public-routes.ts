/**
 * @module job-fairs.public-routes
 * The public side of the job fairs: the calendar (JSON), each fair's page and its iCalendar file, the
 * iCalendar feed of every published fair; a signed-in citizen's pre-registration and "my QR code"; an
 * employer account's sign-up with its vacancies. The check-in code travels in bodies and answers, never
 * in a URL, so it reaches no access log.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { anyAccount, defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { myRegistration, preRegisterRequest, publicFair, publicFairDetail, publicFairQuery, registered, signUpRequest } from './job-fairs.contract.ts';
import { fairsCalendar } from './job-fairs.ics.ts';
import type { JobFairsService } from './job-fairs.service.ts';

const tags = ['job-fairs'];
const base = '/api/v1/job-fairs';
const calendarContent = (description: string) => ({ description, content: { 'text/calendar': { schema: z.string() } } });
// `{id}` or `{id}.ics`: one path, since a router cannot tell `/{id}` from `/{id}.ics` by the parameter alone.
const fairParam = z.object({
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.ics)?$/i, 'validation.jobFairs.id').openapi({ description: 'The fair\'s id; with `.ics`, its iCalendar file' }),
});

const calendar = defineRoute(publicAccess, {
  method: 'get', path: base, tags, summary: 'The public calendar: announced fairs, earliest first (those ending on or after `from`); a cancelled one carries `cancelled`',
  request: { query: publicFairQuery },
  responses: { 200: jsonContent(z.object({ items: z.array(publicFair) }), 'Fairs'), ...problemResponses(400) },
});
const feed = defineRoute(publicAccess, {
  method: 'get', path: `${base}.ics`, tags, summary: 'iCalendar feed of every announced fair (RFC 5545, times in UTC); one called off stays, as STATUS:CANCELLED',
  responses: { 200: calendarContent('The feed') },
});
const fair = defineRoute(publicAccess, {
  method: 'get', path: `${base}/{id}`, tags,
  summary: 'A published fair with its approved employers and vacancies; `GET /api/v1/job-fairs/{id}.ics` answers its iCalendar file',
  request: { params: fairParam },
  responses: { 200: { description: 'The fair (JSON), or its iCalendar file', content: { 'application/json': { schema: publicFairDetail }, 'text/calendar': { schema: z.string() } } }, ...problemResponses(400, 404) },
});
const preRegister = defineRoute(anyAccount, {
  method: 'post', path: '/api/v1/me/job-fairs/{id}/registrations', tags: ['account'],
  summary: 'Pre-register for a fair; answers the check-in code and its QR code. 409 NO_PLACES_LEFT or ALREADY_BOOKED',
  request: { params: z.object({ id: z.uuid() }), body: jsonBody(preRegisterRequest) },
  responses: { 201: jsonContent(registered, 'Registered'), ...problemResponses(400, 401, 403, 404, 409, 429) },
});
const mine = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/job-fairs', tags: ['account'], summary: 'My fair registrations, each with its QR code',
  responses: { 200: jsonContent(z.object({ items: z.array(myRegistration) }), 'Registrations'), ...problemResponses(401, 403) },
});
const employerSignUp = defineRoute(anyAccount, {
  method: 'post', path: '/api/v1/me/employer/job-fairs/{id}/sign-up', tags: ['account'],
  summary: 'Sign my employer up for a fair with some of its published vacancies (an officer approves)',
  request: { params: z.object({ id: z.uuid() }), body: jsonBody(signUpRequest) },
  responses: { 201: jsonContent(z.object({ status: z.literal('pending') }), 'Signed up'), ...problemResponses(400, 401, 403, 404, 409) },
});
const employerFairs = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/employer/job-fairs', tags: ['account'], summary: 'The fairs my employer signed up for',
  responses: {
    200: jsonContent(z.object({ items: z.array(z.object({ status: z.enum(['pending', 'approved', 'rejected']), fair: publicFair })) }), 'Sign-ups'),
    ...problemResponses(401, 403),
  },
});

const personOf = (account: AppEnv['Variables']['account']) => {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'citizen') throw new AppError('FORBIDDEN');
  if (!account.personId) throw new AppError('ACCOUNT_NOT_LINKED');
  return { personId: account.personId };
};
const employerOf = (account: AppEnv['Variables']['account']) => {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'employer' || !account.employerId) throw new AppError('FORBIDDEN');
  return { id: account.id, employerId: account.employerId };
};

export function jobFairsPublicRoutes(deps: { jobFairs: JobFairsService; publicOrigin: string | undefined; calendarName: string; limiter: RateLimiter; now: () => number }) {
  const { fairs, attendance } = deps.jobFairs;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/api/v1/me/job-fairs/*', (c, next) => (c.req.method === 'POST' ? rateLimit(deps.limiter, deps.now, 'job-fairs')(c, next) : next()));
  const ics = (c: { req: { url: string } }, body: string) =>
    new Response(body, {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        // A Host header is the client's to choose: links built from it must never reach a shared cache.
        'cache-control': deps.publicOrigin ? 'public, max-age=300' : 'private, max-age=300',
        'content-disposition': 'attachment; filename="job-fairs.ics"',
      },
    });
  const originOf = (url: string) => deps.publicOrigin ?? new URL(url).origin;

  app.openapi(calendar, async (c) => {
    const from = c.req.valid('query').from;
    const rows = await fairs.published(from ? new Date(`${from}T00:00:00+08:00`) : undefined);
    return c.json({ items: rows.map(fairs.toPublic) }, 200);
  });
  app.openapi(feed, async (c) => ics(c, fairsCalendar(await fairs.published(), { origin: originOf(c.req.url), name: deps.calendarName })) as never);
  app.openapi(fair, async (c) => {
    const raw = c.req.valid('param').id.toLowerCase();
    const id = raw.replace(/\.ics$/, '');
    const row = await fairs.getListed(id);
    if (raw.endsWith('.ics')) {
      const response = ics(c, fairsCalendar([row], { origin: originOf(c.req.url), name: row.title }));
      response.headers.set('content-disposition', `attachment; filename="job-fair-${id}.ics"`);
      return response as never;
    }
    return c.json({ fair: fairs.toPublic(row), employers: await fairs.employersOf(id, true) }, 200);
  });
  app.openapi(preRegister, async (c) =>
    c.json(await attendance.preRegister(personOf(c.get('account')), c.req.valid('param').id, c.req.valid('json').name, { requestId: c.get('requestId'), locale: c.get('locale') }), 201),
  );
  app.openapi(mine, async (c) => c.json({ items: await attendance.mine(personOf(c.get('account')).personId) }, 200));
  app.openapi(employerSignUp, async (c) =>
    c.json(await fairs.signUpAsEmployer(employerOf(c.get('account')), c.req.valid('param').id, c.req.valid('json').vacancyIds, c.get('requestId')), 201),
  );
  app.openapi(employerFairs, async (c) => c.json({ items: await fairs.ofEmployer(employerOf(c.get('account')).employerId) }, 200));
  return app;
}
