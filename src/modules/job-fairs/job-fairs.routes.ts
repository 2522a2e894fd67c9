/**
 * @module job-fairs.routes
 * Staff routes of the job fairs: create and publish fairs, employers' sign-ups and their approval,
 * registration at the door, check-in by code, interviews and hires, and each fair's figures.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  checkedIn,
  cancelFairRequest,
  checkInRequest,
  createFairRequest,
  decisionRequest,
  doorRegisterRequest,
  fairQuery,
  fairReport,
  outcomeRequest,
  registered,
  staffFair,
  staffFairDetail,
  staffSignUpRequest,
  updateFairRequest,
} from './job-fairs.contract.ts';
import type { JobFairsService } from './job-fairs.service.ts';

const tags = ['job-fairs'];
const base = '/api/v1/staff/job-fairs';
const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });

const createFair = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: base, tags, summary: 'Create a job fair (a draft until published)',
  request: { body: jsonBody(createFairRequest) },
  responses: { 201: jsonContent(created, 'Created'), ...problemResponses(400, 401, 403) },
});
const listFairs = defineRoute(requires('job-fairs.read'), {
  method: 'get', path: base, tags, summary: 'Job fairs, latest first; the export carries each fair\'s figures',
  request: { query: fairQuery },
  responses: { ...listResponses(staffFair, 'Fairs'), ...problemResponses(400, 401, 403, 422) },
});
const viewFair = defineRoute(requires('job-fairs.read'), {
  method: 'get', path: `${base}/{id}`, tags, summary: 'A fair, its employers, registrations (names masked), interviews, hires and figures',
  request: { params: idParam },
  responses: { 200: jsonContent(staffFairDetail, 'The fair'), ...problemResponses(400, 401, 403, 404) },
});
const publishFair = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/publish`, tags, summary: 'Publish a draft fair on the public calendar',
  request: { params: idParam },
  responses: { 200: jsonContent(staffFair, 'Published'), ...problemResponses(400, 401, 403, 404, 409) },
});
const updateFair = defineRoute(requires('job-fairs.write'), {
  method: 'put', path: `${base}/{id}`, tags, summary: 'Edit a fair that has not ended; the capacity never falls below the places taken (400 on `capacity`)',
  request: { params: idParam, body: jsonBody(updateFairRequest) },
  responses: { 200: jsonContent(staffFair, 'Saved'), ...problemResponses(400, 401, 403, 404, 409) },
});
const cancelFair = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/cancel`, tags, summary: 'Call off a fair before it ends, with the reason the public calendar shows',
  request: { params: idParam, body: jsonBody(cancelFairRequest) },
  responses: { 200: jsonContent(staffFair, 'Cancelled'), ...problemResponses(400, 401, 403, 404, 409) },
});
const signUpEmployer = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/employers`, tags, summary: 'Sign an employer up with its published vacancies (waits for approval)',
  request: { params: idParam, body: jsonBody(staffSignUpRequest) },
  responses: { 201: jsonContent(z.object({ status: z.literal('pending') }), 'Signed up'), ...problemResponses(400, 401, 403, 404, 409) },
});
const decide = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/employers/{employerId}/decision`, tags, summary: 'Approve or reject an employer\'s sign-up',
  request: { params: idParam.extend({ employerId: z.uuid() }), body: jsonBody(decisionRequest) },
  responses: { 200: jsonContent(z.object({ status: z.enum(['approved', 'rejected']) }), 'Decided'), ...problemResponses(400, 401, 403, 404) },
});
const doorRegister = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/registrations`, tags, summary: 'Register a job seeker at the door (checked in at once); 409 NO_PLACES_LEFT when full',
  request: { params: idParam, body: jsonBody(doorRegisterRequest) },
  responses: { 201: jsonContent(registered, 'Registered'), ...problemResponses(400, 401, 403, 404, 409) },
});
const checkIn = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/check-ins`, tags, summary: 'Check in the holder of a code (scanned or typed); twice answers the first check-in',
  request: { params: idParam, body: jsonBody(checkInRequest) },
  responses: { 200: jsonContent(checkedIn, 'Checked in'), ...problemResponses(400, 401, 403, 404, 409) },
});
const outcome = defineRoute(requires('job-fairs.write'), {
  method: 'post', path: `${base}/{id}/outcomes`, tags, summary: 'Record an interview or a hire at the fair',
  request: { params: idParam, body: jsonBody(outcomeRequest) },
  responses: { 201: jsonContent(created, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const report = defineRoute(requires('job-fairs.read'), {
  method: 'get', path: `${base}/{id}/report`, tags, summary: 'A fair\'s figures: attendance, interviews, 初步媒合率, confirmed hires (docs/job-fairs.md)',
  request: { params: idParam },
  responses: { 200: jsonContent(fairReport, 'Figures'), ...problemResponses(400, 401, 403, 404) },
});

export function jobFairsRoutes(deps: { jobFairs: JobFairsService; lists: ListResponder }) {
  const { fairs, attendance } = deps.jobFairs;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(createFair, async (c) => c.json(await fairs.create(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listFairs, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: fairs.list(filters),
      params: query,
      filters,
      toItem: fairs.toStaff,
      export: {
        name: 'job-fairs',
        title: 'lists.jobFairs',
        personalData: false,
        columns: [
          { header: 'columns.jobFairs.title', value: (f) => f.title, weight: 2 },
          { header: 'columns.jobFairs.startsAt', value: (f) => f.startsAt },
          { header: 'columns.jobFairs.venue', value: (f) => f.venue },
          { header: 'columns.jobFairs.registered', value: (f) => `${f.registered}/${f.capacity}` },
          { header: 'columns.jobFairs.checkedIn', value: (f) => String(f.checkedIn) },
          { header: 'columns.jobFairs.employers', value: (f) => String(f.employers) },
          { header: 'columns.jobFairs.vacancies', value: (f) => String(f.vacancies) },
        ],
      },
    }) as never;
  });
  app.openapi(viewFair, async (c) => c.json(await deps.jobFairs.detail(c.req.valid('param').id), 200));
  app.openapi(publishFair, async (c) => c.json(await fairs.publish(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(updateFair, async (c) => c.json(await fairs.update(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200));
  app.openapi(cancelFair, async (c) => c.json(await fairs.cancel(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').reason, c.get('requestId')), 200));
  app.openapi(signUpEmployer, async (c) => {
    const body = c.req.valid('json');
    return c.json(await fairs.signUpByStaff(signedInStaff(c), c.req.valid('param').id, body.employerId, body.vacancyIds, c.get('requestId')), 201);
  });
  app.openapi(decide, async (c) => {
    const { id, employerId } = c.req.valid('param');
    return c.json(await fairs.decide(signedInStaff(c), id, employerId, c.req.valid('json').decision, c.get('requestId')), 200);
  });
  app.openapi(doorRegister, async (c) =>
    c.json(await attendance.registerAtDoor(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').name, c.get('requestId')), 201),
  );
  app.openapi(checkIn, async (c) => c.json(await attendance.checkIn(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').code, c.get('requestId')), 200));
  app.openapi(outcome, async (c) => c.json(await attendance.recordOutcome(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(report, async (c) => c.json(await attendance.report(c.req.valid('param').id), 200));
  return app;
}
