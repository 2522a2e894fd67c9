import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  consultationComplaintRequest,
  consultationContact,
  consultationConverted,
  consultationCreated,
  consultationMediationRequest,
  consultationQuery,
  consultationRequest,
  consultationStats,
  consultationStatsQuery,
  consultationSummary,
  consultationVisitRequest,
} from './consultations.contract.ts';
import type { ConsultationsService } from './consultations.service.ts';

const tags = ['migrant-workers'];
const idParams = z.object({ id: z.uuid() });
const base = '/api/v1/staff/migrant-consultations';

const create = defineRoute(requires('migrant-consultations.write'), {
  method: 'post',
  path: base,
  tags,
  summary: 'Log a consultation of the centre (外籍勞工諮詢服務中心): a call, a chat or a walk-in',
  request: { body: jsonBody(consultationRequest) },
  responses: { 201: jsonContent(consultationCreated, 'Logged'), ...problemResponses(400, 401, 403) },
});

const list = defineRoute(requires('migrant-consultations.read'), {
  method: 'get',
  path: base,
  tags,
  summary: 'Consultations, callers and workers masked, newest first',
  request: { query: consultationQuery },
  responses: { ...listResponses(consultationSummary, 'Consultations'), ...problemResponses(400, 401, 403, 422) },
});

const stats = defineRoute(requires('migrant-consultations.read'), {
  method: 'get',
  path: `${base}/stats`,
  tags,
  summary: "A month's consultations by language and topic (counts and minutes only)",
  request: { query: consultationStatsQuery },
  responses: { 200: jsonContent(consultationStats, 'The figures'), ...problemResponses(400, 401, 403) },
});

const view = defineRoute(requires('migrant-consultations.read'), {
  method: 'get',
  path: `${base}/{id}`,
  tags,
  summary: 'One consultation, caller masked',
  request: { params: idParams },
  responses: { 200: jsonContent(consultationSummary, 'The consultation'), ...problemResponses(400, 401, 403, 404) },
});

const contact = defineRoute(requires('migrant-consultations.read-contact'), {
  method: 'get',
  path: `${base}/{id}/contact`,
  tags,
  summary: "The caller's name and phone and the notes (every view audited)",
  request: { params: idParams },
  responses: { 200: jsonContent(consultationContact, 'In full'), ...problemResponses(400, 401, 403, 404) },
});

const toComplaint = defineRoute(requires('migrant-consultations.write'), {
  method: 'post',
  path: `${base}/{id}/complaint`,
  tags,
  summary: 'Turn the consultation into a complaint (complaints module); anonymous unless the caller agreed to be named',
  request: { params: idParams, body: jsonBody(consultationComplaintRequest) },
  responses: { 201: jsonContent(consultationConverted, 'Filed'), ...problemResponses(400, 401, 403, 404, 409) },
});

const toMediation = defineRoute(requires('migrant-consultations.write'), {
  method: 'post',
  path: `${base}/{id}/mediation`,
  tags,
  summary: 'Apply for mediation for the caller (mediation module, staff-side application with the consultation as origin)',
  request: { params: idParams, body: jsonBody(consultationMediationRequest) },
  responses: { 201: jsonContent(consultationConverted, 'Applied'), ...problemResponses(400, 401, 403, 404, 409) },
});

const toVisit = defineRoute(requires('migrant-consultations.write'), {
  method: 'post',
  path: `${base}/{id}/visit`,
  tags,
  summary: 'A follow-up visit task for the registered worker (not an arrival visit: indicator 8 leaves it out)',
  request: { params: idParams, body: jsonBody(consultationVisitRequest) },
  responses: { 201: jsonContent(consultationConverted, 'Task made'), ...problemResponses(400, 401, 403, 404, 409) },
});

export function consultationsRoutes({ consultations, lists }: { consultations: ConsultationsService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (staff: AppEnv['Variables']['staff']) => {
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };
  const meta = (c: Context<AppEnv>) => ({ requestId: c.get('requestId'), locale: c.get('locale') });

  app.openapi(create, async (c) => c.json(await consultations.create(staffOf(c.get('staff')), c.req.valid('json'), meta(c)), 201));

  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    if (query.from && query.to && query.to < query.from) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'to', code: 'custom', message: 'validation.migrant.period' }] });
    }
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: consultations.list(filters),
      params: query,
      filters,
      toItem: consultations.toSummary,
      export: {
        name: 'migrant-consultations',
        title: 'lists.migrantConsultations',
        personalData: true,
        columns: [
          { header: 'columns.migrantConsultations.consultedAt', value: (r) => r.consultedAt },
          { header: 'columns.migrantConsultations.channel', value: (r) => r.channel },
          { header: 'columns.migrantConsultations.language', value: (r) => r.language },
          { header: 'columns.migrantConsultations.topic', value: (r) => r.topic },
          { header: 'columns.migrantConsultations.outcome', value: (r) => r.outcome },
          { header: 'columns.migrantConsultations.duration', value: (r) => r.durationMinutes },
          { header: 'columns.migrantConsultations.caller', value: (r) => r.callerName ?? '' },
          { header: 'columns.migrantConsultations.complaint', value: (r) => r.complaintTrackingCode ?? '' },
        ],
      },
    }) as never;
  });

  app.openapi(stats, async (c) => c.json(await consultations.stats(c.req.valid('query').month), 200));

  app.openapi(view, async (c) => c.json(await consultations.summary(c.req.valid('param').id), 200));

  app.openapi(contact, async (c) => c.json(await consultations.contact(staffOf(c.get('staff')), c.req.valid('param').id, c.get('requestId')), 200));

  app.openapi(toComplaint, async (c) =>
    c.json(await consultations.toComplaint(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json'), meta(c)), 201),
  );

  app.openapi(toMediation, async (c) =>
    c.json(await consultations.toMediation(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json'), meta(c)), 201),
  );

  app.openapi(toVisit, async (c) =>
    c.json(await consultations.toVisit(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json'), meta(c)), 201),
  );

  return app;
}
