import { findRate } from '../effective-dated.ts';
import { RuleInputError } from '../errors.ts';
import type { MessageKey } from '../messages/zh-TW.ts';
import type { MinimumWageRate } from '../minimum-wage/minimum-wage.rates.ts';
import {
  compareFractions, dividedBy, fraction, fractionText, maxFraction, minFraction, minus, plus, roundWholeNtd, sum, times,
  toDecimal, toFraction, type Fraction,
} from '../money.ts';
import { assertPlainDate, type PlainDate } from '../plain-date.ts';
import { assumedStep, lsa, step, type LegalBasis, type Step, type Warning } from '../steps.ts';
import { checkWorkingTime } from '../working-time/working-time.ts';
import {
  EMERGENCY_OVERTIME_TIERS, HOLIDAY_EXTRA_HOUR_TIERS, MONTHLY_WAGE_HOURS, REGULAR_DAILY_HOURS, REST_DAY_BLOCKS, REST_DAY_PREMIUM_TIERS, REST_DAY_RULES,
  WORKDAY_OVERTIME_TIERS, type HourTier,
} from './overtime-pay.rates.ts';

/**
 * Kind of day worked: 平日 workday, 休息日 rest day (Art. 36), 休假日 national
 * holiday (Art. 37), 例假 regular day off (Arts. 36, 40), or 特別休假 annual-leave
 * day (Art. 38). The last is paid like a national holiday (Art. 39).
 */
export type DayType = 'workday' | 'rest-day' | 'national-holiday' | 'regular-day-off' | 'annual-leave-day';

/** One day worked. `start`/`end` ("HH:MM") are optional and only used for the rest-between-shifts check. */
export type WorkedDay = {
  readonly date: PlainDate;
  readonly dayType: DayType;
  readonly hoursWorked: number;
  readonly start?: string;
  readonly end?: string;
  /**
   * Work ordered for a natural disaster, incident or emergency (Art. 32 para. 4; on a rest day
   * Art. 36 para. 3): workday overtime is paid double (Art. 24 para. 1 subpara. 3) and the hours
   * fall outside the monthly caps. Work on a regular day off is emergency work by Art. 40 already.
   */
  readonly emergency?: boolean;
};

/** Flexible schedule in use (LSA Art. 30 paras. 2-3, Art. 30-1; rest days by Art. 36 para. 2). */
export type FlexibleSchedule = '2-week' | '4-week' | '8-week';

/**
 * Either wage may be given; with `monthlyWage` the worker is monthly-paid. The other fields only
 * shape the working-time warnings: `shiftWork` (Art. 34 applies to shift workers), the first month
 * of the agreed fixed three-month periods (Art. 32 para. 2), the agreed normal weekly hours of a
 * part-time worker (pro-rata minimum wage) and the flexible schedule in use (Art. 36 para. 2).
 */
export type OvertimePayInput = {
  readonly monthlyWage?: number;
  readonly hourlyWage?: number;
  readonly days: readonly WorkedDay[];
  readonly shiftWork?: boolean;
  readonly threeMonthPeriodStart?: string;
  readonly normalWeeklyHours?: number;
  readonly flexibleSchedule?: FlexibleSchedule;
  /** The minimum-wage periods to check against: the shipped table with the published ones (ADR 0024). */
  readonly minimumWages?: readonly MinimumWageRate[];
};

/** `overtimePay` is the whole NT$ owed on top of the regular wage for the days given. */
export type OvertimePayResult = {
  readonly hourlyWage: number;
  readonly overtimePay: number;
  readonly warnings: readonly Warning[];
  readonly steps: readonly Step[];
};

type Segment = { readonly hours: Fraction; readonly multiplier: Fraction };

function splitIntoTiers(hours: Fraction, tiers: readonly HourTier[]): Segment[] {
  const segments: Segment[] = [];
  let from = fraction(0);
  for (const tier of tiers) {
    if (compareFractions(hours, from) <= 0) break;
    const to = tier.upTo === null ? hours : minFraction(hours, fraction(tier.upTo));
    segments.push({ hours: minus(to, from), multiplier: tier.multiplier });
    from = to;
  }
  return segments;
}

type DayPay = { readonly amount: Fraction; readonly steps: Step[] };

function tierSteps(
  date: PlainDate, hours: Fraction, tiers: readonly HourTier[], hourly: Fraction, keys: readonly MessageKey[],
  legalBasis: LegalBasis, beyondKey: MessageKey,
): DayPay {
  const steps: Step[] = [];
  const amounts: Fraction[] = [];
  splitIntoTiers(hours, tiers).forEach((segment, index) => {
    const amount = times(times(segment.hours, hourly), segment.multiplier);
    amounts.push(amount);
    const params = {
      date, hours: toDecimal(segment.hours, 2), hourlyWage: toDecimal(hourly, 2), multiplier: fractionText(segment.multiplier),
    };
    const key = keys[index];
    steps.push(
      key === undefined
        ? assumedStep(beyondKey, legalBasis, 'assumption.hoursBeyondLimitPaid', params, toDecimal(amount, 2))
        : step(key, legalBasis, params, toDecimal(amount, 2)),
    );
  });
  return { amount: sum(amounts), steps };
}

function workdayPay(day: WorkedDay, hours: Fraction, hourly: Fraction): DayPay {
  const overtime = maxFraction(fraction(0), minus(hours, fraction(REGULAR_DAILY_HOURS)));
  if (overtime.num === 0n) {
    return { amount: fraction(0), steps: [step('overtimePay.workdayNoOvertime', lsa('30', 1), { date: day.date, hours: toDecimal(hours, 2) }, 0)] };
  }
  if (day.emergency === true) {
    // Art. 32 para. 4 overtime (disaster, incident, emergency) is paid double: Art. 24 para. 1 subpara. 3.
    return tierSteps(day.date, overtime, EMERGENCY_OVERTIME_TIERS, hourly, ['overtimePay.workdayEmergency'], lsa('24', 1, 3), 'overtimePay.workdayEmergency');
  }
  return tierSteps(
    day.date, overtime, WORKDAY_OVERTIME_TIERS, hourly,
    ['overtimePay.workdayFirstTwoHours', 'overtimePay.workdayNextTwoHours'], lsa('24', 1), 'overtimePay.workdayBeyondTwelve',
  );
}

function restDayPay(day: WorkedDay, hours: Fraction, hourly: Fraction, isMonthlyPaid: boolean): DayPay {
  const rule = findRate(REST_DAY_RULES, day.date, 'restDayPay');
  const steps: Step[] = [];
  let counted = hours;
  if (rule.isBlockRule) {
    const block = REST_DAY_BLOCKS.find((limit) => compareFractions(hours, fraction(limit)) <= 0);
    counted = block === undefined ? hours : fraction(block);
    steps.push(step('overtimePay.restDayBlockRule', lsa('24', 3), { date: day.date, hours: toDecimal(hours, 2), countedHours: toDecimal(counted, 2) }));
  } else {
    steps.push(step('overtimePay.restDayActualHours', lsa('24', 2), { date: day.date, hours: toDecimal(hours, 2) }));
  }
  const premium = tierSteps(
    day.date, counted, REST_DAY_PREMIUM_TIERS, hourly,
    ['overtimePay.restDayFirstTwoHours', 'overtimePay.restDayThirdToEighthHour', 'overtimePay.restDayNinthToTwelfthHour'],
    lsa('24', 2), 'overtimePay.restDayBeyondTwelve',
  );
  steps.push(...premium.steps);
  if (isMonthlyPaid) return { amount: premium.amount, steps };
  // An hourly-paid worker also gets the base hourly wage for rest-day hours 1-8: the premium is
  // "additional" (另再加給), and MOL's totals of 2.34 / 2.67 (Taiwan News 2016-12-22) include it. Hours
  // 9-12 are covered by no wage for anyone, so their 2⅔ rate is the whole pay (issue 14, legal review).
  const baseHours = minFraction(counted, fraction(REGULAR_DAILY_HOURS));
  const base = times(baseHours, hourly);
  steps.push(assumedStep('overtimePay.restDayBaseHours', lsa('24', 2), 'assumption.restDayHourlyPaidBase', {
    date: day.date, hours: toDecimal(baseHours, 2), hourlyWage: toDecimal(hourly, 2),
  }, toDecimal(base, 2)));
  return { amount: plus(premium.amount, base), steps };
}

const DAY_WAGE_KEYS = {
  'national-holiday': 'overtimePay.nationalHolidayDayWage',
  'annual-leave-day': 'overtimePay.annualLeaveDayDayWage',
  'regular-day-off': 'overtimePay.regularDayOffDayWage',
} as const satisfies Record<string, MessageKey>;

function holidayPay(day: WorkedDay & { dayType: keyof typeof DAY_WAGE_KEYS }, hours: Fraction, hourly: Fraction, isMonthlyPaid: boolean): DayPay {
  const isRegularDayOff = day.dayType === 'regular-day-off';
  const legalBasis = isRegularDayOff ? lsa('40', 1) : lsa('39');
  // Arts. 39, 40: any work within 8 hours, even one hour, earns one extra full day's wage
  // (MOL letter 台87勞動2字第039675號, labor-law.md §4.1).
  const dayWage = times(hourly, fraction(REGULAR_DAILY_HOURS));
  const params = { date: day.date, hours: toDecimal(hours, 2), hourlyWage: toDecimal(hourly, 2) };
  // For an hourly-paid worker "加倍發給" is contested: Penghu County (2024-09) reads it as the hours worked
  // paid twice; one full day's wage for any work within 8 hours is never less, and is flagged.
  const steps: Step[] = [
    isMonthlyPaid
      ? step(DAY_WAGE_KEYS[day.dayType], legalBasis, params, toDecimal(dayWage, 2))
      : assumedStep(DAY_WAGE_KEYS[day.dayType], legalBasis, 'assumption.holidayHourlyPaidDayWage', params, toDecimal(dayWage, 2)),
  ];
  const beyond = maxFraction(fraction(0), minus(hours, fraction(REGULAR_DAILY_HOURS)));
  if (beyond.num === 0n) return { amount: dayWage, steps };
  // Art. 40 allows work on a regular day off only in the emergencies it names, so its hours beyond 8
  // are Art. 32 para. 4 overtime, paid double (Art. 24 para. 1 subpara. 3). Holidays beyond 8 hours
  // follow the weekday rates (MOL page 2025-09-05, labor-law.md §4.1).
  const extra = isRegularDayOff
    ? tierSteps(day.date, beyond, EMERGENCY_OVERTIME_TIERS, hourly, ['overtimePay.regularDayOffBeyondEight'], lsa('24', 1, 3), 'overtimePay.regularDayOffBeyondEight')
    : tierSteps(
      day.date, beyond, HOLIDAY_EXTRA_HOUR_TIERS, hourly,
      ['overtimePay.holidayNinthTenthHour', 'overtimePay.holidayEleventhTwelfthHour'], lsa('24', 1), 'overtimePay.holidayBeyondTwelve',
    );
  return { amount: plus(dayWage, extra.amount), steps: [...steps, ...extra.steps] };
}

function resolveHourlyWage(input: OvertimePayInput): { hourly: Fraction; isMonthlyPaid: boolean; steps: Step[] } {
  const { monthlyWage, hourlyWage } = input;
  if (monthlyWage === undefined && hourlyWage === undefined) throw new RuleInputError('monthlyWage', 'wage-required');
  const given = hourlyWage === undefined ? undefined : toFraction(hourlyWage, 'hourlyWage');
  if (given !== undefined && given.num <= 0n) throw new RuleInputError('hourlyWage', 'not-positive');
  if (monthlyWage === undefined) {
    return { hourly: given ?? fraction(0), isMonthlyPaid: false, steps: [step('overtimePay.hourlyGiven', lsa('24', 1), { hourlyWage: toDecimal(given ?? fraction(0), 2) })] };
  }
  const monthly = toFraction(monthlyWage, 'monthlyWage');
  if (monthly.num <= 0n) throw new RuleInputError('monthlyWage', 'not-positive');
  // A monthly wage covers 30 days of 8 hours: hourly = monthly ÷ 30 ÷ 8 (MOL, labor-law.md §0).
  const fromMonthly = dividedBy(monthly, fraction(MONTHLY_WAGE_HOURS));
  const steps = [step('overtimePay.hourlyFromMonthly', lsa('24', 1), { monthlyWage }, toDecimal(fromMonthly, 2))];
  if (given !== undefined && compareFractions(given, fromMonthly) > 0) {
    // The stated hourly wage may include regular allowances that count as wages (Art. 2 item 3).
    steps.push(step('overtimePay.hourlyGivenHigher', lsa('2', undefined, 3), { hourlyWage: toDecimal(given, 2) }, toDecimal(given, 2)));
    return { hourly: given, isMonthlyPaid: true, steps };
  }
  return { hourly: fromMonthly, isMonthlyPaid: true, steps };
}

/**
 * Overtime and holiday pay owed on top of the regular wage for a list of
 * days: weekday overtime (LSA Art. 24 para. 1), rest-day work (Art. 24 para. 2;
 * actual hours since 2018-03-01, 4/8/12-hour blocks before), national holiday
 * and annual-leave day (Arts. 37, 39) and regular day off (Art. 40), plus the
 * working-time warnings for the same days.
 *
 * @example
 * calculateOvertimePay({ monthlyWage: 36000, days: [{ date: '2026-03-02', dayType: 'workday', hoursWorked: 10 }] })
 * // → { hourlyWage: 150, overtimePay: 400, warnings: [], steps: [...] }
 */
export function calculateOvertimePay(input: OvertimePayInput): OvertimePayResult {
  const wage = resolveHourlyWage(input);
  const steps: Step[] = [...wage.steps];
  const amounts: Fraction[] = [];
  input.days.forEach((day, index) => {
    assertPlainDate(day.date, `days[${index}].date`);
    const hours = toFraction(day.hoursWorked, `days[${index}].hoursWorked`);
    if (hours.num < 0n || compareFractions(hours, fraction(24)) > 0) throw new RuleInputError(`days[${index}].hoursWorked`, 'out-of-range');
    if (hours.num === 0n) return;
    const pay =
      day.dayType === 'workday' ? workdayPay(day, hours, wage.hourly)
        : day.dayType === 'rest-day' ? restDayPay(day, hours, wage.hourly, wage.isMonthlyPaid)
          : holidayPay({ ...day, dayType: day.dayType }, hours, wage.hourly, wage.isMonthlyPaid);
    amounts.push(pay.amount);
    steps.push(...pay.steps);
  });
  const total = sum(amounts);
  const overtimePay = roundWholeNtd(total);
  steps.push(assumedStep('overtimePay.total', lsa('24'), 'assumption.roundUp', { exact: toDecimal(total, 4) }, overtimePay));
  return { hourlyWage: toDecimal(wage.hourly, 2), overtimePay, warnings: checkWorkingTime(input), steps };
}
