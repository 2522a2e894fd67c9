import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { scopeQuery } from '../../shared/scope.ts';
import { isOccupationCode } from './employment.occupations.ts';

const districtCode = z.string().regex(/^\d{8}$/, 'validation.district');
const occupationCode = z.string().refine(isOccupationCode, { message: 'validation.occupation' });
const shortText = z.string().trim().min(1).max(60);
export const shifts = ['day', 'evening', 'night', 'rotating'] as const;
export const employmentTypes = ['full-time', 'part-time'] as const;
export const certificateLevels = ['甲', '乙', '丙', '單一級'] as const;

export const certificate = z.object({
  kind: z.enum(['技術士', 'other']).default('技術士'),
  name: shortText.openapi({ example: '堆高機操作' }),
  level: z.enum(certificateLevels).optional(),
  number: z.string().trim().max(40).optional(),
});

/** 特定對象 of 就業服務法 Art. 24 and the city's own groups; recorded only with consent. */
export const specialGroups = [
  'low-income',
  'middle-low-income',
  'indigenous',
  'disability',
  'single-parent',
  'middle-aged',
  'senior',
  'domestic-violence-victim',
  'long-term-unemployed',
  'ex-offender',
  'new-resident',
] as const;

export const createJobSeekerRequest = z
  .object({
    personId: z.uuid(),
    desiredOccupations: z.array(occupationCode).max(10).default([]),
    districtCodes: z.array(districtCode).max(29).default([]),
    lowestWage: z.object({ type: z.enum(['monthly', 'hourly']), amount: z.int().min(0).max(10_000_000) }).optional(),
    employmentType: z.enum([...employmentTypes, 'either']).default('either'),
    shifts: z.array(z.enum(shifts)).max(4).default([]),
    skills: z.array(shortText).max(30).default([]),
    certificates: z.array(certificate).max(20).default([]),
    languages: z.array(z.string().trim().min(2).max(20)).max(10).default([]),
    drivingLicences: z.array(shortText).max(10).default([]),
    specialGroups: z
      .object({
        groups: z.array(z.enum(specialGroups)).min(1).max(11),
        consent: z.object({ givenOn: z.iso.date(), expiresOn: z.iso.date().optional() }),
      })
      .optional()
      .openapi({ description: '特定對象 status: refused without the person\'s consent (date given, optional expiry).' }),
  })
  .openapi('CreateJobSeeker');

export const jobSeekerSummary = z
  .object({
    id: z.uuid(),
    personName: z.string().openapi({ description: 'Masked: 王○明' }),
    stationCode: z.string().nullable(),
    registeredOn: z.string(),
    desiredOccupations: z.array(z.string()),
    districtCodes: z.array(z.string()),
    placed: z.boolean(),
  })
  .openapi('JobSeekerSummary');

export const jobSeekerRecord = z
  .object({
    id: z.uuid(),
    person: z.object({ id: z.uuid(), name: z.string(), idNumber: z.string(), phone: z.string().nullable(), districtCode: z.string().nullable() }),
    stationCode: z.string().nullable(),
    registeredOn: z.string(),
    desiredOccupations: z.array(z.string()),
    districtCodes: z.array(z.string()),
    lowestWage: z.object({ type: z.enum(['monthly', 'hourly']), amount: z.number() }).nullable(),
    employmentType: z.string(),
    shifts: z.array(z.string()),
    skills: z.array(z.string()),
    certificates: z.array(certificate),
    languages: z.array(z.string()),
    drivingLicences: z.array(z.string()),
    specialGroups: z
      .object({ groups: z.array(z.string()), consentGivenOn: z.string(), consentExpiresOn: z.string().nullable() })
      .nullable()
      .optional()
      .openapi({ description: 'Present only for roles with employment.read-sensitive' }),
  })
  .openapi('JobSeekerRecord');

export const jobSeekerSortKeys = ['registeredOn'] as const;
export type JobSeekerSortKey = (typeof jobSeekerSortKeys)[number];
export const jobSeekerQuery = scopeQuery.extend(listParams(jobSeekerSortKeys).shape);

export const wage = z
  .object({
    type: z.enum(['monthly', 'hourly']),
    min: z.int().min(1).max(10_000_000),
    max: z.int().min(1).max(10_000_000).nullable().optional(),
    negotiable: z.boolean().optional().openapi({ description: '面議: lawful only from NT$40,000 a month (就業服務法 Art. 5 II ⑥)' }),
  })
  .refine((w) => w.max == null || w.max >= w.min, { message: 'validation.wage_range', path: ['max'] });

export const createVacancyRequest = z
  .object({
    employerId: z.uuid(),
    occupationCode,
    title: z.string().trim().min(1).max(100),
    description: z.string().trim().max(4000).default(''),
    requirements: z.string().trim().max(2000).default(''),
    districtCode,
    address: z.string().trim().max(300).optional(),
    wage,
    hoursPerWeek: z.int().min(1).max(84).optional(),
    employmentType: z.enum(employmentTypes),
    shifts: z.array(z.enum(shifts)).max(4).default([]),
    openings: z.int().min(1).max(1000).default(1),
    requiredCertificates: z.array(shortText).max(10).default([]),
    languages: z.array(z.string().trim().min(2).max(20)).max(10).default([]),
    startOn: z.iso.date().optional(),
    expiresOn: z.iso.date(),
  })
  .openapi('CreateVacancy');

export const screeningHit = z
  .object({
    term: z.string(),
    article: z.string(),
    ground: z.string(),
    field: z.enum(['title', 'description', 'requirements']),
    start: z.int(),
    end: z.int(),
  })
  .openapi('ScreeningHit');

export const vacancyStatuses = ['held', 'published', 'closed'] as const;

export const createdVacancy = z
  .object({ id: z.uuid(), status: z.enum(vacancyStatuses), screening: z.array(screeningHit) })
  .openapi('CreatedVacancy');

export const vacancyRecord = z
  .object({
    id: z.uuid(),
    employerId: z.uuid(),
    employerName: z.string(),
    occupationCode: z.string(),
    title: z.string(),
    description: z.string(),
    requirements: z.string(),
    districtCode: z.string(),
    address: z.string().nullable(),
    wage: z.object({ type: z.enum(['monthly', 'hourly']), min: z.number(), max: z.number().nullable() }),
    hoursPerWeek: z.number().nullable(),
    employmentType: z.string(),
    shifts: z.array(z.string()),
    openings: z.number(),
    requiredCertificates: z.array(z.string()),
    languages: z.array(z.string()),
    startOn: z.string().nullable(),
    expiresOn: z.string(),
    status: z.enum(vacancyStatuses),
    expired: z.boolean(),
    closedReason: z.string().nullable(),
    screening: z.array(screeningHit),
    overrideReason: z.string().nullable(),
    postedOn: z.string().nullable(),
  })
  .openapi('Vacancy');

export const publishVacancyRequest = z
  .object({ overrideReason: z.string().trim().min(5).max(1000).optional() })
  .openapi('PublishVacancy');
export const renewVacancyRequest = z.object({ expiresOn: z.iso.date() }).openapi('RenewVacancy');
export const closeVacancyRequest = z.object({ reason: z.enum(['filled', 'withdrawn']) }).openapi('CloseVacancy');

export const vacancySortKeys = ['createdAt', 'expiresOn', 'title'] as const;
export type VacancySortKey = (typeof vacancySortKeys)[number];
export const staffVacancyQuery = z
  .object({ status: z.enum(vacancyStatuses).optional() })
  .extend(listParams(vacancySortKeys).shape);

export const publicVacancyQuery = z.object({
  q: z.string().trim().max(100).optional(),
  district: districtCode.optional(),
  occupation: z.string().regex(/^\d{1,4}$/, 'validation.occupation').optional(),
  wageMin: z.coerce.number().int().min(0).max(10_000_000).optional(),
  employmentType: z.enum(employmentTypes).optional(),
  postedSince: z.iso.date().optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const publicVacancy = z
  .object({
    id: z.uuid(),
    title: z.string(),
    employerName: z.string(),
    districtCode: z.string(),
    occupationCode: z.string(),
    wage: z.object({ type: z.enum(['monthly', 'hourly']), min: z.number(), max: z.number().nullable() }),
    employmentType: z.string(),
    postedOn: z.string(),
    expiresOn: z.string(),
    violations: z
      .object({ count: z.number(), latestOn: z.string(), link: z.string() })
      .nullable()
      .openapi({ description: 'Published violations (違反勞動法令) of the employer in the last 3 years; null when none' }),
  })
  .openapi('PublicVacancy');

export const publicVacancyPage = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(publicVacancy) });

export const matchReason = z
  .object({ code: z.string(), points: z.number(), detail: z.string().optional() })
  .openapi('MatchReason');
export const jobSeekerMatches = z.object({
  items: z.array(z.object({ vacancyId: z.uuid(), title: z.string(), employerName: z.string(), score: z.number(), reasons: z.array(matchReason) })),
});
export const vacancyMatches = z.object({
  items: z.array(z.object({ jobSeekerId: z.uuid(), personName: z.string(), score: z.number(), reasons: z.array(matchReason) })),
});

export const createReferralRequest = z.object({ jobSeekerId: z.uuid(), vacancyId: z.uuid() }).openapi('CreateReferral');
export const referralOutcomes = ['hired', 'not-hired', 'withdrawn'] as const;
export const referralStatuses = ['referred', 'contacted', 'interviewed', ...referralOutcomes] as const;
export const referralOutcomeRequest = z
  .object({
    outcome: z.enum(referralOutcomes),
    startDate: z.iso.date().optional(),
    monthlyWage: z.int().min(1).max(10_000_000).optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'hired' && !v.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'validation.required' });
    if (v.outcome === 'not-hired' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.required' });
  })
  .openapi('ReferralOutcome');
export const referralProgressRequest = z.object({ status: z.enum(['contacted', 'interviewed']) }).openapi('ReferralProgress');

export const referralRecord = z
  .object({
    id: z.uuid(),
    cardNumber: z.string(),
    jobSeekerId: z.uuid(),
    vacancyId: z.uuid(),
    vacancyTitle: z.string(),
    employerName: z.string(),
    stationCode: z.string().nullable(),
    status: z.enum(referralStatuses),
    startOn: z.string().nullable(),
    monthlyWage: z.number().nullable(),
    reason: z.string().nullable(),
    events: z.array(z.object({ status: z.string(), at: z.string(), actorKind: z.string(), actorName: z.string().nullable() })),
    followups: z.array(z.object({ months: z.number(), dueOn: z.string(), status: z.string() })),
  })
  .openapi('Referral');

/** What the employer sees through the card's link: no ID number, no phone, only the masked name. */
export const referralAnswerView = z
  .object({
    cardNumber: z.string(),
    personName: z.string(),
    vacancyTitle: z.string(),
    employerName: z.string(),
    status: z.enum(referralStatuses),
    expiresAt: z.string(),
  })
  .openapi('ReferralAnswerView');
export const referralAnswerRequest = z
  .object({
    answer: z.enum(['contacted', 'interviewed', 'hired', 'not-hired']),
    startDate: z.iso.date().optional(),
    monthlyWage: z.int().min(1).max(10_000_000).optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'hired' && !v.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'validation.required' });
    if (v.answer === 'not-hired' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.required' });
  })
  .openapi('ReferralAnswer');

export const followupCheckRequest = z.object({ stillEmployed: z.boolean() }).openapi('FollowupCheck');

export const indicatorQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  by: z.enum(['station', 'district', 'special-group', 'officer']).optional(),
});
export const indicatorRow = z.object({ key: z.string().nullable(), registered: z.number(), placed: z.number(), rate: z.number().nullable() });
export const placementRateResult = z
  .object({
    from: z.string(),
    to: z.string(),
    registered: z.number(),
    placed: z.number(),
    rate: z.number().nullable(),
    by: z.string().nullable(),
    rows: z.array(indicatorRow),
  })
  .openapi('PlacementRate');
