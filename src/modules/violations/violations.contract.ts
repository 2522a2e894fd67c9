import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { rejectReasons } from './violations.reasons.ts';
import { laws } from './violations.laws.ts';
import { articleQueryKey } from './violations.normalize.ts';

const isoDate = z.iso.date({ message: 'validation.date' });

/**
 * A search counts its matches up to this many (issue 16 §4): an exact count of a common filter read tens of
 * thousands of rows on every page (458 ms p95 at 300,000 records); beyond it the answer says "at least".
 */
export const violationCountCap = 1000;

/** A real day (2024-02-30 is not): the database would refuse it with an error, not a 400. */
const isCalendarDay = (day: string) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

export const violationQuery = z
  .object({
    q: z.string().trim().max(100).optional().openapi({ description: 'Part of the employer or responsible person name; 台/臺 alike, punctuation ignored' }),
    law: z.string().trim().max(60).optional().openapi({ description: 'Law: its Chinese name, a short name (勞基法) or its id (laborStandardsAct)' }),
    article: z
      .string()
      .trim()
      .max(40)
      .refine((value) => value === '' || articleQueryKey(value, null) !== undefined, { message: 'validation.violations.article' })
      .optional()
      .openapi({ description: 'Article: 22, 第22條, 9-1, 第9條之1, 勞基法第22條' }),
    from: isoDate.optional().openapi({ description: 'Announced on or after (YYYY-MM-DD)' }),
    to: isoDate.optional().openapi({ description: 'Announced on or before (YYYY-MM-DD)' }),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    after: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}\.\d{1,18}$/, 'validation.violations.cursor')
      .refine((value) => isCalendarDay(value.slice(0, 10)), { message: 'validation.violations.cursor' })
      .optional()
      .openapi({ description: 'Keyset page: the `nextCursor` of the previous page. Deep pages are read from there instead of by `page` (which it overrides).' }),
    format: z.enum(['json', 'csv']).optional().openapi({ description: '`csv` downloads every matching record (UTF-8 with BOM)' }),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: 'validation.end_before_start', path: ['to'] });

export type ViolationQuery = z.infer<typeof violationQuery>;

export const violationItem = z
  .object({
    id: z.number().int(),
    source: z.enum(['mol-import', 'bureau-inspection']),
    employerName: z.string().openapi({ description: 'As published: 事業單位名稱或負責人' }),
    companyName: z.string(),
    responsiblePerson: z.string().nullable(),
    employerKey: z.string().openapi({ description: 'Key of the employer page: GET /api/v1/violations/employers/{key}' }),
    authority: z.string().nullable(),
    ubn: z
      .string()
      .nullable()
      .openapi({ description: "The employer's unified business number (統一編號), when the record is linked to the employers register; `q` finds it (8 digits)" }),
    announcedOn: z.string().openapi({ example: '2024-03-05' }),
    decidedOn: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    law: z.string().nullable(),
    lawId: z.enum(laws.map((law) => law.id) as [string, ...string[]]).nullable(),
    articles: z.array(z.string()),
    violations: z.array(z.string()),
    fine: z.number().int().nullable().openapi({ description: 'NT$; null when not published (not zero)' }),
    fineKind: z.enum(['fine', 'fine-or-surcharge']).openapi({ description: '`fine-or-surcharge`: 勞退 files give 處分金額或滯納金' }),
    disputed: z.boolean().openapi({ description: 'Under administrative appeal or litigation (行政救濟中, 訴願中)' }),
    note: z.string().nullable(),
    revisedOn: z
      .string()
      .nullable()
      .openapi({ description: 'Taiwan date on which a later file changed this decision (fine, appeal, name); null if never' }),
  })
  .openapi('Violation');

export type ViolationItem = z.infer<typeof violationItem>;

export const violationPage = z
  .object({
    total: z.number().int().openapi({ description: `Matches, counted up to ${violationCountCap.toLocaleString('en-US')}` }),
    totalExact: z.boolean().openapi({ description: 'false: at least `total` records match (counting stops there; the page and the cursor go on)' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(violationItem),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `after` for the next page; null on the last page', example: '2024-03-05.12345' }),
  })
  .openapi('ViolationPage');

export const employerViolations = z
  .object({
    employerKey: z.string(),
    names: z.array(z.string()).openapi({ description: 'Every way the employer was published' }),
    employerId: z.uuid().nullable(),
    total: z.number().int(),
    items: z.array(violationItem),
  })
  .openapi('EmployerViolations');

export const importResult = z
  .object({
    importId: z.number().int(),
    encoding: z.string(),
    rowsRead: z.number().int(),
    imported: z.number().int(),
    updated: z.number().int().openapi({ description: 'Decisions already held that the file changed (the earlier version is kept)' }),
    unchanged: z.number().int(),
    rejected: z
      .array(z.object({ line: z.number().int(), reason: z.enum(rejectReasons as [string, ...string[]]) }))
      .openapi({ description: 'The first 1,000 rejected rows; rejectedTotal counts them all' }),
    rejectedTotal: z.number().int(),
  })
  .openapi('ViolationImportResult');

export type ImportResult = z.infer<typeof importResult>;

export const importStarted = z
  .object({
    importId: z.number().int(),
    state: z.literal('staging'),
    rows: z.number().int().openapi({ description: 'Valid rows being written' }),
  })
  .openapi('ViolationImportStarted');

export const importSummary = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    actorUsername: z.string().nullable(),
    channel: z.enum(['upload', 'cli']),
    fileName: z.string(),
    encoding: z.string(),
    rowsRead: z.number().int(),
    imported: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    state: z.enum(['staging', 'published', 'abandoned']).openapi({
      description: '`staging`: its rows are being written and nobody sees them yet; `abandoned`: interrupted, nothing of it was published',
    }),
    rowsWritten: z.number().int().openapi({ description: 'Progress while staging: rows written of rowsRead − rejected' }),
  })
  .openapi('ViolationImport');

const textList = z.array(z.string().trim().min(1).max(1000)).max(50);

export const inspectionInput = z
  .object({
    employerName: z.string().trim().min(1, 'validation.required').max(200),
    responsiblePerson: z.string().trim().max(100).optional(),
    decidedOn: isoDate.optional(),
    decisionNumber: z.string().trim().max(100).optional(),
    law: z.string().trim().min(1, 'validation.required').max(60),
    articles: textList.min(1, 'validation.required'),
    violations: textList.default([]),
    fine: z.number().int().min(0).max(2_147_483_647).nullable().default(null),
    disputed: z.boolean().default(false),
    note: z.string().trim().max(1000).optional(),
  })
  .openapi('InspectionResultInput');

export type InspectionInput = z.infer<typeof inspectionInput>;

export const inspectionRecord = violationItem
  .omit({ announcedOn: true })
  .extend({
    status: z.enum(['draft', 'published', 'withdrawn']),
    announcedOn: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('InspectionResult');

export type InspectionRecord = z.infer<typeof inspectionRecord>;

export const publishInput = z
  .object({ announcedOn: isoDate.optional().openapi({ description: 'Defaults to today in Taiwan' }) })
  .openapi('PublishInspectionResult');

export const inspectionSortKeys = ['updatedAt', 'announcedOn', 'employerName', 'decidedOn'] as const;
export type InspectionSortKey = (typeof inspectionSortKeys)[number];

export const inspectionQuery = z
  .object({ status: z.enum(['draft', 'published']).optional() })
  .extend(listParams(inspectionSortKeys).shape)
  .openapi({ description: 'Drafts always come first; `sort` orders within drafts and within published results.' });

/** Staff: every MOL decision held, published or withdrawn, to find one and withdraw it (finding 14). */
export const decisionSortKeys = ['announcedOn', 'revisedAt', 'employerName'] as const;
export type DecisionSortKey = (typeof decisionSortKeys)[number];
export const decisionQuery = z
  .object({
    q: z.string().trim().max(100).optional().openapi({ description: 'Part of the employer name or of the decision number' }),
    status: z.enum(['published', 'withdrawn']).optional(),
  })
  .extend(listParams(decisionSortKeys).shape);

export const decisionRecord = violationItem
  .extend({ status: z.enum(['draft', 'published', 'withdrawn']), withdrawnReason: z.string().nullable() })
  .openapi('ViolationDecision');
export type DecisionRecord = z.infer<typeof decisionRecord>;

export const idParam = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

/** Issue 16, finding 14: a decision revoked on appeal is taken out of publication, with the reason. */
export const withdrawalInput = z
  .object({ reason: z.string({ error: (issue) => (issue.input === undefined ? 'validation.required' : undefined) }).trim().min(1, 'validation.required').max(1000) })
  .openapi('ViolationWithdrawal');

export const violationVersions = z
  .object({
    current: violationItem,
    status: z.enum(['draft', 'published', 'withdrawn']),
    withdrawnReason: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    versions: z.array(
      z.object({
        replacedAt: z.string(),
        importId: z.number().int().nullable(),
        announcedOn: z.string().nullable(),
        companyName: z.string(),
        fine: z.number().int().nullable(),
        disputed: z.boolean(),
        note: z.string().nullable(),
      }),
    ),
  })
  .openapi('ViolationVersions');
