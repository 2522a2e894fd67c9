import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { scopeQuery } from '../../shared/scope.ts';
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';
import { locales } from '../../shared/i18n/locales.ts';

export const disputeTypes = ['rights', 'adjustment'] as const;
export const partyKinds = ['worker', 'employer', 'union'] as const;
export const claimKinds = ['unpaid-wages', 'overtime', 'severance', 'notice-pay', 'pension-contributions', 'occupational-injury', 'other'] as const;
export const originKinds = ['complaint', 'visit', 'consultation'] as const;
export const caseStatuses = ['received', 'appointed', 'scheduled', 'closed'] as const;
export const outcomes = ['agreed', 'not-agreed', 'withdrawn', 'absent'] as const;
export const deadlineKinds = [
  'appoint-mediator', 'start-mediation', 'mediation-proposal', 'choose-members', 'convene-committee', 'investigation-report', 'committee-meeting',
] as const;
export const routes = ['mediator', 'committee'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export type Outcome = (typeof outcomes)[number];

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const phone = z.string().trim().regex(/^\+?[\d\s()-]{7,20}$/, 'validation.phone');

export const party = z.object({
  kind: z.enum(partyKinds),
  name: text(200),
  idNumber: z.string().trim().max(20).optional().openapi({ description: "A worker's ID or residence permit number, or an employer's UBN" }),
  phone: phone.optional(),
  email: z.email().max(200).optional(),
  address: z.string().trim().max(300).optional(),
  locale: z.enum(locales).optional().openapi({ description: 'The language notices reach this party in; zh-TW when absent' }),
});

export const claim = z.object({
  kind: z.enum(claimKinds),
  amount: z.number().int().min(0).max(1_000_000_000).optional().openapi({ description: 'NT$, whole dollars' }),
  description: z.string().trim().max(1000).optional(),
});

/** What the nearest-site proposal reads of the city file (GET /api/v1/reference/city gives the same to the web). */
export type SiteDistrictCity = {
  districts: readonly { townCode: string; name: string }[];
  mediationSites: readonly { code: string }[];
  mediationSiteDistricts?: { confirmed: boolean; serves: Record<string, readonly string[]> } | undefined;
};

/**
 * "A party may ask for the nearest site" (issue 11 §1): the site that serves the district, by the city file's
 * table (the bureau's decision, marked `confirmed` or not), or undefined when the table does not name it. The
 * party may always choose another site. Pure and dependency-free: the application form runs it too.
 */
export function proposeMediationSite(city: SiteDistrictCity, districtCode: string): { siteCode: string; districtCode: string; confirmed: boolean } | undefined {
  const table = city.mediationSiteDistricts;
  if (!table) return undefined;
  for (const [siteCode, districts] of Object.entries(table.serves)) {
    if (districts.includes(districtCode) && city.mediationSites.some((s) => s.code === siteCode)) return { siteCode, districtCode, confirmed: table.confirmed };
  }
  return undefined;
}

/**
 * The district an address is in: the district name written in it (臺中市大甲區… → 大甲區). The longest name that
 * occurs wins, so that 南屯區 is never read as 南區; undefined when none or the address is empty.
 */
export function districtInAddress(city: SiteDistrictCity, address: string | undefined): string | undefined {
  if (!address) return undefined;
  const text = address.normalize('NFKC').replaceAll('台', '臺');
  let best: { townCode: string; name: string } | undefined;
  for (const district of city.districts) {
    if (text.includes(district.name.replaceAll('台', '臺')) && (!best || district.name.length > best.name.length)) best = district;
  }
  return best?.townCode;
}

/** The application, online (public) or entered by staff: the same fields. */
export const mediationApplication = z
  .object({
    disputeType: z.enum(disputeTypes).openapi({ description: 'rights: 權利事項; adjustment: 調整事項 (勞資爭議處理法 Art. 5)' }),
    route: z.enum(routes).default('mediator').openapi({ description: 'Art. 11 para. 1: a mediator (Art. 12) or a mediation committee (Arts. 13–16); mediator when absent' }),
    siteCode: z.string().trim().min(1).max(40).openapi({ description: 'The mediation site the applicant prefers (city file)', example: 'shalu-office' }),
    districtCode: z
      .string()
      .trim()
      .regex(/^\d{8}$/, 'validation.district')
      .optional()
      .openapi({ description: "The party's district (town code of the city file), for the nearest-site proposal; when absent, the district named in the applicant's address" }),
    applicant: party,
    respondent: party.extend({ ubn: z.string().trim().refine(isUnifiedBusinessNumber, 'validation.ubn').optional() }),
    claims: z.array(claim).min(1, 'validation.required').max(10),
    summary: text(5000),
    origin: z.object({ kind: z.enum(originKinds), ref: text(100) }).optional().openapi({ description: 'The complaint, visit or consultation that led to it' }),
  })
  .superRefine((value, ctx) => {
    if (!value.applicant.phone && !value.applicant.email) ctx.addIssue({ code: 'custom', path: ['applicant', 'phone'], message: 'validation.complainant_contact' });
  })
  .openapi('MediationApplication');
export type MediationApplicationInput = z.infer<typeof mediationApplication>;

export const mediationReceipt = z
  .object({ caseNumber: z.string().openapi({ example: 'MC-7K3M9Q2X' }), secret: z.string().openapi({ example: '7K3M-9Q2X-ABCD-EFGH-JKMN' }) })
  .openapi('MediationReceipt');

export const deadline = z.object({
  kind: z.enum(deadlineKinds),
  dueOn: z.string().openapi({ example: '2026-03-05' }),
  article: z.string().openapi({ example: '勞資爭議處理法第12條第1項' }),
  metOn: z.string().nullable(),
  overdue: z.boolean(),
});

export const mediationSortKeys = ['receivedAt', 'caseNumber', 'status', 'siteCode', 'appointDueOn'] as const;
export type MediationSortKey = (typeof mediationSortKeys)[number];

export const listMediationQuery = listParams(mediationSortKeys)
  .merge(scopeQuery)
  .extend({
    status: z.enum(caseStatuses).optional(),
    overdue: z.enum(['true', 'false']).optional().openapi({ description: 'true: open cases with a deadline past and not met' }),
  });

export const mediationSummary = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    route: z.enum(routes),
    disputeType: z.enum(disputeTypes),
    siteCode: z.string(),
    respondentName: z.string(),
    applicantName: z.string().openapi({ description: 'Masked (王○明)' }),
    claimTotal: z.number().int(),
    receivedAt: z.string(),
    mediatorName: z.string().nullable(),
    duplicateOf: z.string().nullable().openapi({ description: 'The case number of an open case with the same parties and claims' }),
    outcome: z.enum(outcomes).nullable(),
    deadlines: z.array(deadline),
  })
  .openapi('MediationCaseSummary');

export const mediationSession = z.object({
  id: z.uuid(),
  siteCode: z.string(),
  room: z.string(),
  roomName: z.string(),
  mediatorName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  remarks: z.string().nullable(),
});

export const paymentItem = z.object({ position: z.number().int(), amount: z.number().int(), dueOn: z.string(), paidOn: z.string().nullable(), followedUpOn: z.string().nullable(), overdue: z.boolean() });

export const mediationDetail = mediationSummary
  .extend({
    channel: z.enum(['online', 'staff']),
    summary: z.string(),
    origin: z.object({ kind: z.enum(originKinds), ref: z.string() }).nullable(),
    claims: z.array(claim),
    sessions: z.array(mediationSession),
    agreedAmount: z.number().int().nullable(),
    outcomeOn: z.string().nullable(),
    payments: z.array(paymentItem),
    committee: z
      .object({
        members: z.array(z.object({ seat: z.enum(['bureau', 'applicant', 'respondent']), name: z.string(), designated: z.boolean(), chair: z.boolean() })),
        specialCircumstance: z.string().nullable(),
        meetingExtensionReason: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: 'The committee route only (Arts. 13–16)' }),
    nearestSite: z
      .object({
        siteCode: z.string(),
        districtCode: z.string(),
        source: z.enum(['chosen', 'address']).openapi({ description: "chosen: the district the party picked; address: the district named in the applicant's address" }),
        confirmed: z.boolean().openapi({ description: "false while the city file's district-to-site table is not confirmed by the bureau" }),
      })
      .nullable()
      .openapi({ description: "The site that serves the party's district, by the city file's table; the session may be booked elsewhere" }),
  })
  .openapi('MediationCaseDetail');

const day = z.iso.date({ message: 'validation.date' });
const partyMember = z.object({
  name: text(200),
  designated: z.boolean().openapi({ description: 'true: the bureau designated the member because the party did not choose within the period (Art. 14 para. 1)' }),
});
/** One step of the committee route; `on` is the day it happened (Taiwan time). */
export const committeeStepRequest = z
  .discriminatedUnion('step', [
    z.object({ step: z.literal('notified'), on: day.openapi({ description: 'The day the parties received the notice to choose members (Art. 14 para. 1)' }) }),
    z.object({
      step: z.literal('members'),
      on: day.openapi({ description: 'The day the last member was chosen or designated (starts Art. 15)' }),
      chairMediatorId: z.uuid().openapi({ description: "The bureau's member who chairs (Art. 13), from the mediators registry" }),
      otherBureauMediatorIds: z.array(z.uuid()).length(2).optional().openapi({ description: 'For a committee of five: the two other bureau members' }),
      applicant: partyMember,
      respondent: partyMember,
    }),
    z.object({ step: z.literal('investigator'), on: day.openapi({ description: 'The day the committee sent a member to investigate (Art. 16 para. 1)' }) }),
    z.object({
      step: z.literal('report'),
      on: day,
      specialCircumstance: z.string().trim().min(1).max(1000).optional().openapi({ description: 'Required when the report is later than 10 days (Art. 16 para. 1)' }),
    }),
    z.object({ step: z.literal('extend'), reason: text(1000).openapi({ description: 'Why the meeting is put off by 7 days: necessary, or both parties agreed (Art. 16 para. 2)' }) }),
    z.object({ step: z.literal('meeting'), on: day.openapi({ description: 'The day the committee met on the report (Art. 16 para. 2)' }) }),
  ])
  .openapi('MediationCommitteeStep');
export type CommitteeStepInput = z.infer<typeof committeeStepRequest>;

export const partyView = party.extend({ role: z.enum(['applicant', 'respondent']) });
export const mediationParties = z.object({ items: z.array(partyView) }).openapi('MediationParties');

export const appointRequest = z
  .object({
    mediatorId: z.uuid(),
    skipReason: z.string().trim().min(1, 'validation.required').max(1000).optional().openapi({ description: "Required when the mediator is not the rotation's suggestion" }),
  })
  .openapi('AppointMediator');
export const rotationItem = z.object({
  id: z.uuid(),
  name: z.string(),
  organisation: z.string().nullable(),
  languages: z.array(z.string()),
  appointments: z.number().int().openapi({ description: 'Appointments in the last 365 days' }),
  lastAppointedOn: z.string().nullable(),
  speaksPartiesLanguages: z.boolean(),
});
export const rotationResponse = z.object({ suggestedId: z.uuid().nullable(), items: z.array(rotationItem) }).openapi('MediatorRotation');
export const bookRequest = z
  .object({
    siteCode: z.string().trim().min(1).max(40),
    room: z.string().trim().min(1).max(40),
    startsAt: z.iso.datetime({ offset: true }).openapi({ example: '2026-03-10T01:30:00Z' }),
    minutes: z.number().int().min(30).max(480).default(120).openapi({ description: 'Length of the session; 120 when absent' }),
    remarks: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .openapi({ description: "On the notice to both parties (what to bring, how to get there), in Chinese: translated for a party who reads another language" }),
  })
  .openapi('BookMediationSession');
export const outcomeRequest = z
  .object({
    outcome: z.enum(outcomes),
    outcomeOn: z.iso.date(),
    agreedAmount: z.number().int().min(0).max(1_000_000_000).optional(),
    payments: z
      .array(z.object({ amount: z.number().int().min(1).max(1_000_000_000), dueOn: z.iso.date({ message: 'validation.date' }) }))
      .max(24)
      .optional()
      .openapi({ description: '調解成立 only: the instalments agreed and the day each falls due; they add up to agreedAmount' }),
    remarks: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .openapi({ description: "The mediator's remarks on the record (調解紀錄), in Chinese: translated for a party who reads another language" }),
  })
  .openapi('MediationOutcome');

export const mediatorItem = z.object({
  id: z.uuid(),
  name: z.string(),
  organisation: z.string().nullable(),
  languages: z.array(z.string()),
  certificateValidUntil: z.string().nullable(),
});
export const roomItem = z.object({ siteCode: z.string(), code: z.string(), name: z.string(), capacity: z.number().int() });

/** The staff deadline reminders' settings (ADR 0042): the bureau's choice, not a legal figure. */
export const reminderSettingsRequest = z
  .object({
    daysBefore: z.number().int().min(0).max(30).openapi({ description: "Days before a deadline's last day that the reminder goes out (0: on the last day only). The bureau's choice, not a legal figure." }),
    remindSupervisorWhenOverdue: z.boolean().openapi({ description: "When a deadline is overdue, also e-mail the site's supervising role." }),
  })
  .openapi('MediationReminderSettings');
