/**
 * @module job-fairs.contract
 * Shapes of the job fairs (issue 8 "Job fairs", ADR 0029). Messages are `validation.*` keys.
 */
import { z } from '@hono/zod-openapi';
import { locales } from '../../shared/i18n/locales.ts';
import { listParams } from '../../shared/http/list.ts';

const districtCode = z.string().regex(/^\d{8}$/, 'validation.district');
const personName = z.string().trim().min(1).max(60);
/** The check-in code the QR code carries: 10 letters and digits. */
export const checkInCode = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{10}$/, 'validation.jobFairs.code');

/** 單一徵才, regional joint fair (15–20 employers), expo (40–50 employers), 中彰投 joint fair. */
export const fairKinds = ['single-employer', 'regional', 'expo', 'zhong-zhang-tou'] as const;
export const fairStatuses = ['draft', 'published', 'cancelled'] as const;
export const signUpStatuses = ['pending', 'approved', 'rejected'] as const;
export const outcomeKinds = ['interview', 'hire'] as const;

export const createFairRequest = z
  .object({
    kind: z.enum(fairKinds),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(''),
    startsAt: z.iso.datetime({ offset: true, message: 'validation.datetime' }),
    endsAt: z.iso.datetime({ offset: true, message: 'validation.datetime' }),
    venue: z.string().trim().min(1).max(200),
    districtCode,
    capacity: z.int().min(1).max(20000),
  })
  .refine((f) => new Date(f.endsAt) > new Date(f.startsAt), { path: ['endsAt'], message: 'validation.jobFairs.ends_before_start' })
  .openapi('JobFairCreate');

/** An edit sends the whole fair again, as created; a fair that has ended or was cancelled is no longer edited. */
export const updateFairRequest = createFairRequest.openapi('JobFairUpdate');
export const cancelFairRequest = z.object({ reason: z.string().trim().min(1).max(500) }).openapi('JobFairCancel');

export const publicFair = z
  .object({
    id: z.uuid(),
    kind: z.enum(fairKinds),
    title: z.string(),
    description: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: z.string(),
    districtCode: z.string(),
    capacity: z.int(),
    placesLeft: z.int(),
    employers: z.int(),
    vacancies: z.int(),
    /** Set when the fair was called off after it was announced; the calendar keeps it, marked, with the reason. */
    cancelled: z.object({ at: z.string(), reason: z.string() }).nullable(),
  })
  .openapi('JobFair');

export const fairVacancy = z.object({ id: z.uuid(), title: z.string(), openings: z.int() }).openapi('JobFairVacancy');
export const fairEmployer = z
  .object({ employerId: z.uuid(), employerName: z.string(), status: z.enum(signUpStatuses), vacancies: z.array(fairVacancy) })
  .openapi('JobFairEmployer');

export const publicFairDetail = z.object({ fair: publicFair, employers: z.array(fairEmployer) }).openapi('JobFairPublicDetail');

export const staffFair = publicFair.extend({ status: z.enum(fairStatuses), registered: z.int(), checkedIn: z.int() }).openapi('JobFairStaff');

/**
 * A fair's figures (docs/job-fairs.md defines each): attendance = checked-in job seekers; interviews =
 * distinct (job seeker, employer) pairs with an interview or a hire recorded; the 初步媒合率 = distinct
 * job seekers with at least one on-the-spot hire ÷ checked-in job seekers × 100, one decimal (null with
 * nobody checked in); confirmed hires = distinct checked-in job seekers placed later through a referral
 * recorded as hired, to a vacancy offered at the fair, starting on or after the fair's day.
 */
export const fairReport = z
  .object({
    fairId: z.uuid(),
    registered: z.int(),
    preRegistered: z.int(),
    checkedIn: z.int(),
    employers: z.int(),
    vacancies: z.int(),
    openings: z.int(),
    interviews: z.int(),
    hiredOnSpot: z.int(),
    preliminaryMatchRate: z.number().nullable(),
    confirmedHires: z.int(),
  })
  .openapi('JobFairReport');

export const staffRegistration = z
  .object({ id: z.uuid(), maskedName: z.string(), channel: z.enum(['online', 'door']), checkedInAt: z.string().nullable(), locale: z.enum(locales) })
  .openapi('JobFairRegistration');
export const staffOutcome = z
  .object({ id: z.uuid(), registrationId: z.uuid(), maskedName: z.string(), employerName: z.string(), vacancyTitle: z.string().nullable(), kind: z.enum(outcomeKinds), recordedAt: z.string() })
  .openapi('JobFairOutcome');

export const staffFairDetail = z
  .object({ fair: staffFair, employers: z.array(fairEmployer), registrations: z.array(staffRegistration), outcomes: z.array(staffOutcome), report: fairReport })
  .openapi('JobFairDetail');

export const fairSortKeys = ['startsAt', 'title'] as const;
export const fairQuery = z.object({ kind: z.enum(fairKinds).optional(), status: z.enum(fairStatuses).optional() }).extend(listParams(fairSortKeys).shape);
export const publicFairQuery = z.object({ from: z.iso.date({ message: 'validation.date' }).optional() });

export const signUpRequest = z.object({ vacancyIds: z.array(z.uuid()).min(1).max(50) }).openapi('JobFairSignUp');
export const staffSignUpRequest = signUpRequest.extend({ employerId: z.uuid() }).openapi('JobFairStaffSignUp');
export const decisionRequest = z.object({ decision: z.enum(['approved', 'rejected']) }).openapi('JobFairDecision');

export const preRegisterRequest = z.object({ name: personName }).openapi('JobFairPreRegistration');
export const doorRegisterRequest = z.object({ name: personName }).openapi('JobFairDoorRegistration');
export const registered = z
  .object({ id: z.uuid(), fairId: z.uuid(), code: checkInCode, qrSvg: z.string() })
  .openapi('JobFairRegistered');

export const myRegistration = z
  .object({ id: z.uuid(), code: z.string(), qrSvg: z.string(), checkedInAt: z.string().nullable(), fair: publicFair })
  .openapi('JobFairMyRegistration');

export const checkInRequest = z.object({ code: checkInCode }).openapi('JobFairCheckIn');
export const checkedIn = z
  .object({ registrationId: z.uuid(), maskedName: z.string(), checkedInAt: z.string(), alreadyCheckedIn: z.boolean() })
  .openapi('JobFairCheckedIn');

export const outcomeRequest = z
  .object({ registrationId: z.uuid(), employerId: z.uuid(), vacancyId: z.uuid().optional(), kind: z.enum(outcomeKinds) })
  .openapi('JobFairOutcomeRequest');
