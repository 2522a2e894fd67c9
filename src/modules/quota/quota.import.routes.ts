import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { readMultipartForm } from '../../shared/http/body-guards.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { headcountHeader, headcountRowReasons, noticeSortKeys, toNotice, type HeadcountImport } from './quota.import.ts';

export const headcountImportPath = '/api/v1/staff/quota/headcounts/imports';
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month').openapi({ example: '2026-03' });

const importResult = z
  .object({
    id: z.uuid(),
    imported: z.number().int(),
    noticesIssued: z.number().int().openapi({ description: 'Shortfall payment notices (差額補助費, Art. 43 para. 2) issued or reissued by the file' }),
    months: z.array(z.string()),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.enum(headcountRowReasons), message: z.string() })),
  })
  .openapi('QuotaHeadcountImport');

const notice = z
  .object({
    id: z.uuid(), employerId: z.uuid(), employerName: z.string(), ubn: z.string(), month: z.string(), shortfall: z.number().int(),
    monthlyAmount: z.number().int(), amount: z.number().int(), source: z.string(), article: z.string(), issuedAt: z.string(),
  })
  .openapi('QuotaPaymentNotice');

const importRoute = defineRoute(requires('quota.write'), {
  method: 'post',
  path: headcountImportPath,
  tags: ['quota'],
  summary: "Import a month's labour-insurance headcounts (CSV); issues the shortfall payment notices",
  description: `The body is the CSV file itself (\`content-type: text/csv\`), or a multipart form with it in the field \`file\` (the staff page's upload); the app-wide body limit applies (BODY_LIMIT_BYTES). The file is in UTF-8, UTF-8 with BOM, UTF-16LE or Big5, with the header \`${headcountHeader.join(',')}\`; sector is public or private. Valid rows are written in one transaction, each rejected row is reported with its line and reason; importing the same file again changes nothing. Audited.`,
  request: {
    body: {
      // Plain OpenAPI schemas (not zod): documented, not validated here; the handler reads the bytes itself.
      content: {
        'text/csv': { schema: { type: 'string' } },
        'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } },
      },
      required: true,
    },
  },
  responses: { 200: jsonContent(importResult, 'What was imported, and why each rejected row was'), ...problemResponses(400, 401, 403, 413) },
});

const noticesRoute = defineRoute(requires('quota.read'), {
  method: 'get',
  path: '/api/v1/staff/quota/notices',
  tags: ['quota'],
  summary: "A month's shortfall payment notices (list contract), each with the amount and source it was issued with",
  request: { query: listParams(noticeSortKeys).extend({ month }) },
  responses: { ...listResponses(notice, 'A page of notices'), ...problemResponses(400, 401, 403, 422) },
});

type Notice = z.infer<typeof notice>;
const columns: ExportColumn<Notice>[] = [
  { header: 'columns.quota.ubn', value: (n) => n.ubn },
  { header: 'columns.quota.name', value: (n) => n.employerName, weight: 2 },
  { header: 'columns.quota.shortfall', value: (n) => String(n.shortfall) },
  { header: 'columns.quota.payment', value: (n) => String(n.amount) },
  { header: 'columns.quota.source', value: (n) => n.source, weight: 2 },
];

export function quotaImportRoutes(deps: { headcounts: HeadcountImport; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(importRoute, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    const locale = c.get('locale');
    let bytes: Uint8Array;
    if (c.req.header('content-type')?.startsWith('multipart/form-data')) {
      const file = (await readMultipartForm(c, { maxParts: 4 })).file?.[0];
      if (!(file instanceof File)) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'file', code: 'missing', message: translate(locale, 'validation.quota.file.empty') }] });
      bytes = new Uint8Array(await file.arrayBuffer());
    } else {
      bytes = new Uint8Array(await c.req.arrayBuffer());
    }
    const result = await deps.headcounts.importFile(bytes, staff, c.get('requestId'));
    if (!result.ok) {
      throw new AppError('VALIDATION_FAILED', {
        fieldIssues: [{ field: 'file', code: result.reason, message: translate(locale, `validation.quota.file.${result.reason}`, { columns: headcountHeader.join(',') }) }],
      });
    }
    const { ok: _ok, ...body } = result;
    return c.json({ ...body, rejected: body.rejected.map((r) => ({ ...r, message: translate(locale, `validation.quota.row.${r.reason}`) })) }, 200);
  });
  app.openapi(noticesRoute, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: deps.headcounts.notices(query.month),
      params: query,
      filters: { month: query.month },
      toItem: toNotice,
      export: { name: 'quota-notices', title: 'lists.quota-notices', personalData: false, columns },
    }) as never;
  });
  return app;
}
