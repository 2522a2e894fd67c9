/**
 * The case-management contract (issue 9 §1, ADR 0026). Messages are `validation.*` keys.
 */
import { applicationStatuses } from '../programs/programs.contract.ts';
import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { scopeQuery } from '../../shared/scope.ts';

export const caseKinds = ['employment', 'injury'] as const;
/** 一-3: who employment cases serve. */
export const targetGroups = [
  'domestic-violence-sexual-assault',
  'drug-recovery',
  'homeless',
  'new-immigrant',
  'disability',
  'middle-aged-older',
  'indigenous',
  'low-income',
  'department-referral',
] as const;
export const referralSources = ['walk-in', 'station', 'department', 'hospital', 'hotline-1955'] as const;
export const consentScopes = ['referral', 'share-notes'] as const;
/** Services of the plan: 一-3's for employment cases, 三-2's for injury cases, and goals. */
export const planItemKinds = [
  'goal',
  'aptitude-test',
  'resume-review',
  'counselling',
  'training-referral',
  'workshop',
  'job-referral',
  'financial-aid',
  'legal-consultation',
  'dispute-handling',
  'psychological-support',
  'economic-aid',
  'vocational-rehabilitation',
  'return-to-work',
] as const;
export const closureReasons = ['employed-stable', 'moved-away', 'refused-services', 'unreachable', 'other'] as const;
export const followupMonths = [1, 3, 6] as const;

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const date = z.iso.date({ message: 'validation.date' });

export const consentInput = z
  .object({
    purpose: text(200).openapi({ example: '就業服務個案管理及轉介' }),
    scope: z.array(z.enum(consentScopes)).min(1).max(2).openapi({ description: 'What the consent allows: `referral` to another organisation, `share-notes` with one.' }),
    givenOn: date.optional().openapi({ description: 'Defaults to today.' }),
    expiresOn: date,
  })
  .openapi('CaseConsent');

export const createCaseRequest = z
  .object({
    personId: z.uuid(),
    kind: z.enum(caseKinds),
    source: z.enum(referralSources),
    sourceDetail: z.string().trim().max(100).optional().openapi({ description: 'The referring department or hospital, in words.' }),
    targetGroups: z.array(z.enum(targetGroups)).max(9).default([]),
    consent: consentInput.optional(),
  })
  .openapi('CreateCase');

export const caseSortKeys = ['openedOn', 'caseNumber', 'status'] as const;
export type CaseSortKey = (typeof caseSortKeys)[number];
export const caseQuery = scopeQuery
  .extend(listParams(caseSortKeys).shape)
  .extend({
    status: z.enum(['open', 'closed']).optional(),
    kind: z.enum(caseKinds).optional(),
    mine: z.enum(['true', 'false']).optional().openapi({ description: '`true`: only the caller\'s own caseload.' }),
  });

export const caseSummary = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    kind: z.enum(caseKinds),
    status: z.enum(['open', 'closed']),
    personName: z.string().openapi({ description: 'Masked: 王○明' }),
    source: z.enum(referralSources),
    unitCode: z.string().nullable(),
    managerName: z.string(),
    openedOn: z.string(),
    closedOn: z.string().nullable(),
  })
  .openapi('CaseSummary');

const consentRecord = z.object({
  id: z.uuid(),
  purpose: z.string(),
  scope: z.array(z.enum(consentScopes)),
  givenOn: z.string(),
  expiresOn: z.string(),
  withdrawnOn: z.string().nullable(),
  valid: z.boolean(),
});
const planItem = z.object({
  id: z.uuid(),
  kind: z.enum(planItemKinds),
  description: z.string(),
  status: z.enum(['planned', 'done', 'cancelled']),
  dueOn: z.string().nullable(),
  employmentReferralId: z.uuid().nullable(),
  /** Financial aid: the programs module's application and its status now (read there, never copied). */
  programApplication: z.object({ id: z.uuid(), programCode: z.string(), status: z.enum(applicationStatuses) }).nullable(),
});
const note = z.object({ id: z.uuid(), body: z.string(), confidential: z.boolean(), authorName: z.string(), createdAt: z.string() });
const task = z.object({
  id: z.uuid(),
  title: z.string(),
  followupMonths: z.number().int().nullable(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  outcome: z.enum(['done', 'employed', 'not-employed']).nullable(),
  overdue: z.boolean(),
});
const transfer = z.object({
  id: z.uuid(),
  fromManagerName: z.string(),
  toManagerName: z.string(),
  toUnit: z.object({ kind: z.string(), code: z.string().nullable() }),
  reason: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
  answerReason: z.string().nullable(),
  requestedAt: z.string(),
});
const disclosure = z.object({
  id: z.uuid(),
  kind: z.enum(consentScopes),
  organisation: z.string(),
  reason: z.string(),
  basis: z.enum(['consent', 'override']),
  overrideReason: z.string().nullable(),
  createdAt: z.string(),
});

export const caseRecord = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    kind: z.enum(caseKinds),
    status: z.enum(['open', 'closed']),
    person: z.object({ id: z.uuid(), name: z.string(), districtCode: z.string().nullable() }),
    targetGroups: z.array(z.enum(targetGroups)),
    source: z.enum(referralSources),
    sourceDetail: z.string().nullable(),
    unit: z.object({ kind: z.string(), code: z.string().nullable() }),
    manager: z.object({ id: z.uuid(), name: z.string() }),
    openedOn: z.string(),
    placedOn: z.string().nullable(),
    placementEmployer: z.string().nullable(),
    closedOn: z.string().nullable(),
    closureReason: z.enum(closureReasons).nullable(),
    closureNote: z.string().nullable(),
    consents: z.array(consentRecord),
    plan: z.array(planItem),
    notes: z.array(note),
    confidentialNotesHidden: z.number().int().openapi({ description: 'How many confidential notes the caller may not read.' }),
    tasks: z.array(task),
    transfers: z.array(transfer),
    disclosures: z.array(disclosure),
    allowed: z.object({ write: z.boolean(), supervise: z.boolean(), readConfidential: z.boolean() }),
  })
  .openapi('CaseRecord');

export const createdId = z.object({ id: z.uuid() });
export const consentRequest = consentInput;
export const referralRequest = z
  .object({
    organisation: text(120).openapi({ example: '臺中市政府社會局家庭暴力及性侵害防治中心' }),
    reason: text(500),
    overrideReason: z.string().trim().min(1).max(500).optional().openapi({
      description: 'A supervisor (cases.supervise) may refer without valid consent, giving the reason; kept with the referral.',
    }),
  })
  .openapi('CaseReferral');
export const planItemRequest = z
  .object({
    kind: z.enum(planItemKinds),
    description: text(500),
    dueOn: date.optional(),
    programApplicationId: z.uuid().optional().openapi({ description: "Financial aid only: the person's application in the programs module" }),
  })
  .openapi('CasePlanItem');
export const planItemStatusRequest = z.object({ status: z.enum(['planned', 'done', 'cancelled']) });
export const jobReferralRequest = z.object({ vacancyId: z.uuid() }).openapi('CaseJobReferral');
export const noteRequest = z.object({ body: text(4000), confidential: z.boolean().default(false) }).openapi('CaseNote');
export const taskRequest = z.object({ title: text(200), dueOn: date }).openapi('CaseTask');
export const taskDoneRequest = z.object({ outcome: z.enum(['done', 'employed', 'not-employed']).default('done') });
export const placementRequest = z.object({ startOn: date, employer: text(120) }).openapi('CasePlacement');
export const transferRequest = z.object({ toManagerId: z.uuid(), reason: text(500) }).openapi('CaseTransfer');
export const transferAnswerRequest = z
  .object({ accept: z.boolean(), reason: z.string().trim().max(500).optional() })
  .refine((v) => v.accept || (v.reason !== undefined && v.reason !== ''), { message: 'validation.required', path: ['reason'] })
  .openapi('CaseTransferAnswer');
export const closeRequest = z
  .object({ reason: z.enum(closureReasons), note: z.string().trim().max(1000).optional() })
  .refine((v) => v.reason !== 'other' || (v.note !== undefined && v.note !== ''), { message: 'validation.required', path: ['note'] })
  .openapi('CaseClosure');

export const accessLogEntry = z.object({
  occurredAt: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
});
export const accessLogQuery = listParams(['occurredAt'] as const);

export const incomingTransfer = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  kind: z.enum(caseKinds),
  fromManagerName: z.string(),
  reason: z.string(),
  requestedAt: z.string(),
});

export const caseloadQuery = scopeQuery.extend({ by: z.enum(['manager', 'station']).default('manager') });
export const caseloadRow = z.object({
  key: z.string().openapi({ description: 'The case manager\'s id, or the unit as `kind:code`.' }),
  label: z.string(),
  open: z.number().int(),
  overdueTasks: z.number().int(),
  closed: z.number().int(),
  averageDaysToClose: z.number().nullable(),
  placedShare: z.number().nullable().openapi({ description: 'Cases with a placement ÷ all cases, 0–1; null with no cases.' }),
});
export const caseloadResult = z.object({ today: z.string(), by: z.enum(['manager', 'station']), rows: z.array(caseloadRow) });

export const managerOption = z.object({ id: z.uuid(), name: z.string(), unit: z.object({ kind: z.string(), code: z.string().nullable() }) });
