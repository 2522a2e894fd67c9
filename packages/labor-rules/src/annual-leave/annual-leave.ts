import { currentRate, findRate } from '../effective-dated.ts';
import { RuleInputError } from '../errors.ts';
import { ceilFraction, dividedBy, fraction, fractionText, plus, roundWholeNtd, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { addDays, assertPlainDate, compareDates, daysBetween, monthsLater, yearOf, type PlainDate } from '../plain-date.ts';
import { normalizeService, serviceBetween, type Service } from '../service-length.ts';
import { assumedStep, basis, lsa, step, type Step } from '../steps.ts';
import { ANNUAL_LEAVE_SCHEDULES, type AnnualLeaveSchedule } from './annual-leave.rates.ts';

/** Leave year: from each hire-date anniversary, or the calendar year (Enforcement Rules Art. 24 para. 2). */
export type AnnualLeaveSystem = 'anniversary' | 'calendar-year';

export type AnnualLeaveInput =
  | { readonly service: Service; readonly system?: 'anniversary' }
  | {
    readonly hireDate: PlainDate;
    readonly asOfDate: PlainDate;
    readonly system?: AnnualLeaveSystem;
    /** Last day of a worker who leaves: calendar-year grants are then checked against the anniversary basis. */
    readonly terminationDate?: PlainDate;
  };

/** Calendar-year grants through the termination against the anniversary basis, and the days owed on top. */
export type LeaverCheck = { readonly calendarYearDays: number; readonly anniversaryDays: number; readonly topUpDays: number };

/** `days` of the leave year in progress; calendar-year days carry one decimal. */
export type AnnualLeaveResult = { readonly days: number; readonly steps: readonly Step[]; readonly leaverCheck?: LeaverCheck };

/**
 * Days of annual leave for a completed service under one schedule (LSA Art. 38 para. 1).
 *
 * @example
 * annualLeaveDaysFor({ years: 10, months: 0, days: 0 }, ANNUAL_LEAVE_SCHEDULES[1]) // 16
 */
export function annualLeaveDaysFor(service: Service, schedule: AnnualLeaveSchedule): number {
  // Only completed months count: leftover days are not folded into a month here, because a
  // span like 1 Dec to 30 Dec (30 days) is not yet a completed month under Civil Code Art. 121.
  const s = normalizeService({ years: service.years, months: service.months, days: 0 });
  const months = s.years * 12 + s.months;
  if (s.years >= 10) return Math.min(schedule.maxDays, schedule.tenYearDays + s.years - 10);
  let days = 0;
  for (const tier of schedule.tiers) if (months >= tier.minMonths) days = tier.days;
  return days;
}

function scheduleStep(schedule: AnnualLeaveSchedule): Step {
  return step(schedule.id === 'current' ? 'annualLeave.scheduleCurrent' : 'annualLeave.schedulePre2017', lsa('38', 1), { effectiveFrom: schedule.effectiveFrom });
}

function calendarYearDays(hire: PlainDate, asOf: PlainDate, schedule: AnnualLeaveSchedule, until?: PlainDate): { days: number; steps: Step[] } {
  const reached = (date: PlainDate) => until === undefined || compareDates(date, until) <= 0;
  const year = yearOf(asOf);
  const yearStart = `${year}-01-01`;
  const nextYearStart = `${year + 1}-01-01`;
  const steps: Step[] = [];
  let total = fraction(0);
  // The 6-month grant is given in full in the year the worker reaches 6 months (UNCONFIRMED, labor-law.md §2.3).
  const sixMonths = monthsLater(hire, 6);
  const sixMonthDays = annualLeaveDaysFor({ years: 0, months: 6, days: 0 }, schedule);
  if (sixMonthDays > 0 && yearOf(sixMonths) === year && reached(sixMonths)) {
    total = plus(total, fraction(sixMonthDays));
    steps.push(assumedStep('annualLeave.calendarYearSixMonthGrant', lsa('38', 1, 1), 'assumption.sixMonthGrantInFull', { date: sixMonths, tierDays: sixMonthDays }, sixMonthDays));
  }
  // Each later tier runs from anniversary k to anniversary k+1 and is shared between the calendar
  // years it overlaps in proportion to its days (UNCONFIRMED method, labor-law.md §2.3).
  for (let k = 1; compareDates(monthsLater(hire, 12 * k), nextYearStart) < 0; k += 1) {
    const tierStart = monthsLater(hire, 12 * k);
    const tierEnd = monthsLater(hire, 12 * (k + 1));
    if (compareDates(tierEnd, yearStart) <= 0 || !reached(tierStart)) continue;
    const tierDays = annualLeaveDaysFor({ years: k, months: 0, days: 0 }, schedule);
    const overlapFrom = compareDates(tierStart, yearStart) > 0 ? tierStart : yearStart;
    const overlapTo = compareDates(tierEnd, nextYearStart) < 0 ? tierEnd : nextYearStart;
    const share = times(fraction(tierDays), fraction(daysBetween(overlapFrom, overlapTo), daysBetween(tierStart, tierEnd)));
    total = plus(total, share);
    steps.push(step('annualLeave.calendarYearTier', lsa('38', 1), {
      year, tierStart, tierEnd: addDays(tierEnd, -1), tierDays, overlapDays: daysBetween(overlapFrom, overlapTo), tierLength: daysBetween(tierStart, tierEnd),
    }, toDecimal(share, 4)));
  }
  // Rounded up to 0.1 day: never below MOL's reported rule (2nd decimal > 1 rounds up).
  const days = Number(ceilFraction(times(total, fraction(10)))) / 10;
  steps.push(assumedStep('annualLeave.calendarYearTotal', basis('laborStandardsActEnforcementRules', '24', 2, 2), 'assumption.calendarYearProration', { year, exact: fractionText(total) }, days));
  return { days, steps };
}

/**
 * A worker who leaves under the calendar-year system: every calendar year's grant from the hire
 * year to the termination (without tiers not yet reached) against the anniversary basis (the
 * 6-month tier and each anniversary reached by the last day), and the difference when the
 * anniversary basis gives more. The top-up rule is practitioner guidance (labor-law.md §2.3);
 * MOL's own wording was not found, so the step is flagged.
 */
function leaverCheck(hire: PlainDate, end: PlainDate): { check: LeaverCheck; steps: Step[] } {
  let calendarTenths = 0;
  for (let year = yearOf(hire); year <= yearOf(end); year += 1) {
    const yearEnd = `${year}-12-31`;
    const asOf = compareDates(yearEnd, end) < 0 ? yearEnd : end;
    const schedule = findRate(ANNUAL_LEAVE_SCHEDULES, asOf, 'annualLeave');
    calendarTenths += Math.round(calendarYearDays(hire, asOf, schedule, end).days * 10);
  }
  let anniversary = 0;
  const sixMonths = monthsLater(hire, 6);
  if (compareDates(sixMonths, end) <= 0) anniversary += annualLeaveDaysFor({ years: 0, months: 6, days: 0 }, findRate(ANNUAL_LEAVE_SCHEDULES, sixMonths, 'annualLeave'));
  for (let k = 1; compareDates(monthsLater(hire, 12 * k), end) <= 0; k += 1) {
    anniversary += annualLeaveDaysFor({ years: k, months: 0, days: 0 }, findRate(ANNUAL_LEAVE_SCHEDULES, monthsLater(hire, 12 * k), 'annualLeave'));
  }
  const topUpTenths = Math.max(0, anniversary * 10 - calendarTenths);
  const check = { calendarYearDays: calendarTenths / 10, anniversaryDays: anniversary, topUpDays: topUpTenths / 10 };
  const params = { hireDate: hire, terminationDate: end, calendarYearDays: check.calendarYearDays, anniversaryDays: anniversary };
  const steps: Step[] = [
    topUpTenths > 0
      ? assumedStep('annualLeave.leaverTopUp', lsa('38', 1), 'assumption.leaverAnniversaryTopUp', params, check.topUpDays)
      : assumedStep('annualLeave.leaverNoTopUp', lsa('38', 1), 'assumption.leaverAnniversaryTopUp', params, 0),
  ];
  return { check, steps };
}

/**
 * Annual leave (特別休假) for the leave year in progress: by seniority under
 * the LSA Art. 38 schedule in force at `asOfDate` (the current schedule when
 * only a length of service is given), on the anniversary system or prorated
 * over the calendar year.
 *
 * @example
 * calculateAnnualLeave({ service: { years: 2, months: 3, days: 0 } }).days // 10
 * calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-08-01', system: 'calendar-year' }).days // 6.6
 */
export function calculateAnnualLeave(input: AnnualLeaveInput): AnnualLeaveResult {
  if ('service' in input) {
    const schedule = currentRate(ANNUAL_LEAVE_SCHEDULES, 'annualLeave');
    const service = normalizeService(input.service);
    const days = annualLeaveDaysFor(service, schedule);
    return {
      days,
      steps: [
        step('annualLeave.serviceGiven', lsa('38', 1), { ...service }),
        scheduleStep(schedule),
        step('annualLeave.anniversaryDays', lsa('38', 1), { ...service }, days),
      ],
    };
  }
  const hire = assertPlainDate(input.hireDate, 'hireDate');
  const asOf = assertPlainDate(input.asOfDate, 'asOfDate');
  if (compareDates(asOf, hire) < 0) throw new RuleInputError('asOfDate', 'before-hire-date');
  const schedule = findRate(ANNUAL_LEAVE_SCHEDULES, asOf, 'annualLeave');
  // Service completed before asOfDate: on the anniversary itself the new tier has started.
  const service = serviceBetween(hire, addDays(asOf, -1), 'asOfDate');
  const steps: Step[] = [
    step('annualLeave.serviceFromDates', basis('laborStandardsActEnforcementRules', '5'), { hireDate: hire, asOfDate: asOf, ...service }),
    scheduleStep(schedule),
  ];
  if (input.system === 'calendar-year') {
    const result = calendarYearDays(hire, asOf, schedule);
    if (input.terminationDate === undefined) return { days: result.days, steps: [...steps, ...result.steps] };
    const end = assertPlainDate(input.terminationDate, 'terminationDate');
    if (compareDates(end, hire) < 0) throw new RuleInputError('terminationDate', 'before-hire-date');
    const leaver = leaverCheck(hire, end);
    return { days: result.days, steps: [...steps, ...result.steps, ...leaver.steps], leaverCheck: leaver.check };
  }
  const days = annualLeaveDaysFor(service, schedule);
  steps.push(step('annualLeave.anniversaryDays', lsa('38', 1), { ...service }, days));
  return { days, steps };
}

export type UnusedAnnualLeavePayInput = {
  readonly unusedDays: number;
  /** Regular-hours monthly wage of the last month; one day's wage = ÷ 30. */
  readonly monthlyWage?: number;
  /** One day's regular-hours wage, for workers not paid monthly. */
  readonly dailyWage?: number;
};

/**
 * Pay for annual-leave days unused at year end or termination (LSA Art. 38
 * para. 4; Enforcement Rules Art. 24-1: one day's wage per day, for monthly
 * pay the last month's regular wage ÷ 30).
 *
 * @example
 * calculateUnusedAnnualLeavePay({ unusedDays: 3, monthlyWage: 36000 }).amount // 3600
 */
export function calculateUnusedAnnualLeavePay(input: UnusedAnnualLeavePayInput): { amount: number; steps: readonly Step[] } {
  const unused = toFraction(input.unusedDays, 'unusedDays');
  if (unused.num < 0n) throw new RuleInputError('unusedDays', 'negative');
  const steps: Step[] = [];
  let dayWage: Fraction;
  if (input.monthlyWage !== undefined) {
    dayWage = dividedBy(toFraction(input.monthlyWage, 'monthlyWage'), fraction(30));
    steps.push(step('annualLeave.unusedPayDayWageFromMonthly', basis('laborStandardsActEnforcementRules', '24-1', 2), { monthlyWage: input.monthlyWage }, toDecimal(dayWage, 2)));
  } else if (input.dailyWage !== undefined) {
    dayWage = toFraction(input.dailyWage, 'dailyWage');
    steps.push(step('annualLeave.unusedPayDayWageGiven', basis('laborStandardsActEnforcementRules', '24-1', 2), { dailyWage: input.dailyWage }, toDecimal(dayWage, 2)));
  } else {
    throw new RuleInputError('monthlyWage', 'wage-required');
  }
  const exact = times(unused, dayWage);
  const amount = roundWholeNtd(exact);
  steps.push(assumedStep('annualLeave.unusedPayAmount', lsa('38', 4), 'assumption.roundUp', { unusedDays: toDecimal(unused, 2), dayWage: toDecimal(dayWage, 2), exact: toDecimal(exact, 4) }, amount));
  return { amount, steps };
}
