import { RuleInputError } from '../errors.ts';
import type { MessageKey } from '../messages/zh-TW.ts';
import { compareFractions, dividedBy, fraction, plus, roundWholeNtd, sum, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { addDays, assertPlainDate, compareDates, daysBetween, monthsEarlier, toDayNumber, type PlainDate } from '../plain-date.ts';
import { normalizeService, serviceBetween } from '../service-length.ts';
import { assumedStep, basis, lsa, step, type Step } from '../steps.ts';

/** Periods whose days and wages are left out of the average (Enforcement Rules Art. 2, items 2-7). */
export type ExclusionReason =
  | 'occupationalInjury'
  | 'maternityHalfPay'
  | 'forceMajeure'
  | 'ordinarySickLeave'
  | 'genderEqualityLeave'
  | 'unpaidLeave';

/** Enforcement Rules Art. 2 item for each reason (item 1 is the event day, always excluded). */
const EXCLUSION_ITEMS: Record<ExclusionReason, number> = {
  occupationalInjury: 2, maternityHalfPay: 3, forceMajeure: 4, ordinarySickLeave: 5, genderEqualityLeave: 6, unpaidLeave: 7,
};

/**
 * Wages paid for the days `from`..`to` (inclusive). `amount` must be the wages
 * for the non-excluded days of that period; a period straddling the window
 * edge is prorated by its non-excluded calendar days.
 */
export type WagePayment = { readonly from: PlainDate; readonly to: PlainDate; readonly amount: number };

export type ExcludedPeriod = { readonly from: PlainDate; readonly to: PlainDate; readonly reason: ExclusionReason };

/** How the worker is paid; the 60 % floor applies to all but `monthly` (LSA Art. 2 item 4 proviso). */
export type PayBasis = 'monthly' | 'daily' | 'hourly' | 'piece-rate';

export type AverageWageInput = {
  /** The day the event (termination, retirement, injury…) occurs; it is itself excluded. */
  readonly eventDate: PlainDate;
  /** Needed when service may be shorter than 6 months. */
  readonly hireDate?: PlainDate;
  readonly wages: readonly WagePayment[];
  readonly excludedPeriods?: readonly ExcludedPeriod[];
  readonly payBasis?: PayBasis;
  /** Days actually worked in the window; required for the 60 % floor when `payBasis` is not monthly. */
  readonly actualWorkingDays?: number;
};

/** `dailyAverage` has 2 decimals (display); `monthlyAverage` is whole NT$, ready for severance or pension. */
export type AverageWageResult = {
  readonly dailyAverage: number;
  readonly monthlyAverage: number;
  readonly window: { readonly from: PlainDate; readonly to: PlainDate };
  readonly countedDays: number;
  readonly steps: readonly Step[];
};

function excludedDaySet(periods: readonly ExcludedPeriod[]): Set<number> {
  const days = new Set<number>();
  periods.forEach((period, index) => {
    const from = toDayNumber(assertPlainDate(period.from, `excludedPeriods[${index}].from`));
    const to = toDayNumber(assertPlainDate(period.to, `excludedPeriods[${index}].to`));
    if (to < from) throw new RuleInputError(`excludedPeriods[${index}].to`, 'before-from');
    for (let d = from; d <= to; d += 1) days.add(d);
  });
  return days;
}

function countableDays(from: number, to: number, excluded: Set<number>): number {
  let count = 0;
  for (let d = from; d <= to; d += 1) if (!excluded.has(d)) count += 1;
  return count;
}

/**
 * Average wage (平均工資, LSA Art. 2 item 4): wages of the 6 months before
 * the event divided by the calendar days of that period. Days excluded by
 * Enforcement Rules Art. 2 are left out with their wages and the window is
 * extended backwards by as many days; with less than 6 months' service the
 * whole service is used. For daily, hourly and piece-rate pay the result is
 * at least 60 % of total wages ÷ days actually worked. The monthly average is
 * the daily average × the average days per month of the period (MOL letter
 * (83)台勞動2字第25564號: with a full window, the 6-month total ÷ 6).
 *
 * @example
 * calculateAverageWage({ eventDate: '2018-11-01', wages: [{ from: '2018-05-01', to: '2018-10-31', amount: 180000 }] })
 * // → { dailyAverage: 978.26, monthlyAverage: 30000, window: { from: '2018-05-01', to: '2018-10-31' }, ... }
 */
export function calculateAverageWage(input: AverageWageInput): AverageWageResult {
  const event = assertPlainDate(input.eventDate, 'eventDate');
  const hire = input.hireDate === undefined ? undefined : assertPlainDate(input.hireDate, 'hireDate');
  if (hire !== undefined && compareDates(hire, event) >= 0) throw new RuleInputError('hireDate', 'not-before-event-date');
  const excluded = excludedDaySet(input.excludedPeriods ?? []);
  const steps: Step[] = [];
  const end = addDays(event, -1);
  const normalStart = monthsEarlier(event, 6);
  const lowerBound = hire === undefined ? Number.NEGATIVE_INFINITY : toDayNumber(hire);
  // The window holds as many countable days as the plain 6-month window has calendar days.
  const target = daysBetween(normalStart, event);
  let cursor = toDayNumber(end);
  let counted = 0;
  while (counted < target && cursor >= lowerBound) {
    if (!excluded.has(cursor)) counted += 1;
    if (counted < target) cursor -= 1;
  }
  const startNumber = Math.max(cursor, lowerBound);
  // Service (net of excluded days) shorter than the window: the whole service is used.
  const isShortService = counted < target;
  const start = addDays(event, startNumber - toDayNumber(event));
  if (counted === 0) throw new RuleInputError('excludedPeriods', 'no-countable-days');
  steps.push(step(isShortService ? 'averageWage.windowShortService' : 'averageWage.window', lsa('2', undefined, 4), { eventDate: event, from: start, to: end, days: counted }));
  (input.excludedPeriods ?? []).forEach((period) => {
    const key = `averageWage.excluded.${period.reason}` as const satisfies MessageKey;
    steps.push(step(key, basis('laborStandardsActEnforcementRules', '2', undefined, EXCLUSION_ITEMS[period.reason]), { from: period.from, to: period.to }));
  });
  const windowFrom = toDayNumber(start);
  const windowTo = toDayNumber(end);
  const parts: Fraction[] = input.wages.map((wage, index) => {
    const from = toDayNumber(assertPlainDate(wage.from, `wages[${index}].from`));
    const to = toDayNumber(assertPlainDate(wage.to, `wages[${index}].to`));
    if (to < from) throw new RuleInputError(`wages[${index}].to`, 'before-from');
    const own = countableDays(from, to, excluded);
    const inside = countableDays(Math.max(from, windowFrom), Math.min(to, windowTo), excluded);
    if (own === 0 || inside === 0) return fraction(0);
    return times(toFraction(wage.amount, `wages[${index}].amount`), fraction(inside, own));
  });
  const total = sum(parts);
  steps.push(step('averageWage.totalWages', lsa('2', undefined, 3), { total: toDecimal(total, 2) }, toDecimal(total, 2)));
  let daily = dividedBy(total, fraction(counted));
  steps.push(step('averageWage.dailyAverage', lsa('2', undefined, 4), { total: toDecimal(total, 2), days: counted }, toDecimal(daily, 2)));
  const payBasis = input.payBasis ?? 'monthly';
  if (payBasis !== 'monthly') {
    const worked = input.actualWorkingDays;
    if (worked === undefined || !Number.isInteger(worked) || worked <= 0) throw new RuleInputError('actualWorkingDays', 'required-for-non-monthly-pay');
    const floor = times(dividedBy(total, fraction(worked)), fraction(60, 100));
    const isFloorApplied = compareFractions(floor, daily) > 0;
    steps.push(step(isFloorApplied ? 'averageWage.floorApplied' : 'averageWage.floorNotApplied', lsa('2', undefined, 4), {
      total: toDecimal(total, 2), workingDays: worked, floor: toDecimal(floor, 2),
    }, toDecimal(floor, 2)));
    if (isFloorApplied) daily = floor;
  }
  let daysPerMonth: Fraction;
  if (isShortService) {
    // MOL letter (83)台勞動2字第25564號 uses the average days per month of the period; for a
    // period shorter than 6 months its length in months uses 30-day months for the part month.
    const length = normalizeService(serviceBetween(start, end));
    const months = plus(fraction(length.years * 12 + length.months), fraction(length.days, 30));
    daysPerMonth = dividedBy(fraction(windowTo - windowFrom + 1), months);
  } else {
    daysPerMonth = dividedBy(fraction(counted), fraction(6));
  }
  const monthlyExact = times(daily, daysPerMonth);
  const monthlyAverage = roundWholeNtd(monthlyExact);
  steps.push(assumedStep('averageWage.monthlyAverage', lsa('2', undefined, 4), 'assumption.roundUp', {
    daily: toDecimal(daily, 2), daysPerMonth: toDecimal(daysPerMonth, 4), exact: toDecimal(monthlyExact, 4),
  }, monthlyAverage));
  return { dailyAverage: toDecimal(daily, 2), monthlyAverage, window: { from: start, to: end }, countedDays: counted, steps };
}
