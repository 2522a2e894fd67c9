/**
 * @module youth.contract
 * Shapes of the youth services (職涯發展中心, issue 9 section 3, ADR 0027). Messages are `validation.*` keys.
 */
import { z } from '@hono/zod-openapi';
import { plainDate } from '../calculators/calculators.contract.ts';
import { listParams } from '../../shared/http/list.ts';

const districtCode = z.string().regex(/^\d{8}$/, 'validation.district');
const email = z.email('validation.email').max(200).openapi({ example: 'lin.yu@example.tw' });
const personName = z.string().trim().min(1).max(60);
const note = z.string().trim().max(4000).default('');
const locale = z.enum(['zh-TW', 'en', 'id', 'vi', 'th']).default('zh-TW');
/** The booking or registration code: 10 letters and digits, shown once and mailed once. */
export const code = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{10}$/, 'validation.youth.code');

export const eventKinds = ['exploration', 'experience', 'visit'] as const;
export const serviceKinds = ['counselling', ...eventKinds, 'summer-job'] as const;
export const householdStatuses = ['low-income', 'middle-low-income'] as const;
export const bookingStatuses = ['booked', 'cancelled', 'no-show', 'attended'] as const;

// Counselling slots and bookings.

export const createSlotRequest = z
  .object({
    startsAt: z.iso.datetime({ offset: true, message: 'validation.datetime' }),
    minutes: z.int().min(15).max(240).default(60),
    venue: z.string().trim().min(1).max(200),
    capacity: z.int().min(1).max(50).default(1),
  })
  .openapi('YouthSlotCreate');

export const publicSlot = z
  .object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string(), venue: z.string(), placesLeft: z.int() })
  .openapi('YouthPublicSlot');

export const staffSlot = publicSlot
  .extend({ capacity: z.int(), booked: z.int(), status: z.enum(['open', 'withdrawn']), counsellorName: z.string() })
  .openapi('YouthSlot');

export const slotSortKeys = ['startsAt'] as const;
export const slotQuery = z.object({ from: plainDate.optional() }).extend(listParams(slotSortKeys).shape);

export const bookRequest = z
  .object({
    name: personName,
    email,
    birthDate: plainDate,
    districtCode: districtCode.optional(),
    locale,
  })
  .openapi('YouthBookingRequest');

export const booked = z
  .object({ code, startsAt: z.string(), endsAt: z.string(), venue: z.string() })
  .openapi('YouthBooked');

export const codeRequest = z.object({ code }).openapi('YouthCode');

export const publicBooking = z
  .object({ status: z.enum(bookingStatuses), startsAt: z.string(), endsAt: z.string(), venue: z.string(), maskedName: z.string() })
  .openapi('YouthPublicBooking');

/** A booking as the counsellor sees it: the name masked; the address never leaves the server. */
export const staffBooking = z
  .object({
    id: z.uuid(),
    maskedName: z.string(),
    ageOnSlotDay: z.int(),
    status: z.enum(bookingStatuses),
    sessionId: z.uuid().nullable(),
  })
  .openapi('YouthBooking');

export const slotDetail = z.object({ slot: staffSlot, bookings: z.array(staffBooking) }).openapi('YouthSlotDetail');

export const sessionRequest = z
  .object({ assessment: note, resumeReview: note, plan: note })
  .openapi('YouthSessionRequest');

export const sessionRecord = z
  .object({
    id: z.uuid(),
    bookingId: z.uuid(),
    heldOn: z.string(),
    counsellorName: z.string(),
    assessment: z.string(),
    resumeReview: z.string(),
    plan: z.string(),
  })
  .openapi('YouthSession');

// Events.

export const createEventRequest = z
  .object({
    kind: z.enum(eventKinds),
    title: z.string().trim().min(1).max(200),
    startsAt: z.iso.datetime({ offset: true, message: 'validation.datetime' }),
    venue: z.string().trim().min(1).max(200),
    districtCode,
    employerId: z.uuid().optional(),
    capacity: z.int().min(1).max(2000),
  })
  .openapi('YouthEventCreate');

export const publicEvent = z
  .object({
    id: z.uuid(),
    kind: z.enum(eventKinds),
    title: z.string(),
    startsAt: z.string(),
    venue: z.string(),
    districtCode: z.string(),
    placesLeft: z.int(),
  })
  .openapi('YouthPublicEvent');

export const staffEvent = publicEvent
  .extend({ capacity: z.int(), registered: z.int(), attended: z.int(), status: z.enum(['open', 'cancelled']), feedbackAverage: z.number().nullable() })
  .openapi('YouthEvent');

export const eventSortKeys = ['startsAt', 'title'] as const;
export const eventQuery = z.object({ kind: z.enum(eventKinds).optional() }).extend(listParams(eventSortKeys).shape);

export const registration = z
  .object({
    id: z.uuid(),
    maskedName: z.string(),
    status: z.enum(['registered', 'cancelled']),
    attendedOn: z.string().nullable(),
    feedbackRating: z.int().nullable(),
  })
  .openapi('YouthRegistration');

export const eventDetail = z
  .object({ event: staffEvent, registrations: z.array(registration), feedback: z.array(z.object({ rating: z.int(), text: z.string() })) })
  .openapi('YouthEventDetail');

export const attendanceRequest = z
  .object({ registrationIds: z.array(z.uuid()).min(1).max(2000) })
  .openapi('YouthAttendance');

export const feedbackRequest = z
  .object({ code, rating: z.int().min(1).max(5), text: z.string().trim().max(2000).default('') })
  .openapi('YouthFeedback');

// Summer jobs (特定對象大專青年暑期工讀).

export const createSummerJobRequest = z
  .object({
    /** The student's national ID or resident certificate number, typed from their papers. */
    personIdNumber: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9]\d{8}$/, 'validation.id_number'),
    school: z.string().trim().min(1).max(100),
    householdStatus: z.enum(householdStatuses),
    householdDocument: z.object({ number: z.string().trim().min(1).max(60), issuedOn: plainDate }),
    employerId: z.uuid(),
    startOn: plainDate,
    endOn: plainDate,
    hours: z.int().min(1).max(480),
    hourlyWage: z.int().min(1).max(100_000),
  })
  .refine((v) => v.endOn >= v.startOn, { path: ['endOn'], message: 'validation.end_before_start' })
  .openapi('YouthSummerJobCreate');

export const summerJob = z
  .object({
    id: z.uuid(),
    maskedName: z.string(),
    school: z.string(),
    householdStatus: z.enum(householdStatuses),
    employerName: z.string(),
    startOn: z.string(),
    endOn: z.string(),
    hours: z.int(),
    hourlyWage: z.int(),
    minimumHourlyWage: z.int(),
    pay: z.int(),
  })
  .openapi('YouthSummerJob');

export const summerJobSortKeys = ['startOn'] as const;
export const summerJobQuery = z.object({ year: z.coerce.number().int().min(2015).max(2100).optional() }).extend(listParams(summerJobSortKeys).shape);

// Indicator 4.

export const indicatorQuery = z
  .object({ from: plainDate, to: plainDate })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'validation.end_before_start' });

const counts = { personTimes: z.int(), distinctPersons: z.int() };
export const youthIndicator = z
  .object({
    from: z.string(),
    to: z.string(),
    ...counts,
    byService: z.array(z.object({ service: z.enum(serviceKinds), ...counts })),
    byDistrict: z.array(z.object({ districtCode: z.string().nullable(), ...counts })),
  })
  .openapi('YouthIndicator');
