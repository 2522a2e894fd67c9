/**
 * @module youth.routes
 * Staff routes of the youth services: slots, bookings (no-show, session), events (attendance), summer jobs
 * and indicator 4's figures.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  attendanceRequest,
  createEventRequest,
  createSlotRequest,
  createSummerJobRequest,
  eventDetail,
  eventQuery,
  indicatorQuery,
  sessionRecord,
  sessionRequest,
  slotDetail,
  slotQuery,
  staffEvent,
  staffSlot,
  summerJob,
  summerJobQuery,
  youthIndicator,
} from './youth.contract.ts';
import type { YouthService } from './youth.service.ts';

const tags = ['youth'];
const base = '/api/v1/staff/youth';
const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });

const createSlot = defineRoute(requires('youth.write'), {
  method: 'post', path: `${base}/slots`, tags, summary: 'Publish a counselling slot (the counsellor is the caller)',
  request: { body: jsonBody(createSlotRequest) },
  responses: { 201: jsonContent(created, 'Published'), ...problemResponses(400, 401, 403) },
});
const listSlots = defineRoute(requires('youth.read'), {
  method: 'get', path: `${base}/slots`, tags, summary: 'Counselling slots, latest first',
  request: { query: slotQuery },
  responses: { ...listResponses(staffSlot, 'Slots'), ...problemResponses(400, 401, 403, 422) },
});
const viewSlot = defineRoute(requires('youth.read'), {
  method: 'get', path: `${base}/slots/{id}`, tags, summary: 'A slot and its bookings (names masked)',
  request: { params: idParam },
  responses: { 200: jsonContent(slotDetail, 'The slot'), ...problemResponses(400, 401, 403, 404) },
});
const withdrawSlot = defineRoute(requires('youth.write'), {
  method: 'post', path: `${base}/slots/{id}/withdraw`, tags, summary: 'Withdraw an open slot nobody has booked',
  request: { params: idParam },
  responses: { 200: jsonContent(staffSlot, 'Withdrawn'), ...problemResponses(400, 401, 403, 404, 409) },
});
const noShow = defineRoute(requires('youth.write'), {
  method: 'post', path: `${base}/bookings/{id}/no-show`, tags, summary: 'Record that the young person did not come',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ slotId: z.uuid() }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const recordSession = defineRoute(requires('youth.write'), {
  method: 'post', path: `${base}/bookings/{id}/session`, tags,
  summary: 'Record the session held: 職業適性診斷, 履歷健診 and the plan',
  request: { params: idParam, body: jsonBody(sessionRequest) },
  responses: { 201: jsonContent(created, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const viewSession = defineRoute(requires('youth.read'), {
  method: 'get', path: `${base}/sessions/{id}`, tags, summary: 'A session record in full (audited)',
  request: { params: idParam },
  responses: { 200: jsonContent(sessionRecord, 'The session'), ...problemResponses(400, 401, 403, 404) },
});
const createEvent = defineRoute(requires('youth.write'), {
  method: 'post', path: `${base}/events`, tags, summary: 'Publish a 職涯探索, 職場體驗 or 企業參訪 event',
  request: { body: jsonBody(createEventRequest) },
  responses: { 201: jsonContent(created, 'Published'), ...problemResponses(400, 401, 403) },
});
const listEvents = defineRoute(requires('youth.read'), {
  method: 'get', path: `${base}/events`, tags, summary: 'Events, latest first',
  request: { query: eventQuery },
  responses: { ...listResponses(staffEvent, 'Events'), ...problemResponses(400, 401, 403, 422) },
});
const viewEvent = defineRoute(requires('youth.read'), {
  method: 'get', path: `${base}/events/{id}`, tags, summary: 'An event, its registrations (names masked) and feedback',
  request: { params: idParam },
  responses: { 200: jsonContent(eventDetail, 'The event'), ...problemResponses(400, 401, 403, 404) },
});
const attendance = defineRoute(requires('youth.write'), {
  method: 'post', path: `${base}/events/{id}/attendance`, tags, summary: 'Mark registrations attended (once the event has started)',
  request: { params: idParam, body: jsonBody(attendanceRequest) },
  responses: { 200: jsonContent(z.object({ marked: z.int() }), 'Marked'), ...problemResponses(400, 401, 403, 404, 409) },
});
const createSummerJob = defineRoute(requires('youth.summer-jobs'), {
  method: 'post', path: `${base}/summer-jobs`, tags,
  summary: 'Place a student of a low- or middle-low-income household; refused below the minimum hourly wage',
  request: { body: jsonBody(createSummerJobRequest) },
  responses: { 201: jsonContent(created, 'Placed'), ...problemResponses(400, 401, 403, 409) },
});
const listSummerJobs = defineRoute(requires('youth.summer-jobs'), {
  method: 'get', path: `${base}/summer-jobs`, tags, summary: 'Summer-job placements (names masked)',
  request: { query: summerJobQuery },
  responses: { ...listResponses(summerJob, 'Placements'), ...problemResponses(400, 401, 403, 422) },
});
const indicator = defineRoute(requires('youth.indicator'), {
  method: 'get', path: `${base}/indicator`, tags,
  summary: 'Indicator 4\'s numerator: young people (15–29 on the day) served, in person-times and distinct persons, by service and district',
  request: { query: indicatorQuery },
  responses: { 200: jsonContent(youthIndicator, 'Counts'), ...problemResponses(400, 401, 403) },
});

export function youthRoutes(deps: { youth: YouthService; lists: ListResponder }) {
  const { bookings, events, summerJobs } = deps.youth;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createSlot, async (c) => c.json(await bookings.createSlot(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listSlots, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: bookings.list(filters),
      params: query,
      filters,
      toItem: bookings.toStaff,
      export: {
        name: 'youth-slots',
        title: 'lists.youthSlots',
        personalData: false,
        columns: [
          { header: 'columns.youthSlots.startsAt', value: (s) => s.startsAt },
          { header: 'columns.youthSlots.venue', value: (s) => s.venue, weight: 2 },
          { header: 'columns.youthSlots.counsellor', value: (s) => s.counsellorName },
          { header: 'columns.youthSlots.booked', value: (s) => `${s.booked}/${s.capacity}` },
        ],
      },
    }) as never;
  });
  app.openapi(viewSlot, async (c) => c.json(await bookings.slotDetail(c.req.valid('param').id), 200));
  app.openapi(withdrawSlot, async (c) => c.json(await bookings.withdrawSlot(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(noShow, async (c) => c.json(await bookings.recordNoShow(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(recordSession, async (c) =>
    c.json(await bookings.recordSession(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201),
  );
  app.openapi(viewSession, async (c) => c.json(await bookings.viewSession(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));

  app.openapi(createEvent, async (c) => c.json(await events.create(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listEvents, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: events.list(filters),
      params: query,
      filters,
      toItem: events.toStaff,
      export: {
        name: 'youth-events',
        title: 'lists.youthEvents',
        personalData: false,
        columns: [
          { header: 'columns.youthEvents.title', value: (e) => e.title, weight: 2 },
          { header: 'columns.youthEvents.kind', value: (e) => e.kind },
          { header: 'columns.youthEvents.startsAt', value: (e) => e.startsAt },
          { header: 'columns.youthEvents.registered', value: (e) => `${e.registered}/${e.capacity}` },
          { header: 'columns.youthEvents.attended', value: (e) => String(e.attended) },
        ],
      },
    }) as never;
  });
  app.openapi(viewEvent, async (c) => c.json(await events.detail(c.req.valid('param').id), 200));
  app.openapi(attendance, async (c) =>
    c.json(await events.recordAttendance(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').registrationIds, c.get('requestId')), 200),
  );

  app.openapi(createSummerJob, async (c) => c.json(await summerJobs.create(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listSummerJobs, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: summerJobs.list(filters),
      params: query,
      filters,
      toItem: summerJobs.toItem,
      export: {
        name: 'youth-summer-jobs',
        title: 'lists.youthSummerJobs',
        personalData: true,
        columns: [
          { header: 'columns.youthSummerJobs.name', value: (j) => j.maskedName },
          { header: 'columns.youthSummerJobs.employer', value: (j) => j.employerName, weight: 2 },
          { header: 'columns.youthSummerJobs.startOn', value: (j) => j.startOn },
          { header: 'columns.youthSummerJobs.hours', value: (j) => String(j.hours) },
          { header: 'columns.youthSummerJobs.hourlyWage', value: (j) => String(j.hourlyWage) },
        ],
      },
    }) as never;
  });
  app.openapi(indicator, async (c) => c.json(await deps.youth.indicator.served(c.req.valid('query')), 200));
  return app;
}
