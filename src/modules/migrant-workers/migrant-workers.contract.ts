import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { isNationalId, isResidentCertificateNumber } from '../people/identifiers.ts';
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';

export const nationalities = ['ID', 'VN', 'TH', 'PH', 'other'] as const;
export const workerLanguages = ['zh-TW', 'en', 'id', 'vi', 'th'] as const;
export const jobCategories = [
  'manufacturing',
  'construction',
  'institutional-care',
  'home-care',
  'domestic-help',
  'agriculture',
  'marine-fishing',
] as const;
export const workerStatuses = ['working', 'transferred', 'contract-ended', 'left-taiwan', 'out-of-contact'] as const;

/** A resident certificate number (外來人口統一證號), old or 2021 format, check digit verified. */
export const residentCertificateField = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine(isResidentCertificateNumber, { message: 'validation.resident_certificate' });

const day = z.iso.date();
const district = z.string().regex(/^\d{8}$/, 'validation.district');

export const createWorkerRequest = z
  .object({
    residentCertificateNumber: residentCertificateField,
    name: z.string().trim().min(1).max(100),
    nationality: z.enum(nationalities),
    preferredLanguage: z.enum(workerLanguages).optional().openapi({ description: 'Default: from the nationality' }),
    passportNumber: z.string().trim().regex(/^[A-Z0-9]{5,20}$/i, 'validation.passport').transform((v) => v.toUpperCase()),
    jobCategory: z.enum(jobCategories),
    employerId: z.uuid().optional().openapi({ description: 'A business employer (employers module)' }),
    householdEmployer: z
      .object({
        idNumber: z.string().trim().transform((v) => v.toUpperCase()).refine(isNationalId, { message: 'validation.id_number' }),
        name: z.string().trim().min(1).max(100),
      })
      .optional()
      .openapi({ description: 'A household employer (家庭看護工, domestic help): a person' }),
    agency: z
      .object({ licenceNumber: z.string().trim().min(1).max(40), name: z.string().trim().min(1).max(200) })
      .optional(),
    arrivalDate: day,
    permitFrom: day.optional(),
    permitUntil: day.optional(),
    districtCode: district,
  })
  .refine((v) => !(v.employerId && v.householdEmployer), { path: ['householdEmployer'], message: 'validation.migrant.one_employer' })
  .openapi('CreateMigrantWorker');

export const createdWorker = z.object({ id: z.uuid(), visitDueOn: day }).openapi('CreatedMigrantWorker');

export const workerSummary = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ description: 'Masked' }),
    residentCertificateNumber: z.string().openapi({ description: 'Masked' }),
    nationality: z.enum(nationalities),
    jobCategory: z.enum(jobCategories),
    employerName: z.string().nullable().openapi({ description: 'Business name; a household employer is masked' }),
    arrivalDate: day,
    visitDueOn: day,
    districtCode: z.string(),
    status: z.enum(workerStatuses),
  })
  .openapi('MigrantWorkerSummary');

export const workerRecord = workerSummary
  .extend({
    personId: z.uuid(),
    name: z.string(),
    residentCertificateNumber: z.string(),
    passportNumber: z.string(),
    preferredLanguage: z.enum(workerLanguages),
    agency: z.object({ licenceNumber: z.string(), name: z.string() }).nullable(),
    permitFrom: day.nullable(),
    permitUntil: day.nullable(),
    statusSince: day.nullable(),
  })
  .openapi('MigrantWorkerRecord');

export const workerSortKeys = ['arrivalDate', 'districtCode', 'status'] as const;
export type WorkerSortKey = (typeof workerSortKeys)[number];

export const workerQuery = z
  .object({
    district: district.optional(),
    nationality: z.enum(nationalities).optional(),
    status: z.enum(workerStatuses).optional(),
  })
  .extend(listParams(workerSortKeys).shape);

export const statusChange = z
  .object({ status: z.enum(workerStatuses), since: day })
  .openapi('MigrantWorkerStatusChange');

export const importResult = z
  .object({
    imported: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  })
  .openapi('MigrantWorkerImportResult');

// Visit tasks and visits.

export const taskStatuses = ['due', 'overdue', 'done'] as const;
export const taskSortKeys = ['dueOn', 'districtCode'] as const;
export type TaskSortKey = (typeof taskSortKeys)[number];

export const taskQuery = z
  .object({
    status: z.enum(taskStatuses).optional().openapi({
      description: '`due`: open and due within 14 days; `overdue`: open past its due date; `done`: visited. Absent: every open task.',
    }),
    district: district.optional(),
    mine: z.enum(['true', 'false']).optional().openapi({ description: 'Only the tasks assigned to the caller' }),
  })
  .extend(listParams(taskSortKeys).shape);

export const visitTask = z
  .object({
    id: z.uuid(),
    workerId: z.uuid(),
    workerName: z.string().openapi({ description: 'Masked' }),
    nationality: z.enum(nationalities),
    preferredLanguage: z.enum(workerLanguages),
    arrivalDate: day,
    dueOn: day,
    districtCode: z.string(),
    assignedTo: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    status: z.enum(['open', 'done']),
    overdue: z.boolean(),
    version: z.number().int().openapi({ description: 'Send it back with a visit: a reassignment in between is a conflict' }),
  })
  .openapi('VisitTask');

export const checklistItems = [
  'wagesPaidInFull',
  'paySlipGiven',
  'passportKeptByWorker',
  'residentCertificateKeptByWorker',
  'restDaysGiven',
  'overtimeWithinLimits',
  'livingConditionsAdequate',
  'contractMatchesJob',
  'agencyFeesLawful',
] as const;

export const visitRequest = z
  .object({
    clientId: z.uuid().optional().openapi({ description: 'The id the field app gave the visit; a repeated sync is stored once' }),
    taskVersion: z.number().int().positive().optional().openapi({ description: 'The task version the officer saw' }),
    visitedOn: day,
    place: z.string().trim().min(1).max(300),
    interpreterLanguage: z.enum(['none', 'en', 'id', 'vi', 'th']).default('none'),
    videoCall: z.boolean().openapi({ description: 'The tablet video call to the consultation centre (平板視訊服務, 七-1)' }),
    present: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
    checklist: z
      .object(Object.fromEntries(checklistItems.map((item) => [item, z.boolean()])) as Record<(typeof checklistItems)[number], z.ZodBoolean>)
      .extend({ complaintsRaised: z.string().trim().max(2000).default('') }),
    notes: z.string().trim().max(4000).optional(),
    workerMessage: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .openapi({ description: "The officer's message to the worker about what happens next, in Chinese: translated for a worker who reads another language" }),
  })
  .openapi('VisitRecord');

export const visitCreated = z
  .object({ id: z.uuid(), taskId: z.uuid(), withinWindow: z.boolean(), findings: z.array(z.string()) })
  .openapi('VisitCreated');

export const reassignRequest = z.object({ officerId: z.uuid() }).openapi('VisitTaskReassign');

export const districtOfficerRequest = z.object({ officerId: z.uuid() }).openapi('MigrantDistrictOfficer');

// Indicator 8.

export const indicatorQuery = z.object({
  from: day.openapi({ description: 'First arrival day of the period' }),
  to: day.openapi({ description: 'Last arrival day of the period' }),
  by: z.enum(['district', 'officer', 'nationality']).optional(),
});

const indicatorFigures = z.object({
  arrivals: z.number().int(),
  excluded: z.number().int().openapi({ description: 'Left Taiwan or out of contact before the due date, not visited' }),
  pending: z.number().int().openapi({ description: 'Window still open on the as-of day, not yet visited' }),
  denominator: z.number().int(),
  visitedWithinWindow: z.number().int(),
  rate: z.number().nullable().openapi({ description: 'visitedWithinWindow ÷ denominator × 100, 1 decimal; null without a denominator' }),
});

export const indicator8 = indicatorFigures
  .extend({
    from: day,
    to: day,
    asOf: day,
    target: z.number(),
    breakdown: z.array(indicatorFigures.extend({ key: z.string() })).optional(),
  })
  .openapi('Indicator8');

export { isUnifiedBusinessNumber };
