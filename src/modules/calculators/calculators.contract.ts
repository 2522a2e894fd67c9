/**
 * @module calculators.contract
 * Request and response shapes of the public labor-rights calculators (`/api/v1/calculators/*`,
 * `/api/v1/minimum-wage`). A stable contract: responses may gain fields, never lose them.
 * Inputs are bounded here (sizes, ranges, real calendar dates) so that the rules only ever see
 * values they can compute with in a few milliseconds; the rules still check their own invariants.
 */
import { z } from '@hono/zod-openapi';
import { addDays, isPlainDate } from '#labor-rules';

/** Dates the calculators accept: the rules' tables start in 1984, and a service length spans decades. */
export const earliestDate = '1950-01-01';
export const latestDate = '2099-12-31';

/** At most a little over a year of days per overtime request (the 3-month overtime check needs three). */
export const maxWorkedDays = 400;

const money = (max: number) => z.number().min(0).max(max);

export const plainDate = z
  .string()
  .refine((value) => isPlainDate(value), { message: 'validation.date', abort: true })
  .refine((value) => value >= earliestDate && value <= latestDate, { message: 'validation.date_range' })
  .openapi({ format: 'date', example: '2026-03-02' });

export const plainMonth = z
  .string()
  .refine((value) => /^\d{4}-\d{2}$/.test(value) && isPlainDate(`${value}-01`), { message: 'validation.month', abort: true })
  .refine((value) => value >= earliestDate.slice(0, 7) && value <= latestDate.slice(0, 7), { message: 'validation.date_range' })
  .openapi({ example: '2026-03' });

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'validation.time').openapi({ example: '09:00' });

/** A length of service (年資); months and days may overflow and are carried with 30-day months. */
export const serviceLength = z
  .object({
    years: z.number().int().min(0).max(100),
    months: z.number().int().min(0).max(1200),
    days: z.number().int().min(0).max(36600),
  })
  .openapi('ServiceLength', { example: { years: 8, months: 3, days: 29 } });

const dayTypes = ['workday', 'rest-day', 'national-holiday', 'regular-day-off', 'annual-leave-day'] as const;

export const overtimePayRequest = z
  .object({
    monthlyWage: money(10_000_000).optional().openapi({ description: 'Monthly wage (NT$); hourly = monthly ÷ 240', example: 36000 }),
    hourlyWage: money(100_000).optional().openapi({ description: 'Hourly wage (NT$), for hourly-paid workers or when allowances raise it' }),
    days: z
      .array(
        z.object({
          date: plainDate,
          dayType: z.enum(dayTypes),
          hoursWorked: z.number().min(0).max(24),
          start: clockTime.optional(),
          end: clockTime.optional(),
          emergency: z.boolean().optional().openapi({
            description: 'Work ordered for a natural disaster, incident or emergency (LSA Art. 32 para. 4, Art. 36 para. 3): workday overtime paid double, hours outside the monthly caps',
          }),
        }),
      )
      .min(1)
      .max(maxWorkedDays),
    shiftWork: z.boolean().optional().openapi({ description: 'The worker is on shifts: the 11-hour rest at a change of shift (Art. 34 para. 2) applies; otherwise a short rest is only a note' }),
    threeMonthPeriodStart: plainMonth.optional().openapi({ description: 'First month of the agreed fixed three-month periods for the 138-hour cap (Art. 32 para. 2); without it only a note' }),
    normalWeeklyHours: z.number().gt(0).max(40).optional().openapi({ description: 'Agreed normal weekly hours of a part-time worker: the monthly minimum wage is prorated to them' }),
    flexibleSchedule: z.enum(['2-week', '4-week', '8-week']).optional().openapi({ description: 'Flexible schedule in use (Arts. 30 paras. 2-3, 30-1; days off by Art. 36 para. 2)' }),
  })
  .superRefine((value, ctx) => {
    if (value.monthlyWage === undefined && value.hourlyWage === undefined) {
      ctx.addIssue({ code: 'custom', path: ['monthlyWage'], message: 'validation.wage_required' });
    }
  })
  .openapi('OvertimePayRequest', {
    example: { monthlyWage: 36000, days: [{ date: '2026-03-02', dayType: 'workday', hoursWorked: 10 }] },
  });

/** Either service per pension system, or the dates of hire, switch to the new system and termination. */
export const severancePayRequest = z
  .object({
    averageMonthlyWage: money(10_000_000).openapi({ example: 74947 }),
    oldSystemService: serviceLength.optional(),
    newSystemService: serviceLength.optional(),
    hireDate: plainDate.optional(),
    terminationDate: plainDate.optional(),
    switchDate: plainDate.nullable().optional().openapi({
      description: 'First day under the new pension system; null when the worker stayed in the old system. Required for hires before 2005-07-01.',
    }),
    age: z.number().int().min(15).max(120).optional().openapi({ description: 'Age at termination: with old-system service, the LSA Art. 53 retirement check and the pension are shown next to the severance' }),
  })
  .superRefine((value, ctx) => {
    const byDates = value.hireDate !== undefined || value.terminationDate !== undefined || value.switchDate !== undefined;
    const byService = value.oldSystemService !== undefined || value.newSystemService !== undefined;
    if (byDates && byService) {
      ctx.addIssue({ code: 'custom', path: ['hireDate'], message: 'validation.service_or_dates' });
      return;
    }
    if (!byDates && !byService) {
      ctx.addIssue({ code: 'custom', path: ['newSystemService'], message: 'validation.service_or_dates' });
      return;
    }
    if (byDates) {
      if (value.hireDate === undefined) ctx.addIssue({ code: 'custom', path: ['hireDate'], message: 'validation.required' });
      if (value.terminationDate === undefined) ctx.addIssue({ code: 'custom', path: ['terminationDate'], message: 'validation.required' });
    }
  })
  .openapi('SeverancePayRequest', { example: { averageMonthlyWage: 74947, hireDate: '2018-07-03', terminationDate: '2026-10-31' } });

/** Wage and excluded periods must fall within this many years before the event (and a year after it). */
export const averageWageSpanYears = 20;

const exclusionReasons = [
  'occupationalInjury',
  'maternityHalfPay',
  'forceMajeure',
  'ordinarySickLeave',
  'genderEqualityLeave',
  'unpaidLeave',
] as const;

export const averageWageRequest = z
  .object({
    eventDate: plainDate.openapi({ description: 'The day of termination, retirement or injury; itself excluded' }),
    hireDate: plainDate.optional(),
    wages: z
      .array(z.object({ from: plainDate, to: plainDate, amount: money(100_000_000) }))
      .min(1)
      .max(60),
    excludedPeriods: z
      .array(z.object({ from: plainDate, to: plainDate, reason: z.enum(exclusionReasons) }))
      .max(20)
      .optional(),
    payBasis: z.enum(['monthly', 'daily', 'hourly', 'piece-rate']).optional(),
    actualWorkingDays: z.number().int().min(1).max(400).optional(),
  })
  .superRefine((value, ctx) => {
    // Periods are walked day by day; keeping them near the event bounds the work per request.
    const earliest = isPlainDate(value.eventDate) ? `${Number(value.eventDate.slice(0, 4)) - averageWageSpanYears}${value.eventDate.slice(4)}` : earliestDate;
    const latest = isPlainDate(value.eventDate) ? addDays(value.eventDate, 366) : latestDate;
    const check = (from: string, to: string, path: (string | number)[]) => {
      if (to < from) ctx.addIssue({ code: 'custom', path, message: 'validation.end_before_start' });
      if (from < earliest) ctx.addIssue({ code: 'custom', path: [...path.slice(0, -1), 'from'], message: 'validation.average_wage_span' });
      if (to > latest) ctx.addIssue({ code: 'custom', path, message: 'validation.average_wage_span' });
    };
    value.wages.forEach((wage, index) => check(wage.from, wage.to, ['wages', index, 'to']));
    value.excludedPeriods?.forEach((period, index) => check(period.from, period.to, ['excludedPeriods', index, 'to']));
    if (value.payBasis !== undefined && value.payBasis !== 'monthly' && value.actualWorkingDays === undefined) {
      ctx.addIssue({ code: 'custom', path: ['actualWorkingDays'], message: 'validation.required' });
    }
  })
  .openapi('AverageWageRequest', {
    example: { eventDate: '2018-11-01', wages: [{ from: '2018-05-01', to: '2018-10-31', amount: 180000 }] },
  });

export const annualLeaveRequest = z
  .object({
    service: serviceLength.optional(),
    hireDate: plainDate.optional(),
    asOfDate: plainDate.optional().openapi({ description: 'Defaults to today (Asia/Taipei)' }),
    system: z.enum(['anniversary', 'calendar-year']).optional(),
    terminationDate: plainDate.optional().openapi({
      description: 'Last day of a worker who leaves (calendar-year system): the grants are checked against the anniversary basis and topped up',
    }),
    unusedDays: z.number().min(0).max(366).optional().openapi({ description: 'Unused days to pay out (LSA Art. 38 para. 4)' }),
    monthlyWage: money(10_000_000).optional(),
    dailyWage: money(1_000_000).optional(),
  })
  .superRefine((value, ctx) => {
    const byDates = value.hireDate !== undefined || value.asOfDate !== undefined;
    if (value.service !== undefined && byDates) {
      ctx.addIssue({ code: 'custom', path: ['hireDate'], message: 'validation.service_or_dates' });
    } else if (value.service === undefined && value.hireDate === undefined) {
      ctx.addIssue({ code: 'custom', path: ['hireDate'], message: 'validation.service_or_dates' });
    }
    if (value.terminationDate !== undefined && value.system !== 'calendar-year') {
      ctx.addIssue({ code: 'custom', path: ['terminationDate'], message: 'validation.termination_needs_calendar_year' });
    }
    if (value.service !== undefined && value.system === 'calendar-year') {
      ctx.addIssue({ code: 'custom', path: ['system'], message: 'validation.calendar_year_needs_dates' });
    }
    if (value.unusedDays !== undefined && value.monthlyWage === undefined && value.dailyWage === undefined) {
      ctx.addIssue({ code: 'custom', path: ['monthlyWage'], message: 'validation.wage_required' });
    }
  })
  .openapi('AnnualLeaveRequest', { example: { hireDate: '2023-07-01', asOfDate: '2026-03-02' } });

export const oldPensionRequest = z
  .object({
    averageMonthlyWage: money(10_000_000).openapi({ example: 40000 }),
    oldSystemService: serviceLength,
    age: z.number().int().min(15).max(120).optional(),
    totalService: serviceLength.optional(),
    isDutyDisability: z.boolean().optional(),
  })
  .openapi('OldPensionRequest', { example: { averageMonthlyWage: 40000, oldSystemService: { years: 25, months: 7, days: 0 }, age: 60 } });

export const disabilityQuotaRequest = z
  .object({
    sector: z.enum(['public', 'private']),
    employees: z.number().int().min(0).max(10_000_000),
    disabledEmployees: z
      .object({
        severe: z.number().int().min(0).max(10_000_000),
        other: z.number().int().min(0).max(10_000_000),
        partTimeHalfWage: z.number().int().min(0).max(10_000_000),
      })
      .optional(),
    month: plainMonth.optional().openapi({ description: 'Defaults to this month (Asia/Taipei)' }),
  })
  .openapi('DisabilityQuotaRequest', { example: { sector: 'private', employees: 250, month: '2026-03' } });

export const heatIndexRequest = z
  .object({
    temperatureC: z.number().min(-50).max(60),
    relativeHumidity: z.number().min(0).max(100),
    directSun: z.boolean().optional(),
    heavyClothing: z.boolean().optional(),
  })
  .openapi('HeatIndexRequest', { example: { temperatureC: 33, relativeHumidity: 60, directSun: true } });

export const noticePayRequest = z
  .object({
    hireDate: plainDate,
    terminationDate: plainDate.openapi({ description: 'The last day of the contract' }),
    averageMonthlyWage: money(10_000_000).openapi({ example: 30000 }),
    noticeGivenDays: z.number().int().min(0).max(3660).optional().openapi({
      description: 'Calendar days of notice given, from the day after the notice to the last day; absent = no notice',
    }),
    lastMonthWage: money(10_000_000).optional().openapi({ description: "Last month's regular-hours wage (monthly pay): one day's wage is ÷ 30, never below the average wage" }),
  })
  .superRefine((value, ctx) => {
    if (isPlainDate(value.hireDate) && isPlainDate(value.terminationDate) && value.terminationDate < value.hireDate) {
      ctx.addIssue({ code: 'custom', path: ['terminationDate'], message: 'validation.end_before_start' });
    }
  })
  .openapi('NoticePayRequest', { example: { hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000 } });

export const maternityLeaveRequest = z
  .object({
    hireDate: plainDate,
    leaveStartDate: plainDate,
    monthlyWage: money(10_000_000).openapi({ description: "Last month's regular wage; one day's wage is ÷ 30", example: 30000 }),
    averageMonthlyWage: money(10_000_000).optional().openapi({ description: "When given, one day's wage is never below it ÷ 30" }),
    kind: z.enum(['birth', 'miscarriage']).optional().openapi({ description: "'miscarriage': after 3 months of pregnancy (4 weeks)" }),
  })
  .superRefine((value, ctx) => {
    if (isPlainDate(value.hireDate) && isPlainDate(value.leaveStartDate) && value.leaveStartDate < value.hireDate) {
      ctx.addIssue({ code: 'custom', path: ['leaveStartDate'], message: 'validation.end_before_start' });
    }
  })
  .openapi('MaternityLeaveRequest', { example: { hireDate: '2025-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000 } });

export const parentalLeaveRequest = z
  .object({
    date: plainDate.openapi({ description: 'A day of the leave (selects the rule in force)' }),
    monthlyWage: money(10_000_000).openapi({ example: 30000 }),
    averageMonthlyWage: money(10_000_000).optional(),
  })
  .openapi('ParentalLeaveRequest', { example: { date: '2026-03-02', monthlyWage: 30000 } });

export const occupationalInjuryRequest = z
  .object({
    averageMonthlyWage: money(10_000_000).openapi({ example: 40000 }),
    kind: z.enum(['death', 'disability', 'medical-leave']),
    insuranceBenefitsPaid: money(100_000_000).optional().openapi({
      description: 'Benefits paid for the same accident under labor (occupational-accident) insurance or other law at the employer\'s cost (LSA Art. 59 proviso), as the Bureau of Labor Insurance approval letter shows',
    }),
    disabilityBenefitDays: z.number().gt(0).max(10_000).optional().openapi({
      description: 'kind disability: days of benefit for the grade, from the grade determination; without them, the days of `disabilityGrade` in the disability table published for `date`',
    }),
    disabilityGrade: z.number().int().min(1).max(15).optional(),
    date: plainDate.optional().openapi({ description: 'kind disability: the day the grade was determined; selects the published disability table. Defaults to today (Asia/Taipei)' }),
    medicalCosts: money(100_000_000).optional().openapi({ description: 'kind medical-leave: necessary medical costs' }),
    originalMonthlyWage: money(10_000_000).optional().openapi({ description: 'kind medical-leave: the wage before the injury (原領工資)' }),
    daysUnableToWork: z.number().int().min(0).max(36_600).optional(),
    twoYearLumpSum: z.boolean().optional().openapi({ description: 'kind medical-leave: after 2 years of treatment, the 40-month option' }),
  })
  .superRefine((value, ctx) => {
    // Days from the grade determination, or a grade to look up in the published table (the rule then needs one for the date).
    if (value.kind === 'disability' && value.disabilityBenefitDays === undefined && value.disabilityGrade === undefined) {
      ctx.addIssue({ code: 'custom', path: ['disabilityBenefitDays'], message: 'validation.required' });
    }
    if (value.kind === 'medical-leave') {
      if (value.originalMonthlyWage === undefined) ctx.addIssue({ code: 'custom', path: ['originalMonthlyWage'], message: 'validation.required' });
      if (value.daysUnableToWork === undefined) ctx.addIssue({ code: 'custom', path: ['daysUnableToWork'], message: 'validation.required' });
    }
  })
  .openapi('OccupationalInjuryRequest', { example: { averageMonthlyWage: 40000, kind: 'death' } });

export const pensionContributionRequest = z
  .object({
    monthlyWage: money(10_000_000).openapi({ example: 30000 }),
    date: plainDate.openapi({ description: 'A day of the month contributed for (selects the rates in force)' }),
    voluntaryRate: z.number().min(0).max(0.06).optional().openapi({ description: "Worker's voluntary rate, 0 to 0.06 (LPA Art. 14 para. 3)" }),
    employerRate: z.number().min(0).max(1).optional().openapi({ description: 'Employer rate when above 6 %; a lower one counts as 6 %' }),
    contributionWage: money(10_000_000).optional().openapi({
      description: 'Contribution wage as on the BLI record; without it, the grade of the monthly wage in the grade table (勞工退休金月提繳工資分級表) published for `date`, else the monthly wage (flagged)',
    }),
    projection: z
      .object({
        years: z.number().int().min(1).max(60),
        annualReturnRate: z.number().min(-0.5).max(0.2).openapi({ description: 'Assumed yearly return (the caller states it; none is promised)' }),
        currentBalance: money(1_000_000_000).optional(),
      })
      .optional(),
  })
  .openapi('PensionContributionRequest', { example: { monthlyWage: 30000, date: '2026-03-01', voluntaryRate: 0.06 } });

export const minimumWageQuery = z.object({
  date: plainDate.optional().openapi({ param: { name: 'date', in: 'query' }, description: 'Defaults to today (Asia/Taipei)' }),
});

// Responses

const legalBasis = z
  .object({
    law: z.string(),
    article: z.string(),
    paragraph: z.number().int().optional(),
    subparagraph: z.number().int().optional(),
  })
  .openapi('LegalBasis');

const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const explainedStep = z
  .object({
    key: z.string().openapi({ description: 'Message key, e.g. severancePay.newSystemBase' }),
    text: z.string().openapi({ description: 'The explanation in the caller language' }),
    legalBasis,
    citation: z.string().openapi({ description: 'The legal basis in the caller language, e.g. 勞動基準法第17條' }),
    params,
    value: z.union([z.string(), z.number()]).optional(),
    assumption: z.literal(true).optional().openapi({ description: 'Rests on a reading of an unconfirmed point' }),
    assumptionKey: z.string().optional(),
    assumptionText: z.string().optional(),
  })
  .openapi('CalculationStep');

export const explainedWarning = z
  .object({
    code: z.string(),
    date: z.string().optional(),
    text: z.string(),
    legalBasis,
    citation: z.string(),
    params,
    note: z.literal(true).optional().openapi({ description: 'Information, not a breach: a rule that applies only if the input says so' }),
  })
  .openapi('WorkingTimeWarning');

const steps = z.array(explainedStep);

export const rateUsed = z
  .object({
    kind: z.enum(['minimum-wage', 'contribution-grades', 'disability-grades']),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    source: z.string(),
    announcement: z.object({ name: z.string(), number: z.string(), date: z.string(), url: z.string() }).optional().openapi({ description: 'Set when the period was published as data (ADR 0024)' }),
  })
  .openapi('RateUsed', { description: 'A period of a rate table the answer rests on (the minimum wage, the contribution grade table, the disability table), with its source' });
const ratesUsed = z.array(rateUsed);

export const overtimePayResponse = z
  .object({ hourlyWage: z.number(), overtimePay: z.number().int(), warnings: z.array(explainedWarning), steps, ratesUsed: ratesUsed.openapi({ description: 'The minimum-wage periods the days fall in (the minimum-wage check)' }) })
  .openapi('OvertimePayResult');

export const severancePayResponse = z
  .object({
    amount: z.number().int(),
    oldSystemBase: z.number(),
    newSystemBase: z.number(),
    oldSystemAmount: z.number().int(),
    newSystemAmount: z.number().int(),
    oldSystemService: serviceLength,
    newSystemService: serviceLength,
    retirement: z
      .object({ eligible: z.boolean(), oldPensionBases: z.number(), oldPensionAmount: z.number().int(), totalWithPension: z.number().int() })
      .optional()
      .openapi({ description: 'With age and old-system service: eligibility to retire (Art. 53) and the old-system pension for the old part' }),
    steps,
  })
  .openapi('SeverancePayResult');

export const averageWageResponse = z
  .object({
    dailyAverage: z.number(),
    monthlyAverage: z.number().int(),
    window: z.object({ from: z.string(), to: z.string() }),
    countedDays: z.number().int(),
    steps,
  })
  .openapi('AverageWageResult');

export const annualLeaveResponse = z
  .object({
    days: z.number(),
    asOfDate: z.string().optional(),
    steps,
    leaverCheck: z.object({ calendarYearDays: z.number(), anniversaryDays: z.number(), topUpDays: z.number() }).optional(),
    unusedLeavePay: z.object({ amount: z.number().int(), steps }).optional(),
  })
  .openapi('AnnualLeaveResult');

export const oldPensionResponse = z
  .object({ bases: z.number(), amount: z.number().int(), eligible: z.boolean().optional(), steps })
  .openapi('OldPensionResult');

export const disabilityQuotaResponse = z
  .object({
    month: z.string(),
    requiredCount: z.number().int(),
    countedCount: z.number(),
    shortfall: z.number().int(),
    monthlyShortfallPayment: z.number().int(),
    steps,
    ratesUsed,
  })
  .openapi('DisabilityQuotaResult');

export const heatIndexResponse = z
  .object({
    heatIndexC: z.number(),
    level: z.number().int().min(0).max(4),
    precautions: z.array(z.object({ key: z.string(), text: z.string() })),
    steps,
  })
  .openapi('HeatIndexResult');

export const noticePayResponse = z
  .object({
    noticeDays: z.number().int(),
    noticePay: z.number().int(),
    jobSearchLeaveDaysPerWeek: z.number().int(),
    shortfallDays: z.number().int(),
    dayWage: z.number(),
    service: serviceLength,
    steps,
  })
  .openapi('NoticePayResult');

export const maternityLeaveResponse = z
  .object({ weeks: z.number().int(), paidInFull: z.boolean(), pay: z.number().int(), service: serviceLength, leaveEndDate: z.string(), steps })
  .openapi('MaternityLeaveResult');

export const parentalLeaveResponse = z
  .object({
    prenatalCheckDays: z.number().int(),
    paternityDays: z.number().int(),
    prenatalCheckPay: z.number().int(),
    paternityPay: z.number().int(),
    steps,
  })
  .openapi('ParentalLeaveResult');

export const occupationalInjuryResponse = z
  .object({
    funeralAllowance: z.number().int().optional(),
    deathCompensation: z.number().int().optional(),
    disabilityCompensation: z.number().int().optional(),
    medicalCosts: z.number().int().optional(),
    wageCompensation: z.number().int().optional(),
    lumpSum: z.number().int().optional(),
    total: z.number().int(),
    offset: z.number().int(),
    employerOwes: z.number().int(),
    disabilityTable: z.object({ grade: z.number().int(), days: z.number(), effectiveFrom: z.string() }).optional(),
    steps,
    ratesUsed,
  })
  .openapi('OccupationalInjuryResult');

export const pensionContributionResponse = z
  .object({
    contributionWage: z.number(),
    contributionGrade: z.object({ grade: z.number().int(), wage: z.number(), effectiveFrom: z.string() }).optional(),
    employerContribution: z.number().int(),
    voluntaryContribution: z.number().int(),
    projection: z.object({ years: z.number().int(), balance: z.number().int() }).optional(),
    steps,
    ratesUsed,
  })
  .openapi('PensionContributionResult');

export const minimumWageResponse = z
  .object({ date: z.string(), monthly: z.number().int(), hourly: z.number().int(), effectiveFrom: z.string(), ratesUsed: ratesUsed.optional() })
  .openapi('MinimumWage');
