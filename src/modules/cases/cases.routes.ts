import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { listScope } from '../../shared/scope.ts';
import {
  accessLogEntry,
  accessLogQuery,
  caseloadQuery,
  caseloadResult,
  caseQuery,
  caseRecord,
  caseSummary,
  closeRequest,
  consentRequest,
  createCaseRequest,
  createdId,
  incomingTransfer,
  jobReferralRequest,
  managerOption,
  noteRequest,
  placementRequest,
  planItemRequest,
  planItemStatusRequest,
  referralRequest,
  taskDoneRequest,
  taskRequest,
  transferAnswerRequest,
  transferRequest,
} from './cases.contract.ts';
import type { CasesService } from './cases.service.ts';

const tags = ['cases'];
const idParam = z.object({ id: z.uuid() });
const done = z.object({ ok: z.literal(true) });
const base = '/api/v1/staff/cases';

const createCase = defineRoute(requires('cases.intake'), {
  method: 'post', path: base, tags,
  summary: 'Take a case in (referral source, optional consent); 409 CASE_DUPLICATE when the person has an open case of the kind',
  request: { body: jsonBody(createCaseRequest) },
  responses: { 201: jsonContent(createdId, 'Opened'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listCases = defineRoute(requires('cases.read'), {
  method: 'get', path: base, tags,
  summary: 'Cases of the home unit (scope=city for the whole city); names masked',
  request: { query: caseQuery },
  responses: { ...listResponses(caseSummary, 'Cases'), ...problemResponses(400, 401, 403, 422) },
});
const caseloadRoute = defineRoute(requires('cases.read'), {
  method: 'get', path: `${base}/caseload`, tags,
  summary: 'The caseload per case manager or per unit: open cases, overdue tasks, days to close, share placed',
  request: { query: caseloadQuery },
  responses: { 200: jsonContent(caseloadResult, 'The caseload'), ...problemResponses(400, 401, 403) },
});
const managersRoute = defineRoute(requires('cases.handle'), {
  method: 'get', path: '/api/v1/staff/case-managers', tags,
  summary: 'Active case managers and their units, to transfer a case to',
  responses: { 200: jsonContent(z.object({ items: z.array(managerOption) }), 'Case managers'), ...problemResponses(401, 403) },
});
const incomingRoute = defineRoute(requires('cases.handle'), {
  method: 'get', path: '/api/v1/staff/case-transfers/incoming', tags,
  summary: 'Transfers waiting for the caller\'s answer',
  responses: { 200: jsonContent(z.object({ items: z.array(incomingTransfer) }), 'Incoming transfers'), ...problemResponses(401, 403) },
});
const answerTransfer = defineRoute(requires('cases.handle'), {
  method: 'post', path: '/api/v1/staff/case-transfers/{id}/answer', tags,
  summary: 'Accept a transfer (the case becomes the caller\'s) or reject it with a reason; the receiver only',
  request: { params: idParam, body: jsonBody(transferAnswerRequest) },
  responses: {
    200: jsonContent(z.object({ caseId: z.uuid(), status: z.enum(['accepted', 'rejected']) }), 'Answered'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
const viewCase = defineRoute(requires('cases.read'), {
  method: 'get', path: `${base}/{id}`, tags,
  summary: 'The whole case (in its access log); confidential notes for its case manager and supervisors only',
  request: { params: idParam },
  responses: { 200: jsonContent(caseRecord, 'The case'), ...problemResponses(400, 401, 403, 404) },
});
const accessLogRoute = defineRoute(requires('cases.supervise'), {
  method: 'get', path: `${base}/{id}/access-log`, tags,
  summary: 'Who read or changed the case, newest first (supervisors)',
  request: { params: idParam, query: accessLogQuery },
  responses: { ...listResponses(accessLogEntry, 'The access log'), ...problemResponses(400, 401, 403, 404, 422) },
});
const addConsent = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/consents`, tags,
  summary: 'Record the person\'s consent: purpose, scope and expiry',
  request: { params: idParam, body: jsonBody(consentRequest) },
  responses: { 200: jsonContent(done, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const refer = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/referrals`, tags,
  summary: 'Refer the case to another organisation: 409 CONSENT_REQUIRED without a consent of scope `referral` valid today, unless a supervisor gives overrideReason',
  request: { params: idParam, body: jsonBody(referralRequest) },
  responses: { 201: jsonContent(createdId, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const shareNote = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/notes/{noteId}/shares`, tags,
  summary: 'Share a note with another organisation: 409 CONSENT_REQUIRED without a consent of scope `share-notes`, unless a supervisor overrides',
  request: { params: idParam.extend({ noteId: z.uuid() }), body: jsonBody(referralRequest) },
  responses: { 201: jsonContent(createdId, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const addPlanItem = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/plan`, tags,
  summary: 'Add a goal or a service to the case plan',
  request: { params: idParam, body: jsonBody(planItemRequest) },
  responses: { 201: jsonContent(createdId, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const planItemStatus = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/plan/{itemId}/status`, tags,
  summary: 'Mark a plan item done, cancelled or planned',
  request: { params: idParam.extend({ itemId: z.uuid() }), body: jsonBody(planItemStatusRequest) },
  responses: { 200: jsonContent(done, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const addNote = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/notes`, tags,
  summary: 'Add a note; a confidential one is read by the case manager and supervisors only',
  request: { params: idParam, body: jsonBody(noteRequest) },
  responses: { 201: jsonContent(createdId, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const addTask = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/tasks`, tags,
  summary: 'Add a task with a due date',
  request: { params: idParam, body: jsonBody(taskRequest) },
  responses: { 201: jsonContent(createdId, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const completeTask = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/tasks/{taskId}/done`, tags,
  summary: 'Mark a task done; a follow-up after placement records employed or not-employed, from its due date on',
  request: { params: idParam.extend({ taskId: z.uuid() }), body: jsonBody(taskDoneRequest) },
  responses: { 200: jsonContent(done, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const placement = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/placement`, tags,
  summary: 'Record the placement (start date, employer): follow-ups at 1, 3 and 6 months',
  request: { params: idParam, body: jsonBody(placementRequest) },
  responses: { 200: jsonContent(done, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const transfer = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/transfers`, tags,
  summary: 'Propose a transfer to another case manager (same unit or another)',
  request: { params: idParam, body: jsonBody(transferRequest) },
  responses: { 201: jsonContent(createdId, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const close = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/close`, tags,
  summary: 'Close the case with its reason (employed-stable needs the 3-month follow-up as employed)',
  request: { params: idParam, body: jsonBody(closeRequest) },
  responses: { 200: jsonContent(done, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const jobReferral = defineRoute(requires('cases.handle'), {
  method: 'post', path: `${base}/{id}/job-referrals`, tags,
  summary: 'Refer the person to a published vacancy through the employment module (registers them as a job seeker if needed)',
  request: { params: idParam, body: jsonBody(jobReferralRequest) },
  responses: {
    201: jsonContent(z.object({ id: z.uuid(), referralId: z.uuid(), cardNumber: z.string() }), 'Referred'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export function casesRoutes({ cases, lists }: { cases: CasesService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ok = { ok: true as const };
  const rid = (c: { get(key: 'requestId'): string }) => c.get('requestId');

  app.openapi(createCase, async (c) => c.json(await cases.create(signedInStaff(c), c.req.valid('json'), rid(c)), 201));
  app.openapi(listCases, async (c) => {
    const query = c.req.valid('query');
    const staff = signedInStaff(c);
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: cases.list(staff, listScope(staff, query.scope), filters),
      params: query,
      filters,
      toItem: cases.toSummary,
      export: {
        name: 'cases',
        title: 'lists.cases',
        personalData: true,
        columns: [
          { header: 'columns.cases.caseNumber', value: (s) => s.caseNumber },
          { header: 'columns.cases.kind', value: (s) => s.kind },
          { header: 'columns.cases.status', value: (s) => s.status },
          { header: 'columns.cases.personName', value: (s) => s.personName },
          { header: 'columns.cases.manager', value: (s) => s.managerName },
          { header: 'columns.cases.openedOn', value: (s) => s.openedOn },
          { header: 'columns.cases.closedOn', value: (s) => s.closedOn ?? '' },
        ],
      },
    }) as never;
  });
  app.openapi(caseloadRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json(await cases.caseload.compute(listScope(signedInStaff(c), query.scope), query.by), 200);
  });
  app.openapi(managersRoute, async (c) => c.json({ items: await cases.transfers.managers() }, 200));
  app.openapi(incomingRoute, async (c) => c.json({ items: await cases.transfers.incoming(signedInStaff(c)) }, 200));
  app.openapi(answerTransfer, async (c) =>
    c.json(await cases.transfers.answer(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c)), 200),
  );
  app.openapi(viewCase, async (c) => c.json(await cases.view(signedInStaff(c), c.req.valid('param').id, rid(c)), 200));
  app.openapi(accessLogRoute, async (c) => {
    const query = c.req.valid('query');
    return lists.answer(c, {
      list: await cases.accessLog(signedInStaff(c), c.req.valid('param').id, rid(c)),
      params: query,
      filters: {},
      toItem: (row) => {
        const event = cases.toAccessLogEntry(row);
        return { occurredAt: event.occurredAt, actorUsername: event.actorUsername, action: event.action };
      },
      export: {
        name: 'case-access-log',
        title: 'lists.caseAccessLog',
        personalData: true,
        columns: [
          { header: 'columns.caseAccessLog.occurredAt', value: (e) => e.occurredAt },
          { header: 'columns.caseAccessLog.actor', value: (e) => e.actorUsername ?? '' },
          { header: 'columns.caseAccessLog.action', value: (e) => e.action },
        ],
      },
    }) as never;
  });

  app.openapi(addConsent, async (c) => {
    await cases.addConsent(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c));
    return c.json(ok, 200);
  });
  app.openapi(refer, async (c) =>
    c.json(await cases.disclosures.refer(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c)), 201),
  );
  app.openapi(shareNote, async (c) => {
    const { id, noteId } = c.req.valid('param');
    return c.json(await cases.disclosures.shareNote(signedInStaff(c), id, noteId, c.req.valid('json'), rid(c)), 201);
  });
  app.openapi(addPlanItem, async (c) =>
    c.json(await cases.work.addPlanItem(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c)), 201),
  );
  app.openapi(planItemStatus, async (c) => {
    const { id, itemId } = c.req.valid('param');
    await cases.work.setPlanItemStatus(signedInStaff(c), id, itemId, c.req.valid('json').status, rid(c));
    return c.json(ok, 200);
  });
  app.openapi(jobReferral, async (c) => c.json(await cases.work.referToVacancy(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').vacancyId, rid(c)), 201));
  app.openapi(addNote, async (c) =>
    c.json(await cases.work.addNote(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c)), 201),
  );
  app.openapi(addTask, async (c) =>
    c.json(await cases.work.addTask(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c)), 201),
  );
  app.openapi(completeTask, async (c) => {
    const { id, taskId } = c.req.valid('param');
    await cases.work.completeTask(signedInStaff(c), id, taskId, c.req.valid('json').outcome, rid(c));
    return c.json(ok, 200);
  });
  app.openapi(placement, async (c) => {
    await cases.work.recordPlacement(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c));
    return c.json(ok, 200);
  });
  app.openapi(transfer, async (c) =>
    c.json(await cases.transfers.request(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c)), 201),
  );
  app.openapi(close, async (c) => {
    await cases.work.close(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), rid(c));
    return c.json(ok, 200);
  });
  return app;
}
