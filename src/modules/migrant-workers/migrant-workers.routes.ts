import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { readUploadedFile } from '../../shared/http/body-guards.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { translate } from '../../shared/i18n/translate.ts';
import {
  createdWorker,
  createWorkerRequest,
  districtOfficerRequest,
  importResult,
  indicator8,
  indicatorQuery,
  reassignRequest,
  statusChange,
  taskQuery,
  visitCreated,
  visitRequest,
  visitTask,
  workerQuery,
  workerRecord,
  workerSummary,
} from './migrant-workers.contract.ts';
import { importTemplate } from './migrant-workers.csv.ts';
import { computeIndicator8 } from './migrant-workers.indicator.ts';
import type { MigrantWorkersService } from './migrant-workers.service.ts';
import type { VisitsService } from './migrant-workers.visits.ts';
import type { Db } from '../../db/client.ts';

const tags = ['migrant-workers'];
const idParams = z.object({ id: z.uuid() });
export const migrantImportPath = '/api/v1/staff/migrant-workers/imports';

const createWorker = defineRoute(requires('migrant-workers.write'), {
  method: 'post',
  path: '/api/v1/staff/migrant-workers',
  tags,
  summary: 'Register a foreign worker (a person of the people module) and their visit task',
  description: 'The resident certificate number may be in the old (two letters) or the 2021 format (a letter, 8 or 9); its check digit is verified.',
  request: { body: jsonBody(createWorkerRequest) },
  responses: { 201: jsonContent(createdWorker, 'Registered; the visit is due on visitDueOn'), ...problemResponses(400, 401, 403, 409) },
});

const listWorkers = defineRoute(requires('migrant-workers.read'), {
  method: 'get',
  path: '/api/v1/staff/migrant-workers',
  tags,
  summary: 'Foreign workers, names and numbers masked, newest arrivals first',
  request: { query: workerQuery },
  responses: { ...listResponses(workerSummary, 'Workers'), ...problemResponses(400, 401, 403, 422) },
});

const viewWorker = defineRoute(requires('migrant-workers.read-full'), {
  method: 'get',
  path: '/api/v1/staff/migrant-workers/{id}',
  tags,
  summary: "A worker's full record (every view audited)",
  request: { params: idParams },
  responses: { 200: jsonContent(workerRecord, 'The record'), ...problemResponses(400, 401, 403, 404) },
});

const changeStatus = defineRoute(requires('migrant-workers.write'), {
  method: 'post',
  path: '/api/v1/staff/migrant-workers/{id}/status',
  tags,
  summary: "Change a worker's status (transferred, contract ended, left Taiwan, out of contact) from a day",
  request: { params: idParams, body: jsonBody(statusChange) },
  responses: { 204: { description: 'Changed' }, ...problemResponses(400, 401, 403, 404) },
});

const importWorkers = defineRoute(requires('migrant-workers.write'), {
  method: 'post',
  path: migrantImportPath,
  tags,
  summary: 'Import workers from a CSV file (columns in docs/migrant-workers.md); the same file twice adds nothing',
  description: 'multipart/form-data, the file in the field `file`. Valid rows are imported in one transaction; each rejected row is reported with its line and a reason in the caller language.',
  request: {
    body: {
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } } },
    },
  },
  responses: { 200: jsonContent(importResult, 'What the import did'), ...problemResponses(400, 401, 403, 413) },
});

const template = defineRoute(requires('migrant-workers.write'), {
  method: 'get',
  path: '/api/v1/staff/migrant-workers/import-template',
  tags,
  summary: 'The CSV template: the header and two example rows',
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problemResponses(401, 403) },
});

const listTasks = defineRoute(requires('migrant-workers.read'), {
  method: 'get',
  path: '/api/v1/staff/visit-tasks',
  tags,
  summary: 'Visit tasks: due within 14 days, overdue, or done',
  request: { query: taskQuery },
  responses: { ...listResponses(visitTask, 'Visit tasks'), ...problemResponses(400, 401, 403, 422) },
});

const viewTask = defineRoute(requires('migrant-workers.read'), {
  method: 'get',
  path: '/api/v1/staff/visit-tasks/{id}',
  tags,
  summary: 'One visit task (what the field app keeps offline)',
  request: { params: idParams },
  responses: { 200: jsonContent(visitTask, 'The task'), ...problemResponses(400, 401, 403, 404) },
});

const recordVisit = defineRoute(requires('migrant-workers.write'), {
  method: 'post',
  path: '/api/v1/staff/visit-tasks/{id}/visits',
  tags,
  summary: 'Record a visit; a finding of a kept passport, unpaid wages or a raised complaint opens a complaint',
  description: 'Send `taskVersion` as the task was seen: 409 TASK_REASSIGNED when it has been reassigned since. A repeated `clientId` returns the visit already stored (200).',
  request: { params: idParams, body: jsonBody(visitRequest) },
  responses: {
    201: jsonContent(visitCreated.extend({ complaintTrackingCode: z.string().nullable() }), 'Recorded'),
    200: jsonContent(visitCreated.extend({ complaintTrackingCode: z.string().nullable() }), 'Already recorded (same clientId)'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const reassignTask = defineRoute(requires('migrant-workers.supervise'), {
  method: 'post',
  path: '/api/v1/staff/visit-tasks/{id}/assignment',
  tags,
  summary: 'Reassign an open visit task to another migrant officer (audited)',
  request: { params: idParams, body: jsonBody(reassignRequest) },
  responses: { 204: { description: 'Reassigned' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const setDistrictOfficer = defineRoute(requires('migrant-workers.supervise'), {
  method: 'put',
  path: '/api/v1/staff/migrant-visit-districts/{districtCode}',
  tags,
  summary: "Name a work district's migrant officer; its unassigned open tasks go to them",
  request: { params: z.object({ districtCode: z.string().regex(/^\d{8}$/) }), body: jsonBody(districtOfficerRequest) },
  responses: { 200: jsonContent(z.object({ assigned: z.number().int() }), 'Named'), ...problemResponses(400, 401, 403, 404) },
});

const indicator = defineRoute(requires('migrant-workers.indicator'), {
  method: 'get',
  path: '/api/v1/staff/migrant-workers/indicator-8',
  tags,
  summary: 'Indicator 8: new arrivals visited within 3 months ÷ new arrivals × 100, by period of arrival',
  request: { query: indicatorQuery },
  responses: { 200: jsonContent(indicator8, 'The indicator'), ...problemResponses(400, 401, 403) },
});

export function migrantWorkersRoutes({ db, workers, visits, lists }: { db: Db; workers: MigrantWorkersService; visits: VisitsService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (staff: AppEnv['Variables']['staff']) => {
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };

  app.openapi(createWorker, async (c) => c.json(await workers.create(staffOf(c.get('staff')), c.req.valid('json'), c.get('requestId')), 201));

  // Declared before /{id} so that the fixed paths are not read as ids.
  app.openapi(template, async () =>
    new Response(importTemplate(), {
      status: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="migrant-workers-template.csv"' },
    }) as never,
  );

  app.openapi(indicator, async (c) => {
    const query = c.req.valid('query');
    if (query.to < query.from) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'to', code: 'custom', message: 'validation.migrant.period' }] });
    }
    return c.json(await computeIndicator8(db, { ...query, asOf: visits.today() }), 200);
  });

  app.openapi(listWorkers, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: workers.list(filters),
      params: query,
      filters,
      toItem: workers.toSummary,
      export: {
        name: 'migrant-workers',
        title: 'lists.migrantWorkers',
        personalData: true,
        columns: [
          { header: 'columns.migrantWorkers.name', value: (w) => w.name },
          { header: 'columns.migrantWorkers.residentCertificateNumber', value: (w) => w.residentCertificateNumber },
          { header: 'columns.migrantWorkers.nationality', value: (w) => w.nationality },
          { header: 'columns.migrantWorkers.jobCategory', value: (w) => w.jobCategory },
          { header: 'columns.migrantWorkers.employer', value: (w) => w.employerName, weight: 2 },
          { header: 'columns.migrantWorkers.arrivalDate', value: (w) => w.arrivalDate },
          { header: 'columns.migrantWorkers.visitDueOn', value: (w) => w.visitDueOn },
          { header: 'columns.migrantWorkers.districtCode', value: (w) => w.districtCode },
          { header: 'columns.migrantWorkers.status', value: (w) => w.status },
        ],
      },
    }) as never;
  });

  app.openapi(importWorkers, async (c) => {
    const staff = staffOf(c.get('staff'));
    const locale = c.get('locale');
    const missing = () =>
      new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'file', code: 'custom', message: translate(locale, 'validation.migrant.file.missing') }] });
    const file = await readUploadedFile(c, { missing });
    const result = await workers.importCsv(staff, new Uint8Array(await file.arrayBuffer()), {
      locale,
      requestId: c.get('requestId'),
      fileName: file.name.replace(/^.*[\\/]/, '').slice(0, 200),
    });
    return c.json(result, 200);
  });

  app.openapi(viewWorker, async (c) => c.json(await workers.view(staffOf(c.get('staff')), c.req.valid('param').id, c.get('requestId')), 200));

  app.openapi(changeStatus, async (c) => {
    await workers.changeStatus(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json'), c.get('requestId'));
    return c.body(null, 204);
  });

  app.openapi(listTasks, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: visits.list(staffOf(c.get('staff')), filters),
      params: query,
      filters,
      toItem: visits.toTask,
      export: {
        name: 'visit-tasks',
        title: 'lists.visitTasks',
        personalData: true,
        columns: [
          { header: 'columns.visitTasks.workerName', value: (t) => t.workerName },
          { header: 'columns.visitTasks.nationality', value: (t) => t.nationality },
          { header: 'columns.visitTasks.arrivalDate', value: (t) => t.arrivalDate },
          { header: 'columns.visitTasks.dueOn', value: (t) => t.dueOn },
          { header: 'columns.visitTasks.districtCode', value: (t) => t.districtCode },
          { header: 'columns.visitTasks.assignedTo', value: (t) => t.assignedTo?.displayName ?? '' },
        ],
      },
    }) as never;
  });

  app.openapi(viewTask, async (c) => c.json(await visits.task(c.req.valid('param').id), 200));

  app.openapi(recordVisit, async (c) => {
    const { replayed, ...result } = await visits.record(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json'), {
      requestId: c.get('requestId'),
      locale: c.get('locale'),
    });
    return c.json(result, replayed ? 200 : 201);
  });

  app.openapi(reassignTask, async (c) => {
    await visits.reassign(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json').officerId, c.get('requestId'));
    return c.body(null, 204);
  });

  app.openapi(setDistrictOfficer, async (c) =>
    c.json(await visits.setDistrictOfficer(staffOf(c.get('staff')), c.req.valid('param').districtCode, c.req.valid('json').officerId, c.get('requestId')), 200),
  );

  return app;
}
