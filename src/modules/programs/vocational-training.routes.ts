/**
 * Vocational training for the unemployed (ADR 0041, docs/programs.md): classes and their applicants for
 * staff, the open classes for job seekers, and a citizen's own applications.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyAccount, defineRoute, publicAccess, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  myTrainingApplication,
  placementPrompt,
  publicTrainingClass,
  selfTrainingApplication,
  trainingApplicationRequest,
  trainingClass,
  trainingClassDetail,
  trainingClassInput,
  trainingTransitionRequest,
} from './vocational-training.contract.ts';
import type { VocationalTrainingService } from './vocational-training.ts';

const tags = ['vocational-training'];
const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const staffBase = '/api/v1/staff/training';

const listClasses = defineRoute(requires('programs.read'), {
  method: 'get', path: `${staffBase}/classes`, tags, summary: 'Vocational training classes, with places, selected trainees, applicants and waitlist',
  responses: { 200: jsonContent(z.array(trainingClass), 'Classes'), ...problemResponses(401, 403) },
});
const addClass = defineRoute(requires('programs.define'), {
  method: 'post', path: `${staffBase}/classes`, tags, summary: 'Add a class (the allowance only with its source)',
  request: { body: jsonBody(trainingClassInput) },
  responses: { 201: jsonContent(created, 'Added'), ...problemResponses(400, 401, 403, 409) },
});
const getClass = defineRoute(requires('programs.read'), {
  method: 'get', path: `${staffBase}/classes/{id}`, tags, summary: 'A class with its applicants (masked, with their station); audited',
  request: { params: idParam },
  responses: { 200: jsonContent(trainingClassDetail, 'Class'), ...problemResponses(401, 403, 404) },
});
const applyForSeeker = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${staffBase}/classes/{id}/applications`, tags, summary: 'File the application of a job seeker (by the job seeker id)',
  request: { params: idParam, body: jsonBody(trainingApplicationRequest) },
  responses: { 201: jsonContent(created, 'Applied'), ...problemResponses(400, 401, 403, 404, 409) },
});
const transition = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${staffBase}/enrolments/{id}/transition`, tags,
  summary: 'Select (takes a place; 409 NO_PLACES_LEFT when full), waitlist, drop or complete (with the hours attended)',
  request: { params: idParam, body: jsonBody(trainingTransitionRequest) },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), status: z.string() }), 'Moved'), ...problemResponses(400, 401, 403, 404, 409) },
});
const attendance = defineRoute(requires('programs.apply'), {
  method: 'put', path: `${staffBase}/enrolments/{id}/attendance`, tags, summary: 'Record the hours a selected trainee attended so far',
  request: { params: idParam, body: jsonBody(z.object({ attendedHours: z.int().min(0).max(3000) }).openapi('TrainingAttendance')) },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), attendedHours: z.int() }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const prompts = defineRoute(requires('employment.read'), {
  method: 'get', path: `${staffBase}/placement-prompts`, tags,
  summary: 'Completed trainees to place, of the caller’s station (the employment follow-up prompt), with whether they were placed since',
  responses: { 200: jsonContent(z.array(placementPrompt), 'Prompts'), ...problemResponses(401, 403) },
});
const listOpen = defineRoute(publicAccess, {
  method: 'get', path: '/api/v1/training/classes', tags, summary: 'Vocational training classes taking applications, with the places left (no applicant data)',
  responses: { 200: jsonContent(z.array(publicTrainingClass), 'Classes') },
});
const applySelf = defineRoute(anyAccount, {
  method: 'post', path: '/api/v1/me/training/applications', tags: ['account'],
  summary: 'Apply for a vocational training class as the signed-in citizen (a registered job seeker; 409 NOT_A_JOB_SEEKER otherwise)',
  request: { body: jsonBody(selfTrainingApplication) },
  responses: { 201: jsonContent(created, 'Applied'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listMine = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/training/applications', tags: ['account'], summary: 'My vocational training applications and their status',
  responses: { 200: jsonContent(z.object({ items: z.array(myTrainingApplication) }), 'Applications'), ...problemResponses(401) },
});

export function vocationalTrainingRoutes({ training }: { training: VocationalTrainingService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const accountOf = (c: { get(key: 'account'): AppEnv['Variables']['account'] }) => {
    const account = c.get('account');
    if (!account) throw new AppError('UNAUTHENTICATED');
    return account;
  };
  app.openapi(listClasses, async (c) => c.json(await training.classes(c.get('locale')), 200));
  app.openapi(addClass, async (c) => c.json(await training.addClass(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(getClass, async (c) => c.json(await training.classDetail(signedInStaff(c), c.req.valid('param').id, c.get('locale'), c.get('requestId')), 200));
  app.openapi(applyForSeeker, async (c) =>
    c.json(await training.apply(signedInStaff(c), { classId: c.req.valid('param').id, jobSeekerId: c.req.valid('json').jobSeekerId }, c.get('requestId')), 201),
  );
  app.openapi(transition, async (c) => c.json(await training.transition(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200));
  app.openapi(attendance, async (c) =>
    c.json(await training.recordAttendance(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').attendedHours, c.get('requestId')), 200),
  );
  app.openapi(prompts, async (c) => c.json(await training.placementPrompts(signedInStaff(c), c.get('locale')), 200));
  app.openapi(listOpen, async (c) => c.json(await training.openClasses(c.get('locale')), 200));
  app.openapi(applySelf, async (c) => c.json(await training.applySelf(accountOf(c), c.req.valid('json').classId, c.get('requestId')), 201));
  app.openapi(listMine, async (c) => c.json({ items: await training.mine(accountOf(c)) }, 200));
  return app;
}
