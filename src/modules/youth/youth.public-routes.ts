/**
 * @module youth.public-routes
 * The young person's side: open counselling slots and events, booking and registering with name, e-mail
 * and date of birth, and the code that shows, cancels and gives feedback (ADR 0027). The code travels in
 * request bodies, never in a URL, so it reaches no access log. A signed-in citizen's booking is linked
 * to their person.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { booked, bookRequest, codeRequest, feedbackRequest, publicBooking, publicEvent, publicSlot } from './youth.contract.ts';
import type { YouthService } from './youth.service.ts';

const tags = ['youth'];
const base = '/api/v1/youth';
const idParam = z.object({ id: z.uuid() });

const openSlots = defineRoute(publicAccess, {
  method: 'get', path: `${base}/slots`, tags, summary: 'Counselling slots with places left, earliest first',
  responses: { 200: jsonContent(z.object({ items: z.array(publicSlot) }), 'Slots') },
});
const book = defineRoute(publicAccess, {
  method: 'post', path: `${base}/slots/{id}/bookings`, tags,
  summary: 'Book a place; answers the booking code (also mailed); 409 NO_PLACES_LEFT when the last place went first',
  request: { params: idParam, body: jsonBody(bookRequest) },
  responses: { 201: jsonContent(booked, 'Booked'), ...problemResponses(400, 404, 409, 429) },
});
const lookUp = defineRoute(publicAccess, {
  method: 'post', path: `${base}/bookings/look-up`, tags, summary: 'The booking behind a code (name masked)',
  request: { body: jsonBody(codeRequest) },
  responses: { 200: jsonContent(publicBooking, 'The booking'), ...problemResponses(400, 404, 429) },
});
const cancel = defineRoute(publicAccess, {
  method: 'post', path: `${base}/bookings/cancel`, tags, summary: 'Cancel a booking with its code, until the slot starts',
  request: { body: jsonBody(codeRequest) },
  responses: { 200: jsonContent(publicBooking, 'Cancelled'), ...problemResponses(400, 404, 409, 429) },
});
const upcomingEvents = defineRoute(publicAccess, {
  method: 'get', path: `${base}/events`, tags, summary: 'Events open for registration',
  responses: { 200: jsonContent(z.object({ items: z.array(publicEvent) }), 'Events') },
});
const register = defineRoute(publicAccess, {
  method: 'post', path: `${base}/events/{id}/registrations`, tags, summary: 'Register for an event; answers the code',
  request: { params: idParam, body: jsonBody(bookRequest) },
  responses: {
    201: jsonContent(z.object({ code: z.string(), title: z.string(), startsAt: z.string(), venue: z.string() }), 'Registered'),
    ...problemResponses(400, 404, 409, 429),
  },
});
const cancelRegistration = defineRoute(publicAccess, {
  method: 'post', path: `${base}/registrations/cancel`, tags, summary: 'Cancel an event registration with its code',
  request: { body: jsonBody(codeRequest) },
  responses: { 200: jsonContent(z.object({ status: z.literal('cancelled') }), 'Cancelled'), ...problemResponses(400, 404, 409, 429) },
});
const feedback = defineRoute(publicAccess, {
  method: 'post', path: `${base}/registrations/feedback`, tags, summary: 'Feedback on an event attended (once)',
  request: { body: jsonBody(feedbackRequest) },
  responses: { 200: jsonContent(z.object({ status: z.literal('recorded') }), 'Recorded'), ...problemResponses(400, 404, 409, 429) },
});

export function youthPublicRoutes(deps: { youth: YouthService; limiter: RateLimiter; now: () => number }) {
  const { bookings, events } = deps.youth;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Booking and codes: a person needs a few; a script guessing codes or filling slots needs many.
  const limited = rateLimit(deps.limiter, deps.now, 'youth');
  app.use(`${base}/*`, (c, next) => (c.req.method === 'POST' ? limited(c, next) : next()));
  app.openapi(openSlots, async (c) => c.json(await bookings.openSlots(), 200));
  app.openapi(book, async (c) =>
    c.json(await bookings.book(c.req.valid('param').id, c.req.valid('json'), c.get('account'), c.get('requestId')), 201),
  );
  app.openapi(lookUp, async (c) => c.json(await bookings.byCode(c.req.valid('json').code), 200));
  app.openapi(cancel, async (c) => c.json(await bookings.cancel(c.req.valid('json').code, c.get('requestId')), 200));
  app.openapi(upcomingEvents, async (c) => c.json(await events.upcoming(), 200));
  app.openapi(register, async (c) => c.json(await events.register(c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(cancelRegistration, async (c) => c.json(await events.cancel(c.req.valid('json').code, c.get('requestId')), 200));
  app.openapi(feedback, async (c) => c.json(await events.feedback(c.req.valid('json'), c.get('requestId')), 200));
  return app;
}
