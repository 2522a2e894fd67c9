/**
 * Request and response shapes of the mass-layoff routes (大量解僱勞工保護法). The web imports this file
 * (ADR 0009), so it holds zod only. Messages are `validation.*` keys.
 */
import { z } from '@hono/zod-openapi';

const date = z.iso.date({ message: 'validation.date' });
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const count = (max = 1_000_000) => z.number().int().min(0).max(max);
const positive = (max = 1_000_000) => z.number().int().min(1).max(max);

/** 勞動基準法 Art. 11 items 1–5, and a merger or reorganisation (大量解僱勞工保護法 Art. 2 para. 1). */
export const layoffReasons = ['closure_or_transfer', 'loss_or_contraction', 'force_majeure_suspension', 'change_of_business', 'incompetence', 'merger', 'reorganisation'] as const;
export type LayoffReason = (typeof layoffReasons)[number];
export const committeeSides = ['authority', 'employer', 'workers'] as const;
export const planOutcomes = ['agreed', 'not_agreed', 'withdrawn'] as const;
export const deadlineKinds = ['notice', 'negotiation', 'committee', 'next_meeting'] as const;

const limit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: count() }),
  z.object({ kind: z.literal('fraction'), numerator: positive(100), denominator: positive(100) }),
]);
const band = z
  .object({ item: positive(20), minHeadcount: count(), maxHeadcount: positive().nullable(), withinWindow: limit, singleDayOver: count().nullable() })
  .refine((b) => b.maxHeadcount === null || b.maxHeadcount > b.minHeadcount, { path: ['maxHeadcount'], message: 'validation.invalid' });

/** A rule set: the figures of Arts. 2, 4 and 5 as staff read them, with their source (no figure is built in). */
export const ruleSetRequest = z
  .object({
    effectiveFrom: date,
    windowDays: positive(365),
    siteBands: z.array(band).min(1, 'validation.required').max(20),
    enterprise: z.object({ item: positive(20), withinWindowOver: count(), singleDayOver: count().nullable() }).nullable(),
    noticeDays: positive(365),
    negotiationDays: positive(365),
    committeeDays: positive(365),
    source: text(1000).openapi({ description: 'Where the figures were read: the gazette, the law database page and its date' }),
  })
  .openapi('MassLayoffRuleSetInput');
export type RuleSetRequest = z.infer<typeof ruleSetRequest>;

export const ruleSet = ruleSetRequest.extend({ id: z.uuid(), createdAt: z.string() }).openapi('MassLayoffRuleSet');

const category = z.object({ category: text(100), count: positive() });

/** The plan as filed (Art. 4 para. 3 lists what it states): by an employer account, or by staff for an employer. */
export const ownPlanRequest = z
  .object({
    siteName: text(200).openapi({ description: '廠場: the site whose workers are dismissed' }),
    siteHeadcount: positive().openapi({ description: 'Workers employed at the site, without fixed-term contract workers (Art. 2 para. 2)' }),
    layoffOn: date,
    noticeOn: date.openapi({ description: 'The day the plan was notified to the bureau and the workers (Art. 4 para. 1)' }),
    plannedDismissals: positive(),
    singleDayMax: positive().openapi({ description: 'The most to be dismissed on one day' }),
    enterpriseDismissals: positive().optional().openapi({ description: 'All sites of the enterprise together within the window, when other sites dismiss too' }),
    enterpriseSingleDayMax: positive().optional(),
    categories: z.array(category).min(1, 'validation.required').max(20),
    reasons: z.array(z.enum(layoffReasons)).min(1, 'validation.required').max(layoffReasons.length),
    departments: text(500),
    selectionCriteria: text(2000),
    severanceMethod: text(2000).openapi({ description: '資遣費計算方式及輔導轉業方案' }),
    exemptEvent: z.string().trim().max(1000).optional().openapi({ description: 'Art. 4 para. 1 proviso: the disaster, incident or sudden event' }),
  })
  .superRefine((plan, ctx) => {
    if (plan.noticeOn > plan.layoffOn) ctx.addIssue({ code: 'custom', path: ['noticeOn'], message: 'validation.notice_after_layoff' });
    if (plan.singleDayMax > plan.plannedDismissals) ctx.addIssue({ code: 'custom', path: ['singleDayMax'], message: 'validation.layoff_counts' });
    if (plan.plannedDismissals > plan.siteHeadcount) ctx.addIssue({ code: 'custom', path: ['plannedDismissals'], message: 'validation.layoff_counts' });
    if (plan.enterpriseDismissals !== undefined && plan.enterpriseDismissals < plan.plannedDismissals) ctx.addIssue({ code: 'custom', path: ['enterpriseDismissals'], message: 'validation.layoff_counts' });
    if (plan.categories.reduce((t, c) => t + c.count, 0) !== plan.plannedDismissals) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'validation.categories_total' });
    if (new Set(plan.reasons).size !== plan.reasons.length) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'validation.invalid' });
  })
  .openapi('OwnMassLayoffPlan');
export type OwnPlanRequest = z.infer<typeof ownPlanRequest>;

export const staffPlanRequest = z.object({ employerId: z.uuid() }).and(ownPlanRequest).openapi('MassLayoffPlanInput');
export type StaffPlanRequest = z.infer<typeof staffPlanRequest>;

export const deadline = z.object({ kind: z.enum(deadlineKinds), dueOn: z.string(), article: z.string(), metOn: z.string().nullable(), overdue: z.boolean() });
export const assessment = z
  .object({
    isMass: z.boolean(),
    band: z.object({ item: z.number().int(), windowOver: z.number().int(), singleDayOver: z.number().int().nullable() }).nullable(),
    matches: z.array(z.object({ item: z.number().int(), test: z.enum(['window', 'single_day']), over: z.number().int(), value: z.number().int() })),
    windowDays: z.number().int(),
    article: z.string(),
  })
  .openapi('MassLayoffAssessment');

export const planSummary = z
  .object({
    id: z.uuid(),
    employerId: z.uuid(),
    employerName: z.string(),
    siteName: z.string(),
    siteHeadcount: z.number().int(),
    layoffOn: z.string(),
    noticeOn: z.string(),
    plannedDismissals: z.number().int(),
    isMass: z.boolean(),
    article: z.string(),
    noticeStatus: z.enum(['in_time', 'late', 'exempt']),
    filedBy: z.enum(['staff', 'employer']),
    outcome: z.enum(planOutcomes).nullable(),
    deadlines: z.array(deadline),
  })
  .openapi('MassLayoffPlanSummary');
export type PlanSummary = z.infer<typeof planSummary>;

export const planDetail = planSummary
  .extend({
    singleDayMax: z.number().int(),
    categories: z.array(category),
    reasons: z.array(z.enum(layoffReasons)),
    departments: z.string(),
    selectionCriteria: z.string(),
    severanceMethod: z.string(),
    exemptEvent: z.string().nullable(),
    assessment,
    ruleSource: z.string(),
    agreedOn: z.string().nullable(),
    committeeConvenedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    members: z.array(z.object({ id: z.uuid(), side: z.enum(committeeSides), name: z.string(), title: z.string().nullable() })),
    meetings: z.array(z.object({ id: z.uuid(), heldOn: z.string(), summary: z.string() })),
  })
  .openapi('MassLayoffPlan');

export const filedPlan = z.object({ id: z.uuid(), assessment, noticeStatus: z.enum(['in_time', 'late', 'exempt']), deadlines: z.array(deadline) }).openapi('FiledMassLayoffPlan');

export const agreementRequest = z.object({ agreedOn: date }).openapi('MassLayoffAgreement');
export const committeeRequest = z
  .object({
    convenedOn: date,
    members: z.array(z.object({ side: z.enum(committeeSides), name: text(100), title: z.string().trim().max(100).optional() })).max(11),
  })
  .superRefine((value, ctx) => {
    // Art. 6 para. 1 (official text): five to eleven members, one of the authority (the chair), equal numbers of each side.
    const n = (side: string) => value.members.filter((m) => m.side === side).length;
    if (value.members.length < 5 || value.members.length > 11 || n('authority') !== 1 || n('employer') !== n('workers')) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'validation.mass_layoff_committee_members' });
    }
  })
  .openapi('MassLayoffCommittee');
export const meetingRequest = z.object({ heldOn: date, summary: text(5000) }).openapi('MassLayoffMeeting');
export const closeRequest = z.object({ closedOn: date, outcome: z.enum(planOutcomes) }).openapi('MassLayoffClose');

/** What the employment service sees: plans with a layoff ahead and how many workers, nothing personal. */
export const upcomingLayoff = z
  .object({ id: z.uuid(), employerName: z.string(), siteName: z.string(), layoffOn: z.string(), daysLeft: z.number().int(), plannedDismissals: z.number().int(), categories: z.array(category) })
  .openapi('UpcomingLayoff');
