import { z } from '@hono/zod-openapi';

// A real calendar date in a plausible year (PostgreSQL refuses year 0 with a 5xx otherwise).
const isoDate = z.iso.date({ message: 'validation.date' }).refine((v) => /^(19|20|21)\d\d-/.test(v), { message: 'validation.date' });

export const trainingStatuses = ['applied', 'selected', 'waitlisted', 'dropped', 'completed'] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

export const trainingClassInput = z
  .object({
    code: z.string().trim().regex(/^[A-Za-z0-9-]{1,30}$/, 'validation.programs.trainingCode'),
    title: z.string().trim().min(1).max(200),
    /** The training provider (訓練單位). */
    provider: z.string().trim().min(1).max(200),
    /** An occupation of the employment module's classification. */
    occupationCode: z.string().trim().regex(/^\d{1,4}$/, 'validation.programs.occupation'),
    hours: z.int().min(1).max(3000),
    startsOn: isoDate,
    endsOn: isoDate,
    place: z.string().trim().min(1).max(200),
    districtCode: z.string().regex(/^\d{8}$/, 'validation.district').optional(),
    places: z.int().min(1).max(1000),
    /** The selection day (甄試日); applications close the day before. */
    selectionOn: isoDate,
    /** 職業訓練生活津貼 a month, NT$: not in the plan, so staff enter it with its source, or leave both empty. */
    allowanceMonthlyTwd: z.int().min(0).max(1_000_000).optional(),
    allowanceSource: z.string().trim().min(1).max(300).optional(),
  })
  .refine((v) => v.endsOn >= v.startsOn, { message: 'validation.programs.trainingEnds', path: ['endsOn'] })
  .refine((v) => v.selectionOn <= v.startsOn, { message: 'validation.programs.trainingSelection', path: ['selectionOn'] })
  .refine((v) => (v.allowanceMonthlyTwd === undefined) === (v.allowanceSource === undefined), { message: 'validation.programs.allowanceSource', path: ['allowanceSource'] })
  .openapi('TrainingClassInput');

const classFields = {
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  provider: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  hours: z.int(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string(),
  districtCode: z.string().nullable(),
  selectionOn: z.string(),
  allowanceMonthlyTwd: z.int().nullable(),
  allowanceSource: z.string().nullable(),
  /** Whether applications are taken today (up to the day before the selection). */
  open: z.boolean(),
};

export const trainingClass = z
  .object({ ...classFields, places: z.int(), selected: z.int(), applicants: z.int(), waitlisted: z.int() })
  .openapi('TrainingClass');

/** The public and citizen list: no applicant data, only the places left. */
export const publicTrainingClass = z.object({ ...classFields, placesLeft: z.int() }).openapi('PublicTrainingClass');

export const trainingEnrolment = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    /** Masked in the list. */
    name: z.string(),
    /** The job seeker's employment service station (their home unit); null when registered city-wide. */
    stationCode: z.string().nullable(),
    status: z.enum(trainingStatuses),
    attendedHours: z.int(),
    channel: z.enum(['staff', 'citizen']),
    appliedAt: z.string(),
    completedOn: z.string().nullable(),
  })
  .openapi('TrainingEnrolment');

export const trainingClassDetail = trainingClass.extend({ enrolments: z.array(trainingEnrolment) }).openapi('TrainingClassDetail');

export const trainingApplicationRequest = z.object({ jobSeekerId: z.uuid() }).openapi('TrainingApplication');

export const trainingTransitionRequest = z
  .object({
    to: z.enum(['selected', 'waitlisted', 'dropped', 'completed']),
    /** Hours attended, recorded with any step (and required to complete). */
    attendedHours: z.int().min(0).max(3000).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.to !== 'completed' || v.attendedHours !== undefined, { message: 'validation.programs.attendedHours', path: ['attendedHours'] })
  .openapi('TrainingTransition');

/** A completed trainee for the employment module to place (the follow-up prompt): masked, with the station. */
export const placementPrompt = z
  .object({
    enrolmentId: z.uuid(),
    jobSeekerId: z.uuid(),
    name: z.string(),
    stationCode: z.string().nullable(),
    classCode: z.string(),
    classTitle: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    completedOn: z.string(),
    attendedHours: z.int(),
    hours: z.int(),
    /** Hired through a referral starting on or after the completion: no longer a prompt once true. */
    placed: z.boolean(),
  })
  .openapi('TrainingPlacementPrompt');

export const myTrainingApplication = z
  .object({ id: z.uuid(), classCode: z.string(), classTitle: z.string(), startsOn: z.string(), selectionOn: z.string(), status: z.enum(trainingStatuses), attendedHours: z.int(), hours: z.int() })
  .openapi('MyTrainingApplication');

export const selfTrainingApplication = z.object({ classId: z.uuid() }).openapi('SelfTrainingApplication');
