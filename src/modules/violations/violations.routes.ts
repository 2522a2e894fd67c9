import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readUploadedFile } from '../../shared/http/body-guards.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import type { RateLimiter } from '../../shared/http/rate-limit.ts';
import { defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { translate } from '../../shared/i18n/translate.ts';
import {
  employerViolations,
  idParam,
  importResult,
  importStarted,
  importSummary,
  inspectionInput,
  inspectionQuery,
  inspectionRecord,
  publishInput,
  violationPage,
  violationQuery,
  violationVersions,
  withdrawalInput,
  decisionQuery,
  decisionRecord,
  type ViolationItem,
} from './violations.contract.ts';
import { csvField } from './violations.csv.ts';
import { attachmentDisposition, downloadName } from './violations.download-name.ts';
import { taipeiDay } from './violations.records.ts';
import { expectedHeaders } from './violations.rows.ts';
import { importSortKeys, type ViolationFilters, type ViolationsService } from './violations.service.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';

export const violationsImportPath = '/api/v1/violations/imports';
/** The largest file an upload takes: the national 勞基法 file is a few MB; this leaves room. */
export const violationsImportLimitBytes = 32 * 1024 * 1024;
/** Up to this many rows a file is imported within the request (a few seconds); larger ones in the background. */
export const violationsInlineImportRows = 20_000;

const tags = ['violations'];

const csvResponse = (description: string) => ({ description, content: { 'text/csv': { schema: z.string() } } });

const searchViolations = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/violations',
  tags,
  summary: 'Search employers that violated labor law (違反勞動法令事業單位), newest first',
  description: 'With `format=csv` the answer is every matching record as a CSV download (UTF-8 with BOM, opens in Excel).',
  request: { query: violationQuery },
  responses: {
    200: {
      description: 'A page of records, or a CSV download',
      content: { 'application/json': { schema: violationPage }, 'text/csv': { schema: z.string() } },
    },
    ...problemResponses(400, 429),
  },
});

const downloadCsv = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/violations.csv',
  tags,
  summary: 'Every record matching the filters, as CSV (the MOL column names, so the file imports back)',
  request: { query: violationQuery },
  responses: { 200: csvResponse('CSV, UTF-8 with BOM'), ...problemResponses(400, 429) },
});

const downloadJson = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/violations.json',
  tags,
  summary: 'Every record matching the filters, as a JSON array download',
  request: { query: violationQuery },
  responses: { 200: jsonContent(z.array(violationPage.shape.items.element), 'Records'), ...problemResponses(400, 429) },
});

const employerPage = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/violations/employers/{key}',
  tags,
  summary: "One employer's published records (all names it was published under)",
  request: { params: z.object({ key: z.string().min(1).max(200) }) },
  responses: { 200: jsonContent(employerViolations, 'The records'), ...problemResponses(404) },
});

const importFile = defineRoute(requires('violations.import'), {
  method: 'post',
  path: violationsImportPath,
  tags,
  summary: 'Import a MOL open-data CSV file (UTF-8 or Big5); the same rows imported again add nothing',
  description: `multipart/form-data with the file in the field \`file\`, up to ${violationsImportLimitBytes / 1024 / 1024} MB. Valid rows are written in short transactions and published together (none show until all are written); each rejected row is reported with its line number and a reason. Audited.`,
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        },
      },
    },
  },
  responses: {
    200: jsonContent(importResult, 'What the import did'),
    202: jsonContent(importStarted, `A file of more than ${violationsInlineImportRows.toLocaleString('en-US')} rows: the import goes on in the background; the import history shows its progress`),
    ...problemResponses(400, 401, 403, 409, 413),
  },
});

const listImports = defineRoute(requires('violations.import'), {
  method: 'get',
  path: '/api/v1/staff/violations/imports',
  tags,
  summary: 'Past imports, newest first',
  request: { query: listParams(importSortKeys) },
  responses: { ...listResponses(importSummary, 'Imports'), ...problemResponses(400, 401, 403, 422) },
});

const listDecisions = defineRoute(requires('violations.import'), {
  method: 'get',
  path: '/api/v1/staff/violations/decisions',
  tags,
  summary: "The ministry's decisions held, published or withdrawn (to find one and withdraw it)",
  request: { query: decisionQuery },
  responses: { ...listResponses(decisionRecord, 'Decisions'), ...problemResponses(400, 401, 403, 422) },
});

const withdrawRecord = defineRoute(requires('violations.import'), {
  method: 'post',
  path: '/api/v1/staff/violations/{id}/withdrawal',
  tags,
  summary: 'Withdraw a published decision from publication (revoked on appeal), with the reason (audited)',
  request: { params: idParam, body: jsonBody(withdrawalInput) },
  responses: { 204: { description: 'Withdrawn' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const recordVersions = defineRoute(requires('violations.import'), {
  method: 'get',
  path: '/api/v1/staff/violations/{id}/versions',
  tags,
  summary: 'A decision as it is now, whether it is withdrawn, and what it said before later files changed it',
  request: { params: idParam },
  responses: { 200: jsonContent(violationVersions, 'The versions'), ...problemResponses(400, 401, 403, 404) },
});

const listInspections = defineRoute(requires('violations.record'), {
  method: 'get',
  path: '/api/v1/staff/violations/inspections',
  tags,
  summary: "The bureau's own inspection results (最新勞動檢查結果), drafts first",
  request: { query: inspectionQuery },
  responses: { ...listResponses(inspectionRecord, 'Inspection results'), ...problemResponses(400, 401, 403, 422) },
});

const createInspection = defineRoute(requires('violations.record'), {
  method: 'post',
  path: '/api/v1/staff/violations/inspections',
  tags,
  summary: 'Record an inspection result as a draft (audited)',
  request: { body: jsonBody(inspectionInput) },
  responses: { 201: jsonContent(inspectionRecord, 'The draft'), ...problemResponses(400, 401, 403) },
});

const viewInspection = defineRoute(requires('violations.record'), {
  method: 'get',
  path: '/api/v1/staff/violations/inspections/{id}',
  tags,
  summary: 'One inspection result',
  request: { params: idParam },
  responses: { 200: jsonContent(inspectionRecord, 'The record'), ...problemResponses(400, 401, 403, 404) },
});

const updateInspection = defineRoute(requires('violations.record'), {
  method: 'put',
  path: '/api/v1/staff/violations/inspections/{id}',
  tags,
  summary: 'Correct an inspection result, draft or published (audited with the fields changed)',
  request: { params: idParam, body: jsonBody(inspectionInput) },
  responses: { 200: jsonContent(inspectionRecord, 'The record'), ...problemResponses(400, 401, 403, 404) },
});

const publishInspection = defineRoute(requires('violations.record'), {
  method: 'post',
  path: '/api/v1/staff/violations/inspections/{id}/publish',
  tags,
  summary: 'Publish a draft: it appears in the public search (audited)',
  request: { params: idParam, body: jsonBody(publishInput) },
  responses: { 200: jsonContent(inspectionRecord, 'The published record'), ...problemResponses(400, 401, 403, 404, 409) },
});

const csvColumns = ['主管機關', '公告日期', '處分日期', '處分字號', '事業單位名稱或負責人', '違法法規法條', '違反法規內容', '罰鍰金額', '備註說明', '法規', '金額性質'];

/** A cell for a spreadsheet: a leading = + - @ would run as a formula in Excel, so it gets a quote mark. */
function safeCell(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

function csvLine(item: ViolationItem): string {
  return (
    [
      item.authority ?? '',
      item.announcedOn,
      item.decidedOn ?? '',
      item.decisionNumber ?? '',
      item.employerName,
      item.articles.join(';'),
      item.violations.join(';'),
      item.fine === null ? '' : String(item.fine),
      item.note ?? '',
      item.law ?? '',
      item.fineKind === 'fine' ? '罰鍰' : '罰鍰或滯納金',
    ]
      .map(safeCell)
      .join(',') + '\r\n'
  );
}

async function download(
  c: Context<AppEnv>,
  chunks: AsyncGenerator<string>,
  contentType: string,
  fileName: string,
): Promise<Response> {
  const encoder = new TextEncoder();
  // The first two pieces (the header line and the first page of rows) are read before answering, so a
  // failing first query becomes a problem+json answer instead of a download cut off after its 200.
  const ready: string[] = [];
  for (let piece = 0; piece < 2; piece += 1) {
    const next = await chunks.next();
    if (next.done) break;
    ready.push(next.value);
  }
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const waiting = ready.shift();
      if (waiting !== undefined) {
        controller.enqueue(encoder.encode(waiting));
        return;
      }
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return c.body(body, 200, {
    'content-type': contentType,
    'content-disposition': attachmentDisposition(fileName),
    'cache-control': 'no-store',
  });
}

async function* csvChunks(service: ViolationsService, filters: ViolationFilters): AsyncGenerator<string> {
  // The BOM tells Excel the file is UTF-8; without it Chinese opens as mojibake.
  yield `\uFEFF${csvColumns.join(',')}\r\n`;
  for await (const items of service.exportAll(filters)) yield items.map(csvLine).join('');
}

async function* jsonChunks(service: ViolationsService, filters: ViolationFilters): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const items of service.exportAll(filters)) {
    yield (first ? '\n' : ',\n') + items.map((item) => JSON.stringify(item)).join(',\n');
    first = false;
  }
  yield '\n]\n';
}

const filtersOf = (query: z.infer<typeof violationQuery>): ViolationFilters => ({
  q: query.q,
  law: query.law,
  article: query.article,
  from: query.from,
  to: query.to,
});

export function violationsRoutes(deps: {
  violations: ViolationsService;
  now: () => number;
  downloadLimiter: RateLimiter;
  importLimitBytes?: number;
  /** Files with more valid rows than this are imported in the background (202). */
  inlineImportRows?: number;
  lists: ListResponder;
}) {
  const { violations } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const today = () => taipeiDay.format(new Date(deps.now()));
  const limitBytes = deps.importLimitBytes ?? violationsImportLimitBytes;
  const checkDownload = async (c: Context<AppEnv>) => {
    const wait = await deps.downloadLimiter.hit(`violations-download:${c.get('clientIp')}`, deps.now());
    if (wait > 0) throw new AppError('RATE_LIMITED', { params: { seconds: wait }, headers: { 'retry-after': String(wait) } });
  };
  app.use(
    violationsImportPath,
    bodyLimit({
      maxSize: limitBytes,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: limitBytes } });
      },
    }),
  );

  app.openapi(searchViolations, async (c) => {
    const query = c.req.valid('query');
    if (query.format === 'csv') {
      await checkDownload(c);
      return download(c, csvChunks(violations, filtersOf(query)), 'text/csv; charset=utf-8', downloadName(filtersOf(query), today(), 'csv')) as never;
    }
    return c.json(await violations.search({ ...filtersOf(query), page: query.page, pageSize: query.pageSize, after: query.after }), 200);
  });
  app.openapi(downloadCsv, async (c) => {
    await checkDownload(c);
    return download(c, csvChunks(violations, filtersOf(c.req.valid('query'))), 'text/csv; charset=utf-8', downloadName(filtersOf(c.req.valid('query')), today(), 'csv')) as never;
  });
  app.openapi(downloadJson, async (c) => {
    await checkDownload(c);
    return download(c, jsonChunks(violations, filtersOf(c.req.valid('query'))), 'application/json; charset=utf-8', downloadName(filtersOf(c.req.valid('query')), today(), 'json')) as never;
  });
  app.openapi(employerPage, async (c) => c.json(await violations.employer(c.req.valid('param').key), 200));

  app.openapi(importFile, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    const locale = c.get('locale');
    const fileIssue = (code: string, params: Record<string, string | number> = {}) =>
      new AppError('VALIDATION_FAILED', {
        fieldIssues: [{ field: 'file', code, message: translate(locale, `validation.violations.file.${code}`, params) }],
      });
    // A handful of parts at most, counted before parsing; reserved names refused (issue 16, findings 6, 12).
    const file = await readUploadedFile(c, { missing: () => fileIssue('missing') });
    // A large file goes on in the background (issue 16, finding 1): the answer is 202 with the import's id,
    // and the import history shows its progress. Its rows show all at once when it is published; if the
    // server stops first, nothing of it is published and the file is uploaded again.
    let began: (started: { importId: number; rows: number }) => void = () => undefined;
    const started = new Promise<{ importId: number; rows: number }>((resolve) => (began = resolve));
    const running = violations.importFile({
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name.replace(/^.*[\\/]/, ''),
      actor: staff,
      channel: 'upload',
      requestId: c.get('requestId'),
      onBegin: (importId, rows) => began({ importId, rows }),
    });
    const first = await Promise.race([running.then(() => undefined), started]);
    if (first && first.rows > (deps.inlineImportRows ?? violationsInlineImportRows)) {
      const log = c.get('log');
      running.catch((error: unknown) => log.error({ importId: first.importId, err: { message: (error as Error).message } }, 'violations import failed'));
      return c.json({ importId: first.importId, state: 'staging' as const, rows: first.rows }, 202);
    }
    const outcome = await running;
    if (!outcome.ok) throw fileIssue(outcome.reason, { columns: expectedHeaders(outcome.missing) });
    const { ok: _ok, fileName: _fileName, ...result } = outcome;
    return c.json(result, 200);
  });

  app.openapi(listImports, async (c) =>
    deps.lists.answer(c, {
      list: violations.importList(),
      params: c.req.valid('query'),
      filters: {},
      toItem: violations.toImportSummary,
      export: {
        name: 'violation-imports',
        title: 'lists.violationImports',
        // Staff usernames and file names only.
        personalData: false,
        columns: [
          { header: 'columns.violationImports.createdAt', value: (i) => i.createdAt },
          { header: 'columns.violationImports.actor', value: (i) => i.actorUsername },
          { header: 'columns.violationImports.fileName', value: (i) => i.fileName, weight: 2 },
          { header: 'columns.violationImports.rowsRead', value: (i) => i.rowsRead },
          { header: 'columns.violationImports.imported', value: (i) => i.imported },
          { header: 'columns.violationImports.rejected', value: (i) => i.rejected },
        ],
      },
    }) as never,
  );
  app.openapi(listInspections, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: violations.inspectionList({ status: query.status }),
      params: query,
      filters: { status: query.status },
      toItem: violations.toInspection,
      export: {
        name: 'violation-inspections',
        title: 'lists.violationInspections',
        // A responsible person's name may be a person's (事業單位名稱或負責人).
        personalData: true,
        columns: [
          { header: 'columns.violationInspections.status', value: (r) => r.status },
          { header: 'columns.violationInspections.employerName', value: (r) => r.employerName, weight: 2 },
          { header: 'columns.violationInspections.decidedOn', value: (r) => r.decidedOn },
          { header: 'columns.violationInspections.decisionNumber', value: (r) => r.decisionNumber },
          { header: 'columns.violationInspections.law', value: (r) => r.law, weight: 2 },
          { header: 'columns.violationInspections.articles', value: (r) => r.articles.join('、') },
          { header: 'columns.violationInspections.fine', value: (r) => r.fine },
          { header: 'columns.violationInspections.announcedOn', value: (r) => r.announcedOn },
          { header: 'columns.violationInspections.updatedAt', value: (r) => r.updatedAt },
        ],
      },
    }) as never;
  });
  app.openapi(viewInspection, async (c) => c.json(await violations.getInspection(c.req.valid('param').id), 200));
  app.openapi(createInspection, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return c.json(await violations.createInspection(staff, c.req.valid('json'), c.get('requestId')), 201);
  });
  app.openapi(updateInspection, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return c.json(await violations.updateInspection(staff, c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200);
  });
  app.openapi(listDecisions, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: violations.decisionList({ q: query.q, status: query.status }),
      params: query,
      filters: { status: query.status },
      toItem: violations.toDecision,
      export: {
        name: 'violation-decisions',
        title: 'lists.violationDecisions',
        // A responsible person's name may be a person's (事業單位名稱或負責人).
        personalData: true,
        columns: [
          { header: 'columns.violationDecisions.status', value: (r) => r.status },
          { header: 'columns.violationDecisions.employerName', value: (r) => r.employerName, weight: 2 },
          { header: 'columns.violationDecisions.decidedOn', value: (r) => r.decidedOn },
          { header: 'columns.violationDecisions.decisionNumber', value: (r) => r.decisionNumber, weight: 2 },
          { header: 'columns.violationDecisions.fine', value: (r) => r.fine },
          { header: 'columns.violationDecisions.revisedOn', value: (r) => r.revisedOn },
          { header: 'columns.violationDecisions.withdrawnReason', value: (r) => r.withdrawnReason, weight: 2 },
        ],
      },
    }) as never;
  });
  app.openapi(withdrawRecord, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    await violations.withdraw(staff, c.req.valid('param').id, c.req.valid('json').reason, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(recordVersions, async (c) => c.json(await violations.versions(c.req.valid('param').id), 200));
  app.openapi(publishInspection, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    const { id } = c.req.valid('param');
    return c.json(await violations.publishInspection(staff, id, c.req.valid('json').announcedOn, c.get('requestId')), 200);
  });
  return app;
}
