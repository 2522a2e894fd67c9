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
  dispatchCreated,
  dispatchImportResult,
  dispatchQuery,
  dispatchRecord,
  dispatchReplyRequest,
  dispatchRequest,
  dispatchSummary,
  staffContactRequest,
} from './dispatches-1955.contract.ts';
import type { DispatchesService } from './dispatches-1955.service.ts';

const tags = ['migrant-workers'];
const idParams = z.object({ id: z.uuid() });
const base = '/api/v1/staff/dispatches-1955';
export const dispatchImportPath = `${base}/imports`;

const create = defineRoute(requires('migrant-dispatches.write'), {
  method: 'post',
  path: base,
  tags,
  summary: 'Enter a case dispatched by the 1955 hotline (派案) by hand',
  description: 'The reply deadline is the one the hotline set. The same dispatch number twice is a 409.',
  request: { body: jsonBody(dispatchRequest) },
  responses: { 201: jsonContent(dispatchCreated, 'Entered'), ...problemResponses(400, 401, 403, 409) },
});

const importDispatches = defineRoute(requires('migrant-dispatches.write'), {
  method: 'post',
  path: dispatchImportPath,
  tags,
  summary: 'Import the hotline’s dispatches from a CSV or JSON file (format in docs/migrant-workers.md)',
  description:
    'multipart/form-data, the file in the field `file`. One transaction; the same file twice adds nothing; each rejected row (JSON: item) is reported with its line and a reason in the caller language.',
  request: {
    body: {
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } } },
    },
  },
  responses: { 200: jsonContent(dispatchImportResult, 'What the import did'), ...problemResponses(400, 401, 403, 413) },
});

const list = defineRoute(requires('migrant-dispatches.read'), {
  method: 'get',
  path: base,
  tags,
  summary: '1955 dispatches: open, overdue (deadline passed, no reply) or replied; workers masked',
  request: { query: dispatchQuery },
  responses: { ...listResponses(dispatchSummary, 'Dispatches'), ...problemResponses(400, 401, 403, 422) },
});

const view = defineRoute(requires('migrant-dispatches.read'), {
  method: 'get',
  path: `${base}/{id}`,
  tags,
  summary: 'One dispatch as lists show it (worker masked)',
  request: { params: idParams },
  responses: { 200: jsonContent(dispatchSummary, 'The dispatch'), ...problemResponses(400, 401, 403, 404) },
});

const viewFull = defineRoute(requires('migrant-dispatches.write'), {
  method: 'get',
  path: `${base}/{id}/full`,
  tags,
  summary: 'One dispatch in full: the worker, the issue, the reply (every view audited)',
  request: { params: idParams },
  responses: { 200: jsonContent(dispatchRecord, 'In full'), ...problemResponses(400, 401, 403, 404) },
});

const reply = defineRoute(requires('migrant-dispatches.write'), {
  method: 'post',
  path: `${base}/{id}/reply`,
  tags,
  summary: "Record the city's reply to the hotline (once; audited)",
  request: { params: idParams, body: jsonBody(dispatchReplyRequest) },
  responses: {
    200: jsonContent(z.object({ state: z.enum(['replied', 'replied-late']) }), 'Replied; replied-late when after the deadline'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const setContact = defineRoute(requires('migrant-workers.supervise'), {
  method: 'put',
  path: '/api/v1/staff/migrant-staff-contacts/{staffId}',
  tags,
  summary: "Where a migrant officer's reminders go (staff accounts hold no address); audited",
  request: { params: z.object({ staffId: z.uuid() }), body: jsonBody(staffContactRequest) },
  responses: { 204: { description: 'Set' }, ...problemResponses(400, 401, 403) },
});

export function dispatchesRoutes({ dispatches, lists }: { dispatches: DispatchesService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (staff: AppEnv['Variables']['staff']) => {
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };

  app.openapi(create, async (c) =>
    c.json(await dispatches.create(staffOf(c.get('staff')), c.req.valid('json'), { requestId: c.get('requestId'), locale: c.get('locale') }), 201),
  );

  app.openapi(importDispatches, async (c) => {
    const staff = staffOf(c.get('staff'));
    const locale = c.get('locale');
    const missing = () =>
      new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'file', code: 'custom', message: translate(locale, 'validation.migrant.file.missing_dispatch') }] });
    const file = await readUploadedFile(c, { missing });
    const result = await dispatches.importFile(staff, new Uint8Array(await file.arrayBuffer()), {
      locale,
      requestId: c.get('requestId'),
      fileName: file.name.replace(/^.*[\\/]/, '').slice(0, 200),
    });
    return c.json(result, 200);
  });

  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: dispatches.list(staffOf(c.get('staff')), filters),
      params: query,
      filters,
      toItem: dispatches.toSummary,
      export: {
        name: 'dispatches-1955',
        title: 'lists.migrantDispatches',
        personalData: true,
        columns: [
          { header: 'columns.migrantDispatches.dispatchNumber', value: (d) => d.dispatchNumber },
          { header: 'columns.migrantDispatches.receivedAt', value: (d) => d.receivedAt },
          { header: 'columns.migrantDispatches.worker', value: (d) => d.workerName },
          { header: 'columns.migrantDispatches.employer', value: (d) => d.employerName, weight: 2 },
          { header: 'columns.migrantDispatches.replyDeadline', value: (d) => d.replyDeadline },
          { header: 'columns.migrantDispatches.state', value: (d) => d.state },
          { header: 'columns.migrantDispatches.assignedTo', value: (d) => d.assignedTo.displayName },
          { header: 'columns.migrantDispatches.repliedOn', value: (d) => d.repliedOn ?? '' },
        ],
      },
    }) as never;
  });

  app.openapi(view, async (c) => c.json(await dispatches.summary(c.req.valid('param').id), 200));

  app.openapi(viewFull, async (c) => c.json(await dispatches.view(staffOf(c.get('staff')), c.req.valid('param').id, c.get('requestId')), 200));

  app.openapi(reply, async (c) =>
    c.json(
      (await dispatches.reply(staffOf(c.get('staff')), c.req.valid('param').id, c.req.valid('json'), { requestId: c.get('requestId'), locale: c.get('locale') })) as {
        state: 'replied' | 'replied-late';
      },
      200,
    ),
  );

  app.openapi(setContact, async (c) => {
    const staff = staffOf(c.get('staff'));
    const { staffId } = c.req.valid('param');
    const body = c.req.valid('json');
    await dispatches.setStaffContact(staff, staffId, body, c.get('requestId'));
    return c.body(null, 204);
  });

  return app;
}
