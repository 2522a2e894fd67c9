/**
 * @module safety.contract
 * Shapes of the occupational safety module (issue 12 §3, ADR 0035): zero-disaster projects and their monthly
 * logs, the review and certificate, the public search and open data, on-site guidance, experts and events.
 * Messages are `validation.*` keys.
 */
import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { ubnField } from '../employers/employers.contract.ts';

const districtCode = z.string().regex(/^\d{8}$/, 'validation.district');
const plainDate = z.iso.date({ message: 'validation.date' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
const text = (max: number) => z.string().trim().min(1).max(max);

export const projectStatuses = ['active', 'ended', 'certified', 'not-certified'] as const;
export const incidentKinds = ['fall', 'collapse', 'struck-by', 'caught-in', 'electrocution', 'other'] as const;
/** The four partner universities with 職安 departments named by the plan (五-2): 中山醫大、中國醫大、中臺科大、弘光科大. */
export const universities = ['csmu', 'cmu', 'ctust', 'hk'] as const;
export const eventKinds = ['promotion', 'training', 'safety-family'] as const;
export const guidanceStatuses = ['requested', 'assigned', 'visited', 'closed'] as const;

// ---------------------------------------------------------------------------------------------------
// Zero-disaster projects

export const registerProjectRequest = z
  .object({
    name: text(200),
    ownerName: text(200),
    contractorUbn: ubnField,
    contractorName: text(200),
    siteAddress: text(300),
    districtCode,
    contractValueTwd: z.int().min(1).max(1_000_000_000_000),
    startsOn: plainDate,
    plannedEndOn: plainDate,
  })
  .refine((p) => p.plannedEndOn >= p.startsOn, { path: ['plannedEndOn'], message: 'validation.end_before_start' })
  .openapi('ZeroDisasterProjectRegistration');

/** What an employer account registers: the contractor is the account's own employer. */
export const ownProjectRequest = z
  .object({
    name: text(200),
    ownerName: text(200),
    siteAddress: text(300),
    districtCode,
    contractValueTwd: z.int().min(1).max(1_000_000_000_000),
    startsOn: plainDate,
    plannedEndOn: plainDate,
  })
  .refine((p) => p.plannedEndOn >= p.startsOn, { path: ['plannedEndOn'], message: 'validation.end_before_start' })
  .openapi('OwnZeroDisasterProject');

export const incidentInput = z
  .object({
    occurredOn: plainDate,
    kind: z.enum(incidentKinds),
    deaths: z.int().min(0).max(1000).default(0),
    disabledVictims: z.int().min(0).max(1000).default(0),
    hospitalised: z.int().min(0).max(1000).default(0),
    isDesignated: z.boolean().default(false),
    description: z.string().trim().max(2000).default(''),
  })
  .openapi('SafetyIncidentInput');

export const monthlyLogRequest = z
  .object({
    month,
    workHours: z.int().min(0).max(10_000_000),
    headcount: z.int().min(0).max(100_000),
    incidents: z.array(incidentInput).max(50).default([]),
  })
  .superRefine((log, ctx) => {
    log.incidents.forEach((incident, index) => {
      if (incident.occurredOn.slice(0, 7) !== log.month) {
        ctx.addIssue({ code: 'custom', path: ['incidents', index, 'occurredOn'], message: 'validation.safety.incident_outside_month' });
      }
    });
  })
  .openapi('SafetyMonthlyLog');

export const amendLogRequest = z
  .object({
    workHours: z.int().min(0).max(10_000_000),
    headcount: z.int().min(0).max(100_000),
    incidents: z.array(incidentInput).max(50).default([]),
    reason: text(500),
  })
  .openapi('SafetyLogAmendment');

export const endProjectRequest = z.object({ endedOn: plainDate }).openapi('SafetyProjectEnd');
export const reviewRequest = z.object({ note: z.string().trim().max(2000).default('') }).openapi('SafetyProjectReview');

export const incident = z
  .object({
    id: z.uuid(),
    occurredOn: z.string(),
    kind: z.enum(incidentKinds),
    deaths: z.int(),
    disabledVictims: z.int(),
    hospitalised: z.int(),
    isDesignated: z.boolean(),
    isMajor: z.boolean(),
    majorReasons: z.array(z.enum(['item-1', 'item-2', 'item-3', 'item-4'])),
    description: z.string(),
  })
  .openapi('SafetyIncident');

export const monthlyLog = z
  .object({
    month: z.string(),
    workHours: z.int(),
    headcount: z.int(),
    version: z.int(),
    enteredAt: z.string(),
    incidents: z.array(incident),
    revisions: z.array(z.object({ version: z.int(), reason: z.string(), amendedAt: z.string(), content: z.unknown() })),
  })
  .openapi('SafetyLog');

export const certification = z
  .object({
    outcome: z.enum(['running', 'incomplete', 'not-certifiable', 'certifiable']),
    missingMonths: z.array(z.string()),
    majorMonths: z.array(z.string()),
  })
  .openapi('ZeroDisasterRuleResult');

export const staffProject = z
  .object({
    id: z.uuid(),
    projectNumber: z.string(),
    name: z.string(),
    ownerName: z.string(),
    contractorUbn: z.string(),
    contractorName: z.string(),
    siteAddress: z.string(),
    districtCode: z.string(),
    contractValueTwd: z.int(),
    startsOn: z.string(),
    plannedEndOn: z.string(),
    endedOn: z.string().nullable(),
    status: z.enum(projectStatuses),
    channel: z.enum(['staff', 'employer']),
    certificateNumber: z.string().nullable(),
    certifiedOn: z.string().nullable(),
    monthsLogged: z.int(),
    workHours: z.int(),
  })
  .openapi('ZeroDisasterProjectStaff');

export const projectReview = z
  .object({ outcome: z.enum(['certified', 'not-certified']), note: z.string(), reviewedBy: z.string(), reviewedAt: z.string(), ruleResult: certification })
  .openapi('ZeroDisasterReview');

export const staffProjectDetail = z
  .object({ project: staffProject, logs: z.array(monthlyLog), rule: certification, reviews: z.array(projectReview) })
  .openapi('ZeroDisasterProjectDetail');

export const projectSortKeys = ['projectNumber', 'name', 'startsOn', 'status', 'certifiedOn'] as const;
export const projectQuery = z
  .object({ status: z.enum(projectStatuses).optional(), districtCode: districtCode.optional(), q: z.string().trim().max(100).optional() })
  .extend(listParams(projectSortKeys).shape);

// ---------------------------------------------------------------------------------------------------
// Public search and open data: no personal data (the owner may be a person, so it is left out).

export const publicProject = z
  .object({
    projectNumber: z.string(),
    name: z.string(),
    contractorName: z.string(),
    siteAddress: z.string(),
    districtCode: z.string(),
    startsOn: z.string(),
    endedOn: z.string().nullable(),
    certified: z.boolean(),
    certificateNumber: z.string().nullable(),
    certifiedOn: z.string().nullable(),
  })
  .openapi('ZeroDisasterProject');

const booleanQuery = z.enum(['true', 'false'], { message: 'validation.choice' }).transform((v) => v === 'true');
export const publicProjectQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    district: districtCode.optional(),
    certified: booleanQuery.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .openapi('ZeroDisasterSearch');
export const publicProjectPage = z
  .object({ total: z.int(), page: z.int(), pageSize: z.int(), items: z.array(publicProject) })
  .openapi('ZeroDisasterPage');
export const openDataQuery = z.object({ district: districtCode.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });

// ---------------------------------------------------------------------------------------------------
// On-site guidance (臨場輔導) and the partner universities' experts

export const expertRequest = z
  .object({ name: text(60), university: z.enum(universities), specialty: text(200) })
  .openapi('SafetyExpertInput');
export const expert = z
  .object({ id: z.uuid(), name: z.string(), university: z.enum(universities), specialty: z.string(), isActive: z.boolean() })
  .openapi('SafetyExpert');

export const guidanceRequestInput = z
  .object({ employerUbn: ubnField, employerName: text(200), districtCode, siteAddress: text(300), topic: text(1000) })
  .openapi('SafetyGuidanceRequestInput');
export const ownGuidanceRequestInput = z
  .object({ districtCode, siteAddress: text(300), topic: text(1000) })
  .openapi('OwnSafetyGuidanceRequest');
export const assignRequest = z.object({ expertId: z.uuid() }).openapi('SafetyGuidanceAssignment');

export const visitRequest = z
  .object({
    visitedOn: plainDate,
    notes: z.string().trim().max(4000).default(''),
    /** Hazards found on this visit, each with the improvement asked for and its due date. */
    hazards: z.array(z.object({ hazard: text(500), improvement: text(500), dueOn: plainDate })).max(50).default([]),
    /** On a follow-up: each open improvement checked, done or not (then a next due date). */
    checks: z
      .array(
        z
          .object({ improvementId: z.uuid(), result: z.enum(['done', 'not-done']), nextDueOn: plainDate.optional() })
          .refine((c) => (c.result === 'not-done') === (c.nextDueOn !== undefined), { path: ['nextDueOn'], message: 'validation.safety.next_due' }),
      )
      .max(50)
      .default([]),
  })
  .openapi('SafetyGuidanceVisitInput');

export const improvement = z
  .object({
    id: z.uuid(),
    hazard: z.string(),
    improvement: z.string(),
    dueOn: z.string(),
    status: z.enum(['open', 'done']),
    closedOn: z.string().nullable(),
    checks: z.array(z.object({ visitedOn: z.string(), result: z.enum(['done', 'not-done']), nextDueOn: z.string().nullable() })),
  })
  .openapi('SafetyImprovement');

export const guidanceItem = z
  .object({
    id: z.uuid(),
    employerUbn: z.string(),
    employerName: z.string(),
    districtCode: z.string(),
    siteAddress: z.string(),
    topic: z.string(),
    channel: z.enum(['staff', 'employer']),
    status: z.enum(guidanceStatuses),
    expertName: z.string().nullable(),
    requestedAt: z.string(),
    openImprovements: z.int(),
  })
  .openapi('SafetyGuidanceRequest');

export const guidanceDetail = z
  .object({
    request: guidanceItem,
    expert: expert.nullable(),
    visits: z.array(z.object({ id: z.uuid(), kind: z.enum(['first', 'follow-up']), visitedOn: z.string(), expertName: z.string(), notes: z.string() })),
    improvements: z.array(improvement),
  })
  .openapi('SafetyGuidanceDetail');

export const guidanceSortKeys = ['requestedAt', 'employerName', 'status'] as const;
export const guidanceQuery = z.object({ status: z.enum(guidanceStatuses).optional() }).extend(listParams(guidanceSortKeys).shape);

export const overdueItem = z
  .object({ id: z.uuid(), requestId: z.uuid(), employerName: z.string(), hazard: z.string(), improvement: z.string(), dueOn: z.string(), daysOverdue: z.int() })
  .openapi('SafetyOverdueImprovement');
export const overdueSortKeys = ['dueOn', 'employerName'] as const;
export const overdueQuery = z.object({}).extend(listParams(overdueSortKeys).shape);

// ---------------------------------------------------------------------------------------------------
// Promotion and training events

export const eventRequest = z
  .object({
    kind: z.enum(eventKinds),
    title: text(200),
    startsAt: z.iso.datetime({ offset: true, message: 'validation.datetime' }),
    endsAt: z.iso.datetime({ offset: true, message: 'validation.datetime' }),
    venue: text(200),
    districtCode,
    capacity: z.int().min(1).max(5000),
  })
  .refine((e) => new Date(e.endsAt) > new Date(e.startsAt), { path: ['endsAt'], message: 'validation.end_before_start' })
  .openapi('SafetyEventInput');
export const safetyEvent = z
  .object({
    id: z.uuid(),
    kind: z.enum(eventKinds),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: z.string(),
    districtCode: z.string(),
    capacity: z.int(),
    registered: z.int(),
    attended: z.int(),
  })
  .openapi('SafetyEvent');
export const registrationRequest = z.object({ attendeeName: text(60), organisation: z.string().trim().max(200).default('') }).openapi('SafetyEventRegistrationInput');
export const registration = z
  .object({ id: z.uuid(), maskedName: z.string(), organisation: z.string(), attended: z.boolean(), registeredAt: z.string() })
  .openapi('SafetyEventRegistration');
export const eventDetail = z.object({ event: safetyEvent, registrations: z.array(registration) }).openapi('SafetyEventDetail');
export const eventSortKeys = ['startsAt', 'title'] as const;
export const eventQuery = z.object({ kind: z.enum(eventKinds).optional() }).extend(listParams(eventSortKeys).shape);

// ---------------------------------------------------------------------------------------------------
// The staff figures: indicator 3 (entered) next to the city's own guidance and certification counts.

export const safetyFigures = z
  .object({
    year: z.int(),
    indicator3: z
      .object({ value: z.number().nullable(), target: z.number().nullable(), met: z.boolean().nullable(), source: z.string(), name: z.string() })
      .nullable(),
    visitsDone: z.int(),
    improvementsClosed: z.int(),
    improvementsOpen: z.int(),
    certifiedProjects: z.int(),
    eventsHeld: z.int(),
    attendees: z.int(),
  })
  .openapi('SafetyFigures');
