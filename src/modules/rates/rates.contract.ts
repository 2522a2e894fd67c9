/**
 * @module rates.contract
 * Shapes of the published rates (issue 14 §3, ADR 0024): the minimum wage, the pension contribution grade
 * table and the labour-insurance disability table, each period with the announcement it was published
 * with. `GET /api/v1/rates` is public (the calculators use it, offline too); adding a period is for
 * `rates.manage`. A stable contract: responses may gain fields, never lose them.
 */
import { z } from '@hono/zod-openapi';
import { isPlainDate } from '#labor-rules';

export const rateKinds = ['minimum-wage', 'contribution-grades', 'disability-grades'] as const;
export type RateKind = (typeof rateKinds)[number];

const plainDate = z
  .string()
  .refine((value) => isPlainDate(value), { message: 'validation.date', abort: true })
  .refine((value) => value >= '2000-01-01' && value <= '2099-12-31', { message: 'validation.date_range' })
  .openapi({ format: 'date', example: '2027-01-01' });

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

export const announcement = z
  .object({
    name: text(200).openapi({ description: 'The announcement, e.g. 勞動部公告訂定最低工資', example: '勞動部公告 116年最低工資' }),
    number: text(100).openapi({ description: 'Its number (文號)', example: '勞動條2字第1150000000號' }),
    date: plainDate.openapi({ description: 'The day it was announced', example: '2026-10-01' }),
    url: z
      .string()
      .trim()
      .max(500)
      .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), { message: 'validation.url' })
      .openapi({ description: 'Where it can be read (the gazette or the MOL page)', example: 'https://www.mol.gov.tw/' }),
  })
  .openapi('RateAnnouncement');

const effectiveFrom = plainDate.openapi({ description: 'The first day the period is in force; it must be after the start of the last period of its kind' });

export const minimumWageRequest = z
  .object({
    effectiveFrom,
    monthly: z.number().int().min(1).max(1_000_000).openapi({ description: 'Monthly minimum wage (NT$)', example: 31000 }),
    hourly: z.number().int().min(1).max(10_000).openapi({ description: 'Hourly minimum wage (NT$), a separate minimum', example: 207 }),
    announcement,
  })
  .openapi('MinimumWagePeriodRequest');

/** Grades numbered 1, 2, 3… in order, their amounts (`key`) rising or falling with the grade. */
function checkGrades(key: 'wage' | 'days', order: 'rising' | 'falling') {
  return (grades: readonly ({ grade: number } & Partial<Record<'wage' | 'days', number>>)[], ctx: z.RefinementCtx) => {
    grades.forEach((row, index) => {
      if (row.grade !== index + 1) ctx.addIssue({ code: 'custom', path: [index, 'grade'], message: 'validation.rates_grade_order' });
      const here = row[key];
      const before = grades[index - 1]?.[key];
      if (here !== undefined && before !== undefined && (order === 'rising' ? here <= before : here >= before)) {
        ctx.addIssue({ code: 'custom', path: [index, key], message: order === 'rising' ? 'validation.rates_amount_rising' : 'validation.rates_amount_falling' });
      }
    });
  };
}

const gradeNumber = (max: number) => z.number().int().min(1).max(max);

export const contributionGradesRequest = z
  .object({
    effectiveFrom,
    grades: z
      .array(z.object({ grade: gradeNumber(100), wage: z.number().int().min(1).max(10_000_000).openapi({ description: "The grade's contribution wage (月提繳工資, NT$)" }) }))
      .min(1)
      .max(100)
      .superRefine(checkGrades('wage', 'rising'))
      .openapi({ description: 'The monthly contribution grade table (勞工退休金月提繳工資分級表): grades 1, 2, 3… with rising wages' }),
    announcement,
  })
  .openapi('ContributionGradesRequest');

export const disabilityGradesRequest = z
  .object({
    effectiveFrom,
    grades: z
      .array(z.object({ grade: gradeNumber(15), days: z.number().int().min(1).max(10_000).openapi({ description: 'Days of benefit for an occupational injury (職業傷病)' }) }))
      .min(1)
      .max(15)
      .superRefine(checkGrades('days', 'falling'))
      .openapi({ description: 'The labour-insurance disability table (勞工保險失能給付標準): grades 1 (most severe) to 15 with falling days' }),
    announcement,
  })
  .openapi('DisabilityGradesRequest');

export type MinimumWageRequest = z.infer<typeof minimumWageRequest>;
export type ContributionGradesRequest = z.infer<typeof contributionGradesRequest>;
export type DisabilityGradesRequest = z.infer<typeof disabilityGradesRequest>;

const published = { id: z.string(), effectiveFrom: z.string(), announcement, publishedAt: z.string() };

export const publishedMinimumWage = z.object({ ...published, monthly: z.number().int(), hourly: z.number().int() }).openapi('PublishedMinimumWage');
export const publishedContributionGrades = z
  .object({ ...published, grades: z.array(z.object({ grade: z.number().int(), wage: z.number().int() })) })
  .openapi('PublishedContributionGrades');
export const publishedDisabilityGrades = z
  .object({ ...published, grades: z.array(z.object({ grade: z.number().int(), days: z.number().int() })) })
  .openapi('PublishedDisabilityGrades');

export const publishedRatesResponse = z
  .object({
    minimumWage: z.array(publishedMinimumWage),
    contributionGrades: z.array(publishedContributionGrades),
    disabilityGrades: z.array(publishedDisabilityGrades),
  })
  .openapi('PublishedRates', {
    description: 'The periods published as data, oldest first, by kind. The shipped periods (the minimum wage from 2014) are in the rules package; each published one starts after them.',
  });

export type PublishedMinimumWage = z.infer<typeof publishedMinimumWage>;
export type PublishedContributionGrades = z.infer<typeof publishedContributionGrades>;
export type PublishedDisabilityGrades = z.infer<typeof publishedDisabilityGrades>;
export type PublishedRates = z.infer<typeof publishedRatesResponse>;

export const ratesStatusResponse = z
  .object({
    today: z.string().openapi({ description: "The app clock's date in Taiwan" }),
    minimumWage: z.object({
      lastEffectiveFrom: z.string().openapi({ description: 'Start of the last minimum-wage period, shipped or published' }),
      warnFrom: z.string().openapi({ description: '60 days before 31 December of that period\'s year' }),
      nextYear: z.number().int(),
      renewalDue: z.boolean().openapi({ description: 'From warnFrom on, with no period for the next year: staff should publish the next minimum wage' }),
    }),
  })
  .openapi('RatesStatus');
export type RatesStatus = z.infer<typeof ratesStatusResponse>;
