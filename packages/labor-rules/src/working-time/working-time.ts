import { RuleInputError } from '../errors.ts';
import { minimumWageOn } from '../minimum-wage/minimum-wage.ts';
import { compareFractions, fraction, maxFraction, minus, plus, sum, toDecimal, toFraction, type Fraction } from '../money.ts';
import type { DayType, OvertimePayInput, WorkedDay } from '../overtime-pay/overtime-pay.ts';
import { compareDates, monthOf, shiftMonth, toDayNumber, type PlainMonth } from '../plain-date.ts';
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
} as const;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(time: string, field: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RuleInputError(field, 'invalid-time');
  return Number(match[1]) * 60 + Number(match[2]);
}

// Hours that count toward the Art. 32 monthly cap: weekday hours beyond 8, every rest-day hour
// (Taipei Dept. of Labor, labor-law.md §4.1), and holiday or day-off hours beyond 8.
function overtimeHours(dayType: DayType, hours: Fraction): Fraction {
  if (dayType === 'rest-day') return hours;
  return maxFraction(fraction(0), minus(hours, fraction(8)));
}

function monthlyWarnings(days: readonly WorkedDay[], hoursOf: (d: WorkedDay) => Fraction): Warning[] {
  const perMonth = new Map<PlainMonth, Fraction>();
  for (const day of days) {
    const month = monthOf(day.date);
    perMonth.set(month, plus(perMonth.get(month) ?? fraction(0), overtimeHours(day.dayType, hoursOf(day))));
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
  for (const month of months) {
    const window = [month, shiftMonth(month, 1), shiftMonth(month, 2)];
    const hours = sum(window.map((m) => perMonth.get(m) ?? fraction(0)));
    if (compareFractions(hours, fraction(WORKING_TIME_LIMITS.threeMonthOvertimeWithConsent)) > 0) {
      warnings.push({ code: 'threeMonthOvertimeOver138', legalBasis: lsa('32', 2), params: { from: month, to: window[2] ?? month, hours: toDecimal(hours, 2), limit: 138 } });
    }
  }
  return warnings;
}

function consecutiveDayWarnings(days: readonly WorkedDay[], hoursOf: (d: WorkedDay) => Fraction): Warning[] {
  const worked = [...new Set(days.filter((d) => hoursOf(d).num > 0n).map((d) => d.date))].sort(compareDates);
  const warnings: Warning[] = [];
  let run = 0;
  let previous: number | undefined;
  for (const date of worked) {
    const dayNumber = toDayNumber(date);
    run = previous !== undefined && dayNumber === previous + 1 ? run + 1 : 1;
    previous = dayNumber;
    if (run > WORKING_TIME_LIMITS.maxConsecutiveWorkingDays) {
      warnings.push({ code: 'seventhConsecutiveWorkingDay', date, legalBasis: lsa('36', 1), params: { date, consecutiveDays: run } });
    }
  }
  return warnings;
}

function shiftRestWarnings(days: readonly WorkedDay[]): Warning[] {
  const shifts = days
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
      warnings.push({
        code: 'restBetweenShiftsUnder11', date: current.date, legalBasis: lsa('34', 2),
        params: { date: current.date, previousDate: previous.date, restHours: toDecimal(fraction(restMinutes, 60), 2), limit: 11 },
      });
    }
  }
  return warnings;
}

function minimumWageWarnings(input: OvertimePayInput): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const day of [...input.days].sort((a, b) => compareDates(a.date, b.date))) {
    const minimum = minimumWageOn(day.date);
    if (seen.has(minimum.effectiveFrom)) continue;
    seen.add(minimum.effectiveFrom);
    // Minimum Wage Act Art. 5 (LSA Art. 21 before 2024): monthly and hourly minimums are
    // separate; a monthly-paid worker is checked against the monthly one only.
    const isMonthly = input.monthlyWage !== undefined;
    const wage = isMonthly ? input.monthlyWage : input.hourlyWage;
    if (wage === undefined) continue;
    const floor = isMonthly ? minimum.monthly : minimum.hourly;
    if (compareFractions(toFraction(wage), fraction(floor)) < 0) {
      const legalBasis = compareDates(day.date, '2024-01-01') >= 0 ? basis('minimumWageAct', '5') : lsa('21', 1);
      warnings.push({ code: 'belowMinimumWage', date: day.date, legalBasis, params: { date: day.date, wage, minimum: floor, effectiveFrom: minimum.effectiveFrom } });
    }
  }
  return warnings;
}

/**
 * Working-time warnings (工時警示) for a list of days: more than 12 hours in a
 * day (Art. 32), monthly overtime over 46 / 54 hours and over 138 hours in 3
 * months (Art. 32), a 7th consecutive working day (Art. 36), under 11 hours
 * between shifts (Art. 34, needs `start`/`end`), work on a regular day off
 * (Art. 40), and a wage below the minimum wage in force. Throws
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
    ...monthlyWarnings(input.days, hoursOf),
    ...consecutiveDayWarnings(input.days, hoursOf),
    ...shiftRestWarnings(input.days),
    ...minimumWageWarnings(input),
  ];
}
