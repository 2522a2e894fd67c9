import { z } from '@hono/zod-openapi';

export const courseInput = z
  .object({
    year: z.int().min(2000).max(2100),
    code: z.string().regex(/^[A-Za-z0-9-]{1,30}$/),
    title: z.string().trim().min(1).max(200),
    location: z.string().trim().min(1).max(200),
    districtCode: z.string().regex(/^\d{8}$/).optional(),
    /** When it meets, in words fitting working people's hours (e.g. 週二 19:00–21:00). */
    schedule: z.string().trim().min(1).max(200),
    hours: z.int().min(1).max(500),
    feeTwd: z.int().min(0).max(1_000_000),
    places: z.int().min(1).max(10_000),
  })
  .openapi('LaborUniversityCourseInput');

export const course = courseInput
  .extend({ id: z.uuid(), districtCode: z.string().nullable(), enrolled: z.int() })
  .openapi('LaborUniversityCourse');

export const enrolmentRequest = z
  .object({
    courseId: z.uuid(),
    personId: z.uuid(),
    /** One of the labor university's special groups; the subsidy is applied for with it. */
    specialGroup: z.string().regex(/^[a-z0-9-]{2,40}$/).optional(),
    specialGroupConsent: z.boolean().default(false),
  })
  .openapi('LaborUniversityEnrolment');

export const indicator7 = z
  .object({ year: z.int(), subsidisedEnrolments: z.int(), enrolments: z.int(), percent: z.number().nullable(), target: z.number() })
  .openapi('Indicator7');

export const publicCourse = courseInput
  .omit({ places: true })
  .extend({ id: z.uuid(), districtCode: z.string().nullable(), placesLeft: z.int() })
  .openapi('LaborUniversityPublicCourse');

/** A citizen enrols themselves: the account's person, never a parameter. */
export const selfEnrolmentRequest = enrolmentRequest.omit({ personId: true }).openapi('LaborUniversitySelfEnrolment');

/** A meeting's time: ISO with its offset, in a plausible year (the database refuses year 0 with a 5xx otherwise). */
const meetingTime = z.iso.datetime({ offset: true }).refine((v) => /^(19|20|21)\d\d-/.test(v), { message: 'validation.invalid' });

export const sessionInput = z
  .object({
    startsAt: meetingTime,
    endsAt: meetingTime,
    location: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { message: 'validation.programs.sessionEnds', path: ['endsAt'] })
  .openapi('LaborUniversitySessionInput');

export const attendanceInput = z
  .object({
    /** The enrolments present; every other enrolment of the course is recorded absent. */
    present: z.array(z.uuid()).max(10_000),
  })
  .openapi('LaborUniversityAttendance');

export const courseDetail = course
  .extend({
    sessions: z.array(z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string(), location: z.string().nullable(), taken: z.boolean(), present: z.int() })),
    /** Names masked; `present` lists the session ids the enrolment attended. */
    enrolments: z.array(z.object({ id: z.uuid(), name: z.string(), subsidised: z.boolean(), enrolledAt: z.string(), present: z.array(z.uuid()) })),
  })
  .openapi('LaborUniversityCourseDetail');
