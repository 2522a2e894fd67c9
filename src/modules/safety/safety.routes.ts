/**
 * @module safety.routes
 * Staff routes of occupational safety (ADR 0035): zero-disaster projects, their monthly logs, the end of the
 * works, the review and the certificate; experts, guidance requests, visits and overdue improvements;
 * promotion and training events; the year's figures with indicator 3.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv, StaffPrincipal } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import {
  amendLogRequest,
  assignRequest,
  endProjectRequest,
  eventDetail,
  eventQuery,
  eventRequest,
  expert,
  expertRequest,
  guidanceDetail,
  guidanceItem,
  guidanceQuery,
  guidanceRequestInput,
  monthlyLogRequest,
  overdueItem,
  overdueQuery,
  projectQuery,
  registerProjectRequest,
  registrationRequest,
  reviewRequest,
  safetyEvent,
  safetyFigures,
  staffProject,
  staffProjectDetail,
  visitRequest,
} from './safety.contract.ts';
import { renderCertificatePdf } from './safety.pdf.ts';
import type { SafetyService } from './safety.service.ts';

const tags = ['safety'];
const base = '/api/v1/staff/safety';
const idParam = z.object({ id: z.uuid() });
const monthParam = idParam.extend({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month') });
const created = z.object({ id: z.uuid() });
const staffOf = (c: { get(key: 'staff'): StaffPrincipal | undefined }) => {
  const staff = c.get('staff');
  if (!staff) throw new AppError('UNAUTHENTICATED');
  return staff;
};
const asStaff = (staff: StaffPrincipal) => ({ kind: 'staff' as const, staff });
const logSaved = z.object({ month: z.string(), version: z.int() });
const read = requires('safety.read');
const write = requires('safety.write');

const registerProject = defineRoute(write, {
  method: 'post', path: `${base}/projects`, tags, summary: 'Register a construction project for zero-disaster certification (無災害工程認證)',
  request: { body: jsonBody(registerProjectRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), projectNumber: z.string() }), 'Registered'), ...problemResponses(400, 401, 403) },
});
const listProjects = defineRoute(read, {
  method: 'get', path: `${base}/projects`, tags, summary: 'Zero-disaster projects, newest first',
  request: { query: projectQuery },
  responses: { ...listResponses(staffProject, 'Projects'), ...problemResponses(400, 401, 403, 422) },
});
const viewProject = defineRoute(read, {
  method: 'get', path: `${base}/projects/{id}`, tags, summary: 'A project, its monthly logs with their revisions, the rule\'s result and the reviews',
  request: { params: idParam },
  responses: { 200: jsonContent(staffProjectDetail, 'The project'), ...problemResponses(400, 401, 403, 404) },
});
const addLog = defineRoute(write, {
  method: 'post', path: `${base}/projects/{id}/logs`, tags, summary: 'Log a month: work hours, headcount, incidents. A second log of the month answers 409 LOG_EXISTS',
  request: { params: idParam, body: jsonBody(monthlyLogRequest) },
  responses: { 201: jsonContent(logSaved, 'Logged'), ...problemResponses(400, 401, 403, 404, 409) },
});
const amendLog = defineRoute(write, {
  method: 'put', path: `${base}/projects/{id}/logs/{month}`, tags, summary: 'Amend a month\'s log with a reason; the earlier version is kept',
  request: { params: monthParam, body: jsonBody(amendLogRequest) },
  responses: { 200: jsonContent(logSaved, 'Amended'), ...problemResponses(400, 401, 403, 404, 409) },
});
const endProject = defineRoute(write, {
  method: 'post', path: `${base}/projects/{id}/end`, tags, summary: 'Record the day the works ended; the project waits for the review',
  request: { params: idParam, body: jsonBody(endProjectRequest) },
  responses: { 200: jsonContent(staffProject, 'Ended'), ...problemResponses(400, 401, 403, 404, 409) },
});
const reviewProject = defineRoute(requires('safety.certify'), {
  method: 'post', path: `${base}/projects/{id}/review`, tags,
  summary: 'Review (查核) an ended project: certified when every month is logged without a major occupational accident; 409 NOT_CERTIFIABLE while months are missing',
  request: { params: idParam, body: jsonBody(reviewRequest) },
  responses: { 200: jsonContent(staffProject, 'Reviewed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const certificate = defineRoute(read, {
  method: 'get', path: `${base}/projects/{id}/certificate.pdf`, tags, summary: 'The zero-disaster certificate as an A4 PDF (letterhead, ROC date)',
  request: { params: idParam },
  responses: { 200: { description: 'A4 PDF', content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } } }, ...problemResponses(400, 401, 403, 404, 409) },
});
const listExperts = defineRoute(read, {
  method: 'get', path: `${base}/experts`, tags, summary: 'Experts of the partner universities\' platform (安全衛生資源共享平台)',
  responses: { 200: jsonContent(z.object({ items: z.array(expert) }), 'Experts'), ...problemResponses(401, 403) },
});
const addExpert = defineRoute(write, {
  method: 'post', path: `${base}/experts`, tags, summary: 'Add an expert (name, university, specialty)',
  request: { body: jsonBody(expertRequest) },
  responses: { 201: jsonContent(created, 'Added'), ...problemResponses(400, 401, 403) },
});
const requestGuidance = defineRoute(write, {
  method: 'post', path: `${base}/guidance`, tags, summary: 'Enter a request for on-site guidance (臨場輔導) on an employer\'s behalf',
  request: { body: jsonBody(guidanceRequestInput) },
  responses: { 201: jsonContent(created, 'Requested'), ...problemResponses(400, 401, 403) },
});
const listGuidance = defineRoute(read, {
  method: 'get', path: `${base}/guidance`, tags, summary: 'Guidance requests, newest first',
  request: { query: guidanceQuery },
  responses: { ...listResponses(guidanceItem, 'Requests'), ...problemResponses(400, 401, 403, 422) },
});
const viewGuidance = defineRoute(read, {
  method: 'get', path: `${base}/guidance/{id}`, tags, summary: 'A guidance request, its expert, visits, improvements and their checks',
  request: { params: idParam },
  responses: { 200: jsonContent(guidanceDetail, 'The request'), ...problemResponses(400, 401, 403, 404) },
});
const assign = defineRoute(write, {
  method: 'post', path: `${base}/guidance/{id}/assignment`, tags, summary: 'Assign an expert to a request',
  request: { params: idParam, body: jsonBody(assignRequest) },
  responses: { 200: jsonContent(guidanceItem, 'Assigned'), ...problemResponses(400, 401, 403, 404, 409) },
});
const recordVisit = defineRoute(write, {
  method: 'post', path: `${base}/guidance/{id}/visits`, tags, summary: 'Record a visit: hazards and improvements due; a follow-up checks every open improvement',
  request: { params: idParam, body: jsonBody(visitRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), kind: z.enum(['first', 'follow-up']), stillOpen: z.int() }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const overdue = defineRoute(read, {
  method: 'get', path: `${base}/improvements/overdue`, tags, summary: 'Open improvements past their due date',
  request: { query: overdueQuery },
  responses: { ...listResponses(overdueItem, 'Overdue improvements'), ...problemResponses(400, 401, 403, 422) },
});
const createEvent = defineRoute(write, {
  method: 'post', path: `${base}/events`, tags, summary: 'Create a promotion or training event (宣導會, 教育訓練, 安全衛生家族)',
  request: { body: jsonBody(eventRequest) },
  responses: { 201: jsonContent(created, 'Created'), ...problemResponses(400, 401, 403) },
});
const listEvents = defineRoute(read, {
  method: 'get', path: `${base}/events`, tags, summary: 'Safety events, latest first',
  request: { query: eventQuery },
  responses: { ...listResponses(safetyEvent, 'Events'), ...problemResponses(400, 401, 403, 422) },
});
const viewEvent = defineRoute(read, {
  method: 'get', path: `${base}/events/{id}`, tags, summary: 'An event and its registrations (names masked)',
  request: { params: idParam },
  responses: { 200: jsonContent(eventDetail, 'The event'), ...problemResponses(400, 401, 403, 404) },
});
const register = defineRoute(write, {
  method: 'post', path: `${base}/events/{id}/registrations`, tags, summary: 'Register an attendee; 409 NO_PLACES_LEFT when full',
  request: { params: idParam, body: jsonBody(registrationRequest) },
  responses: { 201: jsonContent(created, 'Registered'), ...problemResponses(400, 401, 403, 404, 409) },
});
const attend = defineRoute(write, {
  method: 'post', path: `${base}/events/{id}/registrations/{registrationId}/attendance`, tags, summary: 'Mark an attendee present',
  request: { params: idParam.extend({ registrationId: z.uuid() }) },
  responses: { 200: jsonContent(z.object({ attended: z.boolean() }), 'Marked'), ...problemResponses(400, 401, 403, 404) },
});
const figures = defineRoute(read, {
  method: 'get', path: `${base}/figures`, tags, summary: 'Indicator 3 (職業災害保險給付千人率, entered) next to the city\'s guidance and certification counts',
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: { 200: jsonContent(safetyFigures, 'Figures'), ...problemResponses(400, 401, 403) },
});

export function safetyRoutes(deps: { safety: SafetyService; lists: ListResponder; letterhead: Letterhead; referenceData: ReferenceData }) {
  const { projects, guidance, events } = deps.safety;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(registerProject, async (c) => c.json(await projects.register(asStaff(staffOf(c)), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listProjects, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: projects.list(filters),
      params: query,
      filters,
      toItem: projects.toStaff,
      export: {
        name: 'zero-disaster-projects',
        title: 'lists.safetyProjects',
        personalData: false,
        columns: (locale) => [
          { header: 'columns.safetyProjects.projectNumber', value: (p) => p.projectNumber },
          { header: 'columns.safetyProjects.name', value: (p) => p.name, weight: 2 },
          { header: 'columns.safetyProjects.contractor', value: (p) => p.contractorName, weight: 2 },
          { header: 'columns.safetyProjects.district', value: (p) => deps.referenceData.districtName(p.districtCode, locale) ?? p.districtCode },
          { header: 'columns.safetyProjects.startsOn', value: (p) => p.startsOn },
          { header: 'columns.safetyProjects.monthsLogged', value: (p) => String(p.monthsLogged) },
          { header: 'columns.safetyProjects.status', value: (p) => p.status },
          { header: 'columns.safetyProjects.certificateNumber', value: (p) => p.certificateNumber ?? '' },
        ],
      },
    }) as never;
  });
  app.openapi(viewProject, async (c) => c.json(await projects.detail(asStaff(staffOf(c)), c.req.valid('param').id), 200));
  app.openapi(addLog, async (c) => c.json(await projects.addLog(asStaff(staffOf(c)), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(amendLog, async (c) => {
    const { id, month } = c.req.valid('param');
    return c.json(await projects.amendLog(asStaff(staffOf(c)), id, month, c.req.valid('json'), c.get('requestId')), 200);
  });
  app.openapi(endProject, async (c) => c.json(await projects.end(asStaff(staffOf(c)), c.req.valid('param').id, c.req.valid('json').endedOn, c.get('requestId')), 200));
  app.openapi(reviewProject, async (c) => c.json(await projects.review(staffOf(c), c.req.valid('param').id, c.req.valid('json').note, c.get('requestId')), 200));
  app.openapi(certificate, async (c) => {
    const project = await projects.get(c.req.valid('param').id);
    if (project.status !== 'certified' || !project.certificateNumber || !project.certifiedOn || !project.endedOn) throw new AppError('INVALID_TRANSITION');
    const locale = c.get('locale');
    const bytes = await renderCertificatePdf({
      letterhead: deps.letterhead,
      locale,
      districtName: deps.referenceData.districtName(project.districtCode, locale) ?? '',
      project: { ...project, certificateNumber: project.certificateNumber, certifiedOn: project.certifiedOn, endedOn: project.endedOn },
    });
    return c.body(bytes, 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${project.certificateNumber}.pdf"` }) as never;
  });

  app.openapi(listExperts, async (c) => c.json({ items: await guidance.experts() }, 200));
  app.openapi(addExpert, async (c) => c.json(await guidance.addExpert(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(requestGuidance, async (c) => c.json(await guidance.request(asStaff(staffOf(c)), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listGuidance, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: guidance.list(filters),
      params: query,
      filters,
      toItem: guidance.toItem,
      export: {
        name: 'safety-guidance',
        title: 'lists.safetyGuidance',
        personalData: false,
        columns: [
          { header: 'columns.safetyGuidance.employerName', value: (g) => g.employerName, weight: 2 },
          { header: 'columns.safetyGuidance.topic', value: (g) => g.topic, weight: 2 },
          { header: 'columns.safetyGuidance.status', value: (g) => g.status },
          { header: 'columns.safetyGuidance.expert', value: (g) => g.expertName ?? '' },
          { header: 'columns.safetyGuidance.openImprovements', value: (g) => String(g.openImprovements) },
        ],
      },
    }) as never;
  });
  app.openapi(viewGuidance, async (c) => c.json(await guidance.detail(c.req.valid('param').id), 200));
  app.openapi(assign, async (c) => c.json(await guidance.assign(staffOf(c), c.req.valid('param').id, c.req.valid('json').expertId, c.get('requestId')), 200));
  app.openapi(recordVisit, async (c) => c.json(await guidance.recordVisit(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(overdue, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: guidance.overdue(),
      params: query,
      filters: {},
      toItem: guidance.toOverdue,
      export: {
        name: 'safety-overdue-improvements',
        title: 'lists.safetyOverdue',
        personalData: false,
        columns: [
          { header: 'columns.safetyGuidance.employerName', value: (o) => o.employerName, weight: 2 },
          { header: 'columns.safetyOverdue.improvement', value: (o) => o.improvement, weight: 2 },
          { header: 'columns.safetyOverdue.dueOn', value: (o) => o.dueOn },
          { header: 'columns.safetyOverdue.daysOverdue', value: (o) => String(o.daysOverdue) },
        ],
      },
    }) as never;
  });

  app.openapi(createEvent, async (c) => c.json(await events.create(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listEvents, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return deps.lists.answer(c, {
      list: events.list(filters),
      params: query,
      filters,
      toItem: events.toEvent,
      export: {
        name: 'safety-events',
        title: 'lists.safetyEvents',
        personalData: false,
        columns: [
          { header: 'columns.safetyEvents.title', value: (e) => e.title, weight: 2 },
          { header: 'columns.safetyEvents.startsAt', value: (e) => e.startsAt },
          { header: 'columns.safetyEvents.venue', value: (e) => e.venue },
          { header: 'columns.safetyEvents.registered', value: (e) => `${e.registered}/${e.capacity}` },
          { header: 'columns.safetyEvents.attended', value: (e) => String(e.attended) },
        ],
      },
    }) as never;
  });
  app.openapi(viewEvent, async (c) => c.json(await events.detail(c.req.valid('param').id), 200));
  app.openapi(register, async (c) => c.json(await events.register(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(attend, async (c) => {
    const { id, registrationId } = c.req.valid('param');
    return c.json(await events.markAttended(staffOf(c), id, registrationId, c.get('requestId')), 200);
  });
  app.openapi(figures, async (c) => c.json(await deps.safety.figures(c.req.valid('query').year, c.get('locale')), 200));
  return app;
}
