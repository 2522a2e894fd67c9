import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { applicantFacts, eligibilityRule, entitlement } from './programs.rules.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const programCode = z.string().regex(/^[a-z0-9-]{2,60}$/);
const names = z.object(Object.fromEntries(locales.map((locale) => [locale, z.string().trim().min(1).max(200)])) as Record<(typeof locales)[number], z.ZodString>);

/** What a required document may be: PDF, JPEG, PNG, or an ODF text (the government's open format); read from the bytes. */
export const documentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.oasis.opendocument.text'] as const;
export type DocumentMediaType = (typeof documentMediaTypes)[number];

/**
 * When an open application is escalated to a supervisor (the visible mark on the staff page and a mail to
 * `notifyEmail` when set): `afterHours` from the hour of the application. The bureau's own working rule,
 * stated with its source; the law's or the plan's deadline itself is `decisionDays`.
 */
export const escalationRule = z
  .object({
    afterHours: z.int().min(1).max(24 * 365),
    notifyEmail: z.email().max(200).nullable(),
    source: z.string().trim().min(1).max(300),
  })
  .openapi('ProgramEscalation');

export const requiredDocument = z.object({
  code: z.string().regex(/^[a-z0-9-]{2,40}$/),
  names,
  required: z.boolean(),
  mediaTypes: z.array(z.enum(documentMediaTypes)).min(1),
  maxBytes: z.int().min(1).max(700_000),
});

export const programDefinitionInput = z
  .object({
    code: programCode,
    effectiveFrom: isoDate,
    kind: z.enum(['subsidy', 'award', 'course', 'incentive', 'aid']),
    applicantKind: z.enum(['person', 'employer']),
    names,
    rules: z.array(eligibilityRule).max(20),
    entitlement,
    documents: z.array(requiredDocument).max(10),
    period: z.enum(['year', 'month', 'once']),
    windowOpens: isoDate.nullable(),
    windowCloses: isoDate.nullable(),
    decisionDays: z.int().min(1).max(365).nullable(),
    escalation: escalationRule.nullable().default(null),
    makerRoles: z.array(z.string()).min(1),
    checkerRoles: z.array(z.string()).min(1),
    sources: z.array(z.object({ field: z.string().max(60), source: z.string().max(300) })).max(30),
  })
  .openapi('ProgramDefinitionInput');
export type ProgramDefinitionInput = z.infer<typeof programDefinitionInput>;

export const ruleResult = z.object({ code: z.string(), kind: z.string(), passed: z.boolean(), message: z.string() });

export const eligibilityResponse = z
  .object({ eligible: z.boolean(), rules: z.array(ruleResult) })
  .openapi('EligibilityResult');

export const publicProgram = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    applicantKind: z.string(),
    effectiveFrom: z.string(),
    windowCloses: z.string().nullable(),
    /** Each rule in words, in the caller's language. */
    eligibility: z.array(z.object({ code: z.string(), text: z.string() })),
    documents: z.array(z.object({ code: z.string(), name: z.string(), required: z.boolean() })),
    /** The kinds of fact its rules read (age, residence, …): what an eligibility check asks for. */
    ruleKinds: z.array(z.string()),
    /** The special groups it recognises, for a special-group rule (only used with the applicant's consent). */
    specialGroups: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .openapi('Program');

export const staffProgram = publicProgram
  .extend({
    definitionId: z.uuid(),
    entitlement,
    decisionDays: z.int().nullable(),
    makerRoles: z.array(z.string()),
    checkerRoles: z.array(z.string()),
    sources: z.array(z.object({ field: z.string(), source: z.string() })),
    quota: z
      .object({ year: z.int(), places: z.int().nullable(), budgetTwd: z.int().nullable(), placesCommitted: z.int(), budgetCommittedTwd: z.int(), budgetPaidTwd: z.int() })
      .nullable(),
  })
  .openapi('StaffProgram');

/** Every version of one program (a rule changed mid-year is a new version), and its quotas by year. */
export const programVersions = z
  .object({
    code: z.string(),
    name: z.string(),
    versions: z.array(
      z.object({
        definitionId: z.uuid(),
        effectiveFrom: z.string(),
        /** The version in force today. */
        current: z.boolean(),
        kind: z.string(),
        applicantKind: z.string(),
        eligibility: z.array(z.object({ code: z.string(), text: z.string() })),
        entitlement,
        documents: z.array(z.object({ code: z.string(), name: z.string(), required: z.boolean() })),
        period: z.string(),
        windowOpens: z.string().nullable(),
        windowCloses: z.string().nullable(),
        decisionDays: z.int().nullable(),
        escalation: escalationRule.nullable(),
        makerRoles: z.array(z.string()),
        checkerRoles: z.array(z.string()),
        sources: z.array(z.object({ field: z.string(), source: z.string() })),
        applications: z.int(),
      }),
    ),
    quotas: z.array(
      z.object({ year: z.int(), places: z.int().nullable(), budgetTwd: z.int().nullable(), placesCommitted: z.int(), budgetCommittedTwd: z.int(), budgetPaidTwd: z.int(), source: z.string().nullable() }),
    ),
  })
  .openapi('ProgramVersions');

export const applicationRequest = z
  .object({
    personId: z.uuid().optional(),
    /** The applicant's ID number instead of the record id (staff type it from the papers; sent in the body, never a URL). */
    personIdNumber: z.string().trim().min(10).max(10).optional(),
    employerId: z.uuid().optional(),
    /** Evidence entered from the applicant's papers; merged over the person's records. */
    facts: applicantFacts.default({}),
    /** The applicant's consent to use their special-group status for this program, given today. */
    specialGroupConsent: z.boolean().default(false),
    locale: z.enum(locales).optional(),
  })
  // Staff name the applicant (a person or an employer, one of them); a citizen or employer account names
  // nobody, the account is the applicant: checked in the route, which knows the caller.
  .openapi('ApplicationRequest');

export const decisionRequest = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().min(1).max(1000),
    /** NT$, only where the program's definition has no figure for the amount (staff enter it, with the reason). */
    amountTwd: z.int().min(1).max(100_000_000).optional(),
  })
  .openapi('DecisionRequest');

export const documentUpload = z
  .object({
    documentCode: z.string().regex(/^[a-z0-9-]{2,40}$/),
    fileName: z.string().trim().min(1).max(200),
    mediaType: z.string().max(100),
    contentBase64: z.string().min(1).max(1_000_000),
  })
  .openapi('ApplicationDocumentUpload');

export const applicationStatuses = ['submitted', 'approved', 'rejected', 'paid', 'withdrawn'] as const;

export const applicationSummary = z
  .object({
    id: z.uuid(),
    programCode: z.string(),
    programName: z.string(),
    applicant: z.string(),
    status: z.enum(applicationStatuses),
    eligible: z.boolean(),
    amountTwd: z.int().nullable(),
    submittedAt: z.string(),
    decisionDueAt: z.string().nullable(),
    escalated: z.boolean(),
  })
  .openapi('ApplicationSummary');

export const applicationDetail = applicationSummary
  .extend({
    period: z.string(),
    channel: z.string(),
    locale: z.string(),
    rules: z.array(ruleResult),
    facts: z.record(z.string(), z.unknown()),
    createdBy: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decisionReason: z.string().nullable(),
    /** Whether the caller may decide it: never the maker (MAKER_CANNOT_CHECK). */
    callerIsMaker: z.boolean(),
    /** Whether the caller prepared the payment, so may not approve it (the second approval is someone else's). */
    callerPreparedPayment: z.boolean(),
    events: z.array(z.object({ at: z.string(), kind: z.string(), status: z.string(), actor: z.string().nullable() })),
    documents: z.array(z.object({ id: z.uuid(), documentCode: z.string(), fileName: z.string(), mediaType: z.string(), byteSize: z.int() })),
    payment: z
      .object({ id: z.uuid(), amountTwd: z.int(), status: z.enum(['prepared', 'paid']), preparedBy: z.string(), approvedBy: z.string().nullable(), paidAt: z.string().nullable() })
      .nullable(),
  })
  .openapi('ApplicationDetail');

export const applicationSortKeys = ['submittedAt', 'decisionDueAt', 'status', 'programCode'] as const;
export type ApplicationSortKey = (typeof applicationSortKeys)[number];
export const applicationQuery = z
  .object({
    program: programCode.optional(),
    status: z.enum(applicationStatuses).optional(),
  })
  .extend(listParams(applicationSortKeys).shape);
