import { findRate } from '../effective-dated.ts';
import { RuleInputError } from '../errors.ts';
import { minimumWageOn } from '../minimum-wage/minimum-wage.ts';
import { compareFractions, fraction, maxFraction, minus, plus, sum, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import type { OvertimePayInput, WorkedDay } from '../overtime-pay/overtime-pay.ts';
import { REST_DAY_BLOCKS, REST_DAY_RULES } from '../overtime-pay/overtime-pay.rates.ts';
import { compareDates, isPlainDate, monthOf, shiftMonth, toDayNumber, type PlainMonth } from '../plain-date.ts';
import { basis, lsa, type Warning } from '../steps.ts';

/** Statutory working-time limits used by the warnings (LSA Arts. 32, 34, 36). */
export const WORKING_TIME_LIMITS = {
  /** Art. 32 para. 2: regular plus overtime hours may not exceed 12 in a day. */
  maxDailyHours: 12,
  /** Art. 32 para. 2: overtime may not exceed 46 hours a month without consent. */
  monthlyOvertime: 46,
  /** Art. 32 para. 2: with union or labor-management conference consent, 54 a month. */
  monthlyOvertimeWithConsent: 54,
  /** Art. 32 para. 2: with consent, 138 hours in each 3 months. */
  threeMonthOvertimeWithConsent: 138,
  /** Art. 36 para. 1: one regular day off in every 7 days, so at most 6 working days in a row. */
  maxConsecutiveWorkingDays: 6,
  /** Art. 34 para. 2: at least 11 consecutive hours of rest at a change of shift. */
  minRestBetweenShiftsHours: 11,
  /**
   * Art. 36 para. 2 subpara. 3 (4-week schedule, Art. 30-1): two regular days off in each 2-week
   * period. Derived: a run longer than 12 + 12 days leaves some fixed 2-week period short of them.
   */
  maxConsecutiveWorkingDaysFourWeek: 24,
  /** Legal normal weekly hours (Art. 30 para. 1), the full time against which part-time hours are prorated. */
  normalWeeklyHours: 40,
} as const;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(time: string, field: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RuleInputError(field, 'invalid-time');
  return Number(match[1]) * 60 + Number(match[2]);
}

// Hours that count toward the Art. 32 monthly cap: weekday hours beyond 8, every rest-day hour
// (Art. 36 para. 3; Taipei Dept. of Labor, labor-law.md §4.1), and national-holiday hours beyond 8.
// From 2016-12-23 to 2018-02-28 rest-day work was counted in 4/8/12-hour blocks ("休息日之工作時間及工資之計算",
// 2016 text of Art. 24 para. 3). Emergency hours are outside the caps (Art. 32 para. 4; Art. 36 para. 3 for a
// rest day), and so are regular-day-off hours beyond 8, which are Art. 32 para. 4 overtime (Art. 40).
function overtimeHours(day: WorkedDay, hours: Fraction): Fraction {
  if (day.emergency === true || day.dayType === 'regular-day-off') return fraction(0);
  if (day.dayType === 'rest-day') {
    if (hours.num === 0n || !findRate(REST_DAY_RULES, day.date, 'restDayPay').isBlockRule) return hours;
    const block = REST_DAY_BLOCKS.find((limit) => compareFractions(hours, fraction(limit)) <= 0);
    return block === undefined ? hours : fraction(block);
  }
  return maxFraction(fraction(0), minus(hours, fraction(8)));
}

function monthlyWarnings(input: OvertimePayInput, hoursOf: (d: WorkedDay) => Fraction): Warning[] {
  const perMonth = new Map<PlainMonth, Fraction>();
  for (const day of input.days) {
    const month = monthOf(day.date);
    perMonth.set(month, plus(perMonth.get(month) ?? fraction(0), overtimeHours(day, hoursOf(day))));
  }
  const warnings: Warning[] = [];
  const months = [...perMonth.keys()].sort();
  for (const month of months) {
    const hours = perMonth.get(month) ?? fraction(0);
    if (compareFractions(hours, fraction(WORKING_TIME_LIMITS.monthlyOvertimeWithConsent)) > 0) {
      warnings.push({ code: 'monthlyOvertimeOver54', legalBasis: lsa('32', 2), params: { month, hours: toDecimal(hours, 2), limit: 54 } });
    } else if (compareFractions(hours, fraction(WORKING_TIME_LIMITS.monthlyOvertime)) > 0) {
      warnings.push({ code: 'monthlyOvertimeOver46', legalBasis: lsa('32', 2), params: { month, hours: toDecimal(hours, 2), limit: 46, limitWithConsent: 54 } });
    }
  }
  const over138 = (from: PlainMonth) => {
    const window = [from, shiftMonth(from, 1), shiftMonth(from, 2)];
    const hours = sum(window.map((m) => perMonth.get(m) ?? fraction(0)));
    return compareFractions(hours, fraction(WORKING_TIME_LIMITS.threeMonthOvertimeWithConsent)) > 0
      ? { from, to: window[2] ?? from, hours: toDecimal(hours, 2), limit: 138 }
      : undefined;
  };
  const start = input.threeMonthPeriodStart;
  if (start === undefined) {
    // The 138 hours run over the agreed fixed three-month periods (Art. 32 para. 2), which the input
    // does not give: a note names the first three calendar months that would breach if they were one.
    const rolling = months.map(over138).find((found) => found !== undefined);
    if (rolling !== undefined) warnings.push({ code: 'threeMonthOvertimeNeedsPeriod', legalBasis: lsa('32', 2), params: rolling, note: true });
    return warnings;
  }
  if (!/^\d{4}-\d{2}$/.test(start) || !isPlainDate(`${start}-01`)) throw new RuleInputError('threeMonthPeriodStart', 'invalid-date');
  const periods = new Set<PlainMonth>();
  for (const month of months) {
    const [y, m] = month.split('-').map(Number);
    const [sy, sm] = start.split('-').map(Number);
    const offset = ((y ?? 0) - (sy ?? 0)) * 12 + ((m ?? 0) - (sm ?? 0));
    periods.add(shiftMonth(start, offset - (((offset % 3) + 3) % 3)));
  }
  for (const from of [...periods].sort()) {
    const found = over138(from);
    if (found !== undefined) warnings.push({ code: 'threeMonthOvertimeOver138', legalBasis: lsa('32', 2), params: found });
  }
  return warnings;
}

function consecutiveDayWarnings(input: OvertimePayInput, hoursOf: (d: WorkedDay) => Fraction): Warning[] {
  const worked = [...new Set(input.days.filter((d) => hoursOf(d).num > 0n).map((d) => d.date))].sort(compareDates);
  const warnings: Warning[] = [];
  // Art. 36 para. 1 and para. 2 subparas. 1-2 (2- and 8-week schedules): one regular day off in every
  // 7 days. Subpara. 3 (4-week schedule): two in every 2 weeks, so only a run beyond 24 days breaches.
  const isFourWeek = input.flexibleSchedule === '4-week';
  const limit = isFourWeek ? WORKING_TIME_LIMITS.maxConsecutiveWorkingDaysFourWeek : WORKING_TIME_LIMITS.maxConsecutiveWorkingDays;
  const legalBasis = input.flexibleSchedule === undefined ? lsa('36', 1)
    : lsa('36', 2, input.flexibleSchedule === '2-week' ? 1 : input.flexibleSchedule === '8-week' ? 2 : 3);
  let run = 0;
  let previous: number | undefined;
  for (const date of worked) {
    const dayNumber = toDayNumber(date);
    run = previous !== undefined && dayNumber === previous + 1 ? run + 1 : 1;
    previous = dayNumber;
    if (run > limit) {
      warnings.push(isFourWeek
        ? { code: 'consecutiveWorkingDaysOverFlexibleLimit', date, legalBasis, params: { date, consecutiveDays: run, limit } }
        : { code: 'seventhConsecutiveWorkingDay', date, legalBasis, params: { date, consecutiveDays: run } });
    }
  }
  return warnings;
}

function shiftRestWarnings(input: OvertimePayInput): Warning[] {
  const shifts = input.days
    .map((day, index) => ({ day, index }))
    .filter(({ day }) => day.start !== undefined && day.end !== undefined)
    .map(({ day, index }) => {
      const base = toDayNumber(day.date) * 1440;
      const start = base + minutesOf(day.start ?? '', `days[${index}].start`);
      let end = base + minutesOf(day.end ?? '', `days[${index}].end`);
      // An end at or before the start means the shift ran past midnight.
      if (end <= start) end += 1440;
      return { date: day.date, start, end };
    })
    .sort((a, b) => a.start - b.start);
  const warnings: Warning[] = [];
  for (let i = 1; i < shifts.length; i += 1) {
    const previous = shifts[i - 1];
    const current = shifts[i];
    if (previous === undefined || current === undefined) continue;
    const restMinutes = current.start - previous.end;
    if (restMinutes < WORKING_TIME_LIMITS.minRestBetweenShiftsHours * 60) {
      const params = { date: current.date, previousDate: previous.date, restHours: toDecimal(fraction(restMinutes, 60), 2), limit: 11 };
      // Art. 34 para. 2 binds shift work at a change of shift; for anyone else it is only a note.
      warnings.push(input.shiftWork === true
        ? { code: 'restBetweenShiftsUnder11', date: current.date, legalBasis: lsa('34', 2), params }
        : { code: 'restBetweenShiftsNote', date: current.date, legalBasis: lsa('34', 2), params, note: true });
    }
  }
  return warnings;
}

function minimumWageWarnings(input: OvertimePayInput): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const weekly = input.normalWeeklyHours;
  if (weekly !== undefined && !(Number.isFinite(weekly) && weekly > 0 && weekly <= WORKING_TIME_LIMITS.normalWeeklyHours)) {
    throw new RuleInputError('normalWeeklyHours', 'out-of-range');
  }
  for (const day of [...input.days].sort((a, b) => compareDates(a.date, b.date))) {
    const minimum = minimumWageOn(day.date, input.minimumWages);
    if (seen.has(minimum.effectiveFrom)) continue;
    seen.add(minimum.effectiveFrom);
    // Minimum Wage Act Art. 5 (LSA Art. 21 before 2024): monthly and hourly minimums are
    // separate; a monthly-paid worker is checked against the monthly one only.
    const isMonthly = input.monthlyWage !== undefined;
    const wage = isMonthly ? input.monthlyWage : input.hourlyWage;
    if (wage === undefined) continue;
    // A part-time monthly worker: the monthly minimum pro rata to the agreed normal hours
    // (MOL 僱用部分時間工作勞工應行注意事項: not below the minimum wage in proportion to working time).
    const floor = isMonthly
      ? weekly === undefined ? fraction(minimum.monthly) : times(fraction(minimum.monthly), dividedByForty(toFraction(weekly, 'normalWeeklyHours')))
      : fraction(minimum.hourly);
    if (compareFractions(toFraction(wage), floor) < 0) {
      const legalBasis = compareDates(day.date, '2024-01-01') >= 0 ? basis('minimumWageAct', '5') : lsa('21', 1);
      warnings.push({ code: 'belowMinimumWage', date: day.date, legalBasis, params: { date: day.date, wage, minimum: toDecimal(floor, 2), effectiveFrom: minimum.effectiveFrom } });
    }
  }
  return warnings;
}

function dividedByForty(hours: Fraction): Fraction {
  return times(hours, fraction(1, WORKING_TIME_LIMITS.normalWeeklyHours));
}

/**
 * Working-time warnings (工時警示) for a list of days: more than 12 hours in a
 * day (Art. 32), monthly overtime over 46 / 54 hours (emergency hours left out)
 * and over 138 hours in an agreed three-month period (Art. 32), a 7th
 * consecutive working day or its flexible-schedule equivalent (Art. 36), under
 * 11 hours between shifts (Art. 34, needs `start`/`end`; a note unless
 * `shiftWork`), work on a regular day off (Art. 40), and a wage below the
 * minimum wage in force (pro rata for part-time monthly pay). Throws
 * `RateNotFoundError` for a day no minimum-wage period covers.
 *
 * @example
 * checkWorkingTime({ hourlyWage: 150, days: [{ date: '2026-03-02', dayType: 'workday', hoursWorked: 13 }] })
 * // → [{ code: 'dailyHoursOver12', ... }, { code: 'belowMinimumWage', ... }]
 */
export function checkWorkingTime(input: OvertimePayInput): Warning[] {
  const hours = new Map<WorkedDay, Fraction>();
  input.days.forEach((day, index) => hours.set(day, toFraction(day.hoursWorked, `days[${index}].hoursWorked`)));
  const hoursOf = (day: WorkedDay): Fraction => hours.get(day) ?? fraction(0);
  const daily: Warning[] = [];
  for (const day of input.days) {
    if (compareFractions(hoursOf(day), fraction(WORKING_TIME_LIMITS.maxDailyHours)) > 0) {
      daily.push({ code: 'dailyHoursOver12', date: day.date, legalBasis: lsa('32', 2), params: { date: day.date, hours: toDecimal(hoursOf(day), 2), limit: 12 } });
    }
    if (day.dayType === 'regular-day-off' && hoursOf(day).num > 0n) {
      daily.push({ code: 'regularDayOffWorked', date: day.date, legalBasis: lsa('40', 1), params: { date: day.date, hours: toDecimal(hoursOf(day), 2) } });
    }
  }
  return [
    ...daily,
    ...monthlyWarnings(input, hoursOf),
    ...consecutiveDayWarnings(input, hoursOf),
    ...shiftRestWarnings(input),
    ...minimumWageWarnings(input),
  ];
}
