import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { readUploadedFile } from '../../shared/http/body-guards.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyAccount, defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { AppError } from '../../shared/errors.ts';
import type { ProgramPaymentsService } from './programs.payments.ts';
import type { ProgramRecoveries } from './programs.recoveries.ts';
import {
  batchDetail,
  batchQuery,
  batchRequest,
  batchSummary,
  ownPayment,
  payeeInput,
  payeeView,
  pendingPayment,
  pendingQuery,
  recoveryDetail,
  recoveryQuery,
  recoveryRequest,
  recoverySummary,
  repaymentRequest,
  resultsRequest,
  resultsResponse,
  writeOffRequest,
} from './programs.payments.contract.ts';

const tags = ['programs'];
const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });

const getPayee = defineRoute(requires('programs.pay'), {
  method: 'get', path: '/api/v1/staff/applications/{id}/payee', tags, summary: 'Where an application is paid to (name and account number masked)',
  request: { params: idParam },
  responses: { 200: jsonContent(payeeView.nullable(), 'Payee, or null'), ...problemResponses(401, 403) },
});
const setPayee = defineRoute(requires('programs.pay'), {
  method: 'put', path: '/api/v1/staff/applications/{id}/payee', tags, summary: 'Record where an approved application is paid to (bank account: in the body, never in a URL)',
  request: { params: idParam, body: jsonBody(payeeInput) },
  responses: { 204: { description: 'Recorded' }, ...problemResponses(400, 401, 403, 404, 409) },
});
const listPending = defineRoute(requires('programs.pay'), {
  method: 'get', path: '/api/v1/staff/payments/pending', tags, summary: 'Approved, unpaid payments in no open batch (a returned one again)',
  request: { query: pendingQuery },
  responses: { 200: jsonContent(z.array(pendingPayment), 'Pending payments'), ...problemResponses(400, 401, 403) },
});
const createBatch = defineRoute(requires('programs.pay'), {
  method: 'post', path: '/api/v1/staff/payment-batches', tags, summary: 'Gather pending payments into a batch (the maker)',
  description: 'Each payment must be approved, unpaid, with its payee, and in no open batch: otherwise 409 PAYMENT_NOT_PENDING. Two staff batching the same payment at once: one wins.',
  request: { body: jsonBody(batchRequest) },
  responses: { 201: jsonContent(created.extend({ number: z.string() }), 'Batch'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listBatches = defineRoute(requires('programs.pay'), {
  method: 'get', path: '/api/v1/staff/payment-batches', tags, summary: 'Payment batches with their totals',
  request: { query: batchQuery },
  responses: { ...listResponses(batchSummary, 'Batches'), ...problemResponses(400, 401, 403, 422) },
});
const getBatch = defineRoute(requires('programs.pay'), {
  method: 'get', path: '/api/v1/staff/payment-batches/{id}', tags, summary: 'A batch and its lines (payees and account numbers masked)',
  request: { params: idParam },
  responses: { 200: jsonContent(batchDetail, 'Batch'), ...problemResponses(401, 403, 404) },
});
const approveBatch = defineRoute(requires('programs.pay'), {
  method: 'post', path: '/api/v1/staff/payment-batches/{id}/approve', tags, summary: 'Second approval of a batch (never by who gathered it: 403 MAKER_CANNOT_CHECK)',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), status: z.literal('approved') }), 'Approved'), ...problemResponses(401, 403, 404, 409) },
});
const exportBatch = defineRoute(requires('programs.pay'), {
  method: 'get', path: '/api/v1/staff/payment-batches/{id}/file.csv', tags,
  summary: 'The bank file of an approved batch (CSV, UTF-8 with BOM; layout in docs/programs.md). Full account numbers: audited.',
  request: { params: idParam },
  responses: { 200: { description: 'text/csv' }, ...problemResponses(401, 403, 404, 409) },
});
const recordResults = defineRoute(requires('programs.pay'), {
  method: 'post', path: '/api/v1/staff/payment-batches/{id}/results', tags, summary: 'Record the bank’s result of exported lines: paid, or returned with a reason',
  request: { params: idParam, body: jsonBody(resultsRequest) },
  responses: { 200: jsonContent(resultsResponse, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const importResults = defineRoute(requires('programs.pay'), {
  method: 'post', path: '/api/v1/staff/payment-batches/{id}/results/import', tags,
  summary: 'Import the bank’s result file (CSV: batch_number,line,result,reason)',
  description: 'multipart/form-data with the file in the field `file`. Every row is checked before any is applied.',
  request: {
    params: idParam,
    body: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } } } },
  },
  responses: { 200: jsonContent(resultsResponse, 'Recorded'), ...problemResponses(400, 401, 403, 404, 409, 413) },
});
const openRecovery = defineRoute(requires('programs.recover'), {
  method: 'post', path: '/api/v1/staff/program-recoveries', tags, summary: 'Open a recovery of an overpayment (at most what was paid); the applicant is notified',
  request: { body: jsonBody(recoveryRequest) },
  responses: { 201: jsonContent(created.extend({ noticeQueued: z.boolean() }), 'Opened'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listRecoveries = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/program-recoveries', tags, summary: 'Recoveries (applicants masked)',
  request: { query: recoveryQuery },
  responses: { ...listResponses(recoverySummary, 'Recoveries'), ...problemResponses(400, 401, 403, 422) },
});
const getRecovery = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/program-recoveries/{id}', tags, summary: 'A recovery with its repayments',
  request: { params: idParam },
  responses: { 200: jsonContent(recoveryDetail, 'Recovery'), ...problemResponses(401, 403, 404) },
});
const recoveryAnswer = z.object({ id: z.uuid(), status: z.string() });
const repay = defineRoute(requires('programs.recover'), {
  method: 'post', path: '/api/v1/staff/program-recoveries/{id}/repayments', tags, summary: 'Record a repayment (partial allowed, at most what is outstanding)',
  request: { params: idParam, body: jsonBody(repaymentRequest) },
  responses: { 201: jsonContent(recoveryAnswer.extend({ outstandingTwd: z.int() }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const requestWriteOff = defineRoute(requires('programs.recover'), {
  method: 'post', path: '/api/v1/staff/program-recoveries/{id}/write-off', tags, summary: 'Ask for a write-off (a second person approves it)',
  request: { params: idParam, body: jsonBody(writeOffRequest) },
  responses: { 200: jsonContent(recoveryAnswer, 'Asked'), ...problemResponses(400, 401, 403, 404, 409) },
});
const approveWriteOff = defineRoute(requires('programs.recover'), {
  method: 'post', path: '/api/v1/staff/program-recoveries/{id}/write-off/approve', tags, summary: 'Approve a write-off (never by who asked for it: 403 MAKER_CANNOT_CHECK)',
  request: { params: idParam },
  responses: { 200: jsonContent(recoveryAnswer, 'Written off'), ...problemResponses(401, 403, 404, 409) },
});
const minePayments = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/program-payments', tags, summary: 'The payment status of the account’s approved applications, and any recovery',
  responses: { 200: jsonContent(z.array(ownPayment), 'Payments'), ...problemResponses(401) },
});

export function programPaymentsRoutes({ payments, recoveries, lists }: { payments: ProgramPaymentsService; recoveries: ProgramRecoveries; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getPayee, async (c) => c.json(await payments.payee(c.req.valid('param').id), 200));
  app.openapi(setPayee, async (c) => {
    await payments.setPayee(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(listPending, async (c) => c.json(await payments.pending(c.req.valid('query'), c.get('locale')), 200));
  app.openapi(createBatch, async (c) => c.json(await payments.createBatch(signedInStaff(c), c.req.valid('json').applicationIds, c.get('requestId')), 201));
  app.openapi(listBatches, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: payments.list(filters),
      params: query,
      filters,
      toItem: payments.toSummary,
      export: {
        name: 'payment-batches',
        title: 'lists.paymentBatches',
        personalData: false,
        columns: [
          { header: 'columns.paymentBatches.number', value: (b) => b.number },
          { header: 'columns.paymentBatches.status', value: (b) => b.status },
          { header: 'columns.paymentBatches.programs', value: (b) => b.programCodes.join(' '), weight: 2 },
          { header: 'columns.paymentBatches.lines', value: (b) => b.lines },
          { header: 'columns.paymentBatches.totalTwd', value: (b) => b.totalTwd },
          { header: 'columns.paymentBatches.paidTwd', value: (b) => b.paidTwd },
          { header: 'columns.paymentBatches.preparedAt', value: (b) => b.preparedAt },
        ],
      },
    }) as never;
  });
  app.openapi(getBatch, async (c) => c.json(await payments.detail(signedInStaff(c), c.req.valid('param').id), 200));
  app.openapi(approveBatch, async (c) => c.json(await payments.approve(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(exportBatch, async (c) => {
    const file = await payments.exportFile(signedInStaff(c), c.req.valid('param').id, c.get('requestId'));
    return new Response(file.content, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
        // Bank data: never kept by a browser or proxy cache.
        'cache-control': 'no-store',
      },
    }) as never;
  });
  app.openapi(recordResults, async (c) => c.json(await payments.recordResults(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').results, c.get('requestId')), 200));
  app.openapi(importResults, async (c) => {
    const staff = signedInStaff(c);
    const file = await readUploadedFile(c, { missing: () => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'file', code: 'custom', message: 'validation.programs.resultFile' }] }) });
    return c.json(await payments.importResults(staff, c.req.valid('param').id, new Uint8Array(await file.arrayBuffer()), c.get('requestId')), 200);
  });
  app.openapi(openRecovery, async (c) => c.json(await recoveries.open(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listRecoveries, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    const locale = c.get('locale');
    return lists.answer(c, {
      list: recoveries.list(filters),
      params: query,
      filters,
      toItem: recoveries.toSummary(locale),
      export: {
        name: 'program-recoveries',
        title: 'lists.recoveries',
        personalData: true,
        columns: [
          { header: 'columns.recoveries.programName', value: (r) => r.programName, weight: 2 },
          { header: 'columns.recoveries.applicant', value: (r) => r.applicant },
          { header: 'columns.recoveries.amountTwd', value: (r) => r.amountTwd },
          { header: 'columns.recoveries.recoveredTwd', value: (r) => r.recoveredTwd },
          { header: 'columns.recoveries.dueOn', value: (r) => r.dueOn },
          { header: 'columns.recoveries.status', value: (r) => r.status },
        ],
      },
    }) as never;
  });
  app.openapi(getRecovery, async (c) => c.json(await recoveries.detail(signedInStaff(c), c.req.valid('param').id, c.get('locale')), 200));
  app.openapi(repay, async (c) => c.json(await recoveries.repay(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(requestWriteOff, async (c) => c.json(await recoveries.requestWriteOff(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').reason, c.get('requestId')), 200));
  app.openapi(approveWriteOff, async (c) => c.json(await recoveries.approveWriteOff(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(minePayments, async (c) => {
    const account = c.get('account');
    if (!account) throw new AppError('UNAUTHENTICATED');
    return c.json(await payments.ownPayments(account), 200);
  });
  return app;
}
