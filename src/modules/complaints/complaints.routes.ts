import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { assertJsonDepth, readMultipartForm } from '../../shared/http/body-guards.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { defineRoute, publicAccess, requires, signedInStaff } from '../../shared/http/route.ts';
import { parseOrThrow, validationHook } from '../../shared/http/validation.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import { renderComplaintReplyPdf } from '../notifications/notices.pdf.ts';
import { maxAttachments, maxBinaryBytes, type UploadedFile } from './complaints.attachments.ts';
import {
  assignRequest,
  complaintDetail,
  complaintIdentity,
  complaintReceipt,
  complaintSummary,
  fileComplaintRequest,
  listComplaintsQuery,
  overdueQuery,
  overdueItem,
  publicComplaintStatus,
  transitionRequest,
} from './complaints.contract.ts';
import type { ComplaintsService, RequestMeta } from './complaints.service.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';

export const complaintFilingPath = '/api/v1/complaints';
/** Three files of 5 MB and the form fields around them. */
export const complaintFilingLimitBytes = maxAttachments * maxBinaryBytes + 512 * 1024;

const idParams = z.object({ id: z.uuid() });

type Summary = z.infer<typeof complaintSummary>;
const complaintColumns = (districtName: (code: string) => string | null): ExportColumn<Summary>[] => [
  { header: 'columns.complaints.trackingCode', value: (item) => item.trackingCode },
  { header: 'columns.complaints.status', value: (item) => item.status },
  { header: 'columns.complaints.employerName', value: (item) => item.employerName, weight: 2 },
  { header: 'columns.complaints.districtCode', value: (item) => districtName(item.districtCode) },
  { header: 'columns.complaints.law', value: (item) => item.law },
  { header: 'columns.complaints.receivedAt', value: (item) => item.receivedAt },
  { header: 'columns.complaints.replyDueOn', value: (item) => item.replyDueOn },
  { header: 'columns.complaints.assignedTo', value: (item) => item.assignedTo?.displayName ?? null },
  { header: 'columns.complaints.overdue', value: (item) => item.overdue.join(', ') },
];

const fileComplaint = defineRoute(publicAccess, {
  method: 'post',
  path: complaintFilingPath,
  tags: ['complaints'],
  summary: 'File a complaint (檢舉) against an employer; answers the receipt',
  description:
    'JSON, or multipart/form-data with the same fields and up to 3 `attachments` (JPEG, PNG, WebP or PDF up to 5 MB; the CSV or JSON hours log up to 1 MB; the type is read from the bytes). Rate-limited per IP.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/FileComplaint' } },
        'multipart/form-data': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/FileComplaint' },
              {
                type: 'object',
                properties: { attachments: { type: 'array', maxItems: maxAttachments, items: { type: 'string', format: 'binary' } } },
              },
            ],
          },
        },
      },
    },
  },
  responses: { 201: jsonContent(complaintReceipt, 'The receipt: keep both values'), ...problemResponses(400, 413, 429) },
});

const lookupComplaint = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/complaints/{trackingCode}',
  tags: ['complaints'],
  summary: "A complaint's status and the bureau's replies, for whoever holds the receipt",
  description:
    'The secret goes in the X-Complaint-Secret header, never in the URL. An unknown code and a wrong secret answer the same 404. Rate-limited per IP.',
  request: {
    params: z.object({ trackingCode: z.string().max(40) }),
    headers: z.object({ 'x-complaint-secret': z.string().optional() }),
  },
  responses: { 200: jsonContent(publicComplaintStatus, 'Status and events'), ...problemResponses(404, 429) },
});

const listComplaints = defineRoute(requires('complaints.list'), {
  method: 'get',
  path: '/api/v1/staff/complaints',
  tags: ['complaints'],
  summary: 'Complaints, newest first (never the complainant)',
  request: { query: listComplaintsQuery },
  responses: { ...listResponses(complaintSummary, 'A page of complaints'), ...problemResponses(400, 401, 403, 422) },
});

const overdueComplaints = defineRoute(requires('complaints.assign'), {
  method: 'get',
  path: '/api/v1/staff/complaints/overdue',
  tags: ['complaints'],
  summary: 'Open complaints past the 14-day notice or the 60-day reply, on the Taiwan calendar',
  description: 'The JSON page also carries `today`, the Taiwan date the deadlines were checked against.',
  request: { query: overdueQuery },
  responses: { ...listResponses(overdueItem, 'Overdue complaints, longest overdue first by default'), ...problemResponses(400, 401, 403, 422) },
});

const listInspectors = defineRoute(requires('complaints.assign'), {
  method: 'get',
  path: '/api/v1/staff/complaints/inspectors',
  tags: ['complaints'],
  summary: 'Labor inspectors a complaint can be assigned to',
  responses: {
    200: jsonContent(z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string() })) }), 'Active inspectors'),
    ...problemResponses(401, 403),
  },
});

const viewComplaint = defineRoute(requires('complaints.list'), {
  method: 'get',
  path: '/api/v1/staff/complaints/{id}',
  tags: ['complaints'],
  summary: 'A complaint with its history and evidence list (never the complainant; the view is audited)',
  request: { params: idParams },
  responses: { 200: jsonContent(complaintDetail, 'The complaint'), ...problemResponses(400, 401, 403, 404) },
});

const assignComplaint = defineRoute(requires('complaints.assign'), {
  method: 'post',
  path: '/api/v1/staff/complaints/{id}/assignment',
  tags: ['complaints'],
  summary: 'Assign (or reassign, before the investigation starts) to a labor inspector',
  request: { params: idParams, body: jsonBody(assignRequest) },
  responses: { 204: { description: 'Assigned' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const transitionComplaint = defineRoute(requires('complaints.handle'), {
  method: 'post',
  path: '/api/v1/staff/complaints/{id}/transitions',
  tags: ['complaints'],
  summary: 'A step of the assigned inspector: investigate, notify, reply, close or transfer',
  request: { params: idParams, body: jsonBody(transitionRequest) },
  responses: {
    200: jsonContent(z.object({ status: z.string() }), 'The new status'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const revealIdentity = defineRoute(requires('complaints.read-identity'), {
  method: 'post',
  path: '/api/v1/staff/complaints/{id}/identity',
  tags: ['complaints'],
  summary: "Reveal the complainant's sealed identity (assigned inspector or supervisor; every reading is audited)",
  request: { params: idParams },
  responses: { 200: jsonContent(complaintIdentity, 'The identity'), ...problemResponses(400, 401, 403, 404) },
});

const downloadAttachment = defineRoute(requires('complaints.handle'), {
  method: 'get',
  path: '/api/v1/staff/complaints/{id}/attachments/{attachmentId}',
  tags: ['complaints'],
  summary: 'Download a piece of evidence (assigned inspector only; audited)',
  request: {
    params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
    query: z.object({
      copy: z.enum(['neutralised']).optional().openapi({ description: 'CSV only: every formula-like cell prefixed with an apostrophe' }),
    }),
  },
  responses: { 200: { description: 'The file, as an attachment' }, ...problemResponses(400, 401, 403, 404) },
});

const employerNotice = defineRoute(requires('complaints.handle'), {
  method: 'get',
  path: '/api/v1/staff/complaints/{id}/employer-notice',
  tags: ['complaints'],
  summary: 'Draft of the inspection notice to the employer (never the complainant, their words or the filing date)',
  request: { params: idParams },
  responses: { 200: jsonContent(z.object({ text: z.string() }), 'The notice text'), ...problemResponses(400, 401, 403, 404) },
});

const replyDocument = defineRoute(requires('complaints.list'), {
  method: 'get',
  path: '/api/v1/staff/complaints/{id}/reply.pdf',
  tags: ['complaints'],
  summary: 'The written reply as an A4 PDF letter (letterhead, ROC date, page numbers; never the complainant). Audited',
  request: { params: idParams },
  responses: { 200: { description: 'application/pdf' }, ...problemResponses(400, 401, 403, 404) },
});

const trueValues = new Set(['true', 'on', '1', 'yes']);
const falseValues = new Set(['false', 'off', '0', 'no']);

/** The filing form has about a dozen fields and up to 3 attachments: far more parts is not a person filing. */
const maxMultipartParts = 64;

/** Multipart fields become the JSON shape: one string per field, empty strings dropped. */
async function readMultipart(c: Context<AppEnv>): Promise<{ fields: Record<string, unknown>; files: UploadedFile[] }> {
  // Part count capped and names such as __proto__ refused before the form is parsed (issue 16, findings 6, 12).
  const body = await readMultipartForm(c, { maxParts: maxMultipartParts });
  const fields: Record<string, unknown> = Object.create(null);
  const uploads: File[] = [];
  for (const [key, values] of Object.entries(body)) {
    if (key === 'attachments' || key === 'attachments[]') {
      // A file input left empty still sends a part with no name and no bytes.
      uploads.push(...values.filter((v): v is File => typeof v !== 'string' && !(v.size === 0 && v.name === '')));
      continue;
    }
    const value = values[0];
    if (typeof value === 'string' && value.trim() === '') continue;
    if (key === 'anonymous' && typeof value === 'string') {
      const lower = value.toLowerCase();
      fields[key] = trueValues.has(lower) ? true : falseValues.has(lower) ? false : value;
      continue;
    }
    fields[key] = value;
  }
  const files = await Promise.all(
    uploads.map(async (file) => ({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { fields, files };
}

export function complaintsRoutes(deps: {
  complaints: ComplaintsService;
  letterhead: Letterhead;
  limiters: { filing: RateLimiter; lookup: RateLimiter };
  now: () => number;
  bodyLimitBytes: number;
  lists: ListResponder;
  referenceData: ReferenceData;
}) {
  const { complaints, lists } = deps;
  const columnsIn = (locale: Locale) => complaintColumns((code) => deps.referenceData.districtName(code, locale));
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openAPIRegistry.register('FileComplaint', fileComplaintRequest);
  const meta = (c: Context<AppEnv>): RequestMeta => ({ requestId: c.get('requestId'), locale: c.get('locale') });

  const tooLarge = (limit: number) => () => {
    throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit } });
  };
  const multipartLimit = bodyLimit({ maxSize: complaintFilingLimitBytes, onError: tooLarge(complaintFilingLimitBytes) });
  const jsonLimit = bodyLimit({ maxSize: deps.bodyLimitBytes, onError: tooLarge(deps.bodyLimitBytes) });
  app.use(complaintFilingPath, rateLimit(deps.limiters.filing, deps.now, 'complaint-file'), async (c, next) => {
    // The app-wide limit skips this path (app.ts); evidence files get a larger one, anything else the usual.
    const multipart = (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
    return (multipart ? multipartLimit : jsonLimit)(c, next);
  });
  app.use('/api/v1/complaints/:trackingCode', rateLimit(deps.limiters.lookup, deps.now, 'complaint-lookup'));

  app.openapi(fileComplaint, async (c) => {
    const contentType = (c.req.header('content-type') ?? '').toLowerCase();
    let fields: unknown;
    let files: UploadedFile[] = [];
    if (contentType.startsWith('multipart/form-data')) {
      ({ fields, files } = await readMultipart(c));
    } else if (contentType.startsWith('application/json')) {
      const text = await c.req.text();
      assertJsonDepth(text); // this path sets its own body limit, so the app-wide depth check skips it
      try {
        fields = JSON.parse(text);
      } catch (error) {
        throw new AppError('MALFORMED_JSON', { cause: error });
      }
    } else {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    const input = parseOrThrow(fileComplaintRequest, fields, c.get('locale'));
    c.header('cache-control', 'no-store');
    return c.json(await complaints.file(input, files, meta(c)), 201);
  });

  app.openapi(lookupComplaint, async (c) => {
    c.header('cache-control', 'no-store');
    const status = await complaints.lookup(c.req.valid('param').trackingCode, c.req.header('x-complaint-secret') ?? '');
    return c.json(status, 200);
  });

  app.openapi(listComplaints, async (c) => {
    const query = c.req.valid('query');
    const filters = { status: query.status, mine: query.mine === 'true' };
    return lists.answer(c, {
      list: complaints.list(signedInStaff(c), filters),
      params: query,
      filters: { status: query.status, mine: query.mine },
      toItem: complaints.toSummary,
      export: { name: 'complaints', title: 'lists.complaints', personalData: true, columns: columnsIn },
    }) as never;
  });
  app.openapi(overdueComplaints, async (c) => {
    const query = c.req.valid('query');
    const { today, list } = complaints.overdueList();
    return lists.answer(c, {
      list,
      params: query,
      filters: {},
      extra: { today },
      toItem: (row) => ({ ...complaints.toSummary(row), daysOverdue: Number(row.days_overdue) }),
      export: {
        name: 'complaints-overdue',
        title: 'lists.complaintsOverdue',
        personalData: true,
        columns: (locale) => [...columnsIn(locale), { header: 'columns.complaints.daysOverdue', value: (item) => item.daysOverdue }],
      },
    }) as never;
  });
  app.openapi(listInspectors, async (c) => c.json({ items: await complaints.inspectors() }, 200));

  app.openapi(viewComplaint, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await complaints.detail(signedInStaff(c), c.req.valid('param').id, meta(c)), 200);
  });
  app.openapi(assignComplaint, async (c) => {
    await complaints.assign(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').inspectorId, meta(c));
    return c.body(null, 204);
  });
  app.openapi(transitionComplaint, async (c) =>
    c.json(await complaints.transition(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), meta(c)), 200),
  );
  app.openapi(revealIdentity, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await complaints.revealIdentity(signedInStaff(c), c.req.valid('param').id, meta(c)), 200);
  });
  app.openapi(downloadAttachment, async (c) => {
    const { id, attachmentId } = c.req.valid('param');
    const file = await complaints.attachment(signedInStaff(c), id, attachmentId, meta(c), c.req.valid('query').copy);
    return new Response(file.bytes, {
      status: 200,
      headers: {
        'content-type': file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
  app.openapi(replyDocument, async (c) => {
    const id = c.req.valid('param').id;
    const letter = await complaints.writtenReply(signedInStaff(c), id, meta(c));
    const bytes = await renderComplaintReplyPdf({ letterhead: deps.letterhead, ...letter });
    return new Response(bytes, {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="complaint-reply-${letter.trackingCode}.pdf"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
  app.openapi(employerNotice, async (c) => c.json(await complaints.employerNotice(signedInStaff(c), c.req.valid('param').id, meta(c)), 200));
  return app;
}
