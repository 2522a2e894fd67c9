import { RuleInputError } from './errors.ts';

/** A Gregorian calendar date written `YYYY-MM-DD`, with no time zone. */
export type PlainDate = string;

/** A calendar month written `YYYY-MM`. */
export type PlainMonth = string;

type DateParts = { year: number; month: number; day: number };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1-12).
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(date: PlainDate, field = 'date'): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RuleInputError(field, 'invalid-date');
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RuleInputError(field, 'invalid-date');
  }
  return { year, month, day };
}

function format({ year, month, day }: DateParts): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * True when `value` is a real calendar date in `YYYY-MM-DD` form.
 *
 * @example
 * isPlainDate('2023-02-29') // false
 */
export function isPlainDate(value: string): boolean {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a date and returns it unchanged, or throws `RuleInputError` naming `field`.
 *
 * @example
 * assertPlainDate('2026-01-01', 'hireDate') // '2026-01-01'
 */
export function assertPlainDate(value: string, field: string): PlainDate {
  parts(value, field);
  return value;
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), computed arithmetically so the
 * rules never depend on a time zone or on the host clock.
 *
 * @example
 * toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: PlainDate): number {
  const { year, month, day } = parts(date);
  return dayNumberOf(year, month, day);
}

function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Inverse of `toDayNumber`.
 *
 * @example
 * fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): PlainDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}

/**
 * @example
 * addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Number of days from `from` to `to` (`to` exclusive); negative when `to` is earlier.
 *
 * @example
 * daysBetween('2024-01-01', '2024-12-31') // 365
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Negative, zero or positive as `a` is before, equal to or after `b`.
 *
 * @example
 * compareDates('2018-02-28', '2018-03-01') // -1
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/**
 * The `YYYY-MM` month of a date.
 *
 * @example
 * monthOf('2026-03-15') // '2026-03'
 */
export function monthOf(date: PlainDate): PlainMonth {
  parts(date);
  return date.slice(0, 7);
}

/**
 * First day of a `YYYY-MM` month; throws `RuleInputError` for a malformed month.
 *
 * @example
 * firstDayOfMonth('2026-03') // '2026-03-01'
 */
export function firstDayOfMonth(month: PlainMonth, field = 'month'): PlainDate {
  return assertPlainDate(`${month}-01`, field);
}

/**
 * The `YYYY-MM` month `offset` months after (or before) `month`.
 *
 * @example
 * shiftMonth('2026-01', -1) // '2025-12'
 */
export function shiftMonth(month: PlainMonth, offset: number): PlainMonth {
  const { year, month: m } = parts(`${month}-01`);
  const index = year * 12 + (m - 1) + offset;
  return format({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 }).slice(0, 7);
}

/**
 * The day on which a period of `months` months that begins on `start` is
 * complete (the first day after it). Civil Code Art. 121 para. 2: a period
 * counted in months ends the day before the corresponding day of the last
 * month, or on that month's last day when it has no corresponding day, so the
 * next period starts on the 1st of the following month.
 *
 * @example
 * monthsLater('2024-01-31', 1) // '2024-03-01' (31 Jan to 29 Feb is one month)
 * monthsLater('2024-03-15', 1) // '2024-04-15'
 */
export function monthsLater(start: PlainDate, months: number): PlainDate {
  const { year, month, day } = parts(start);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (day <= daysInMonth(targetYear, targetMonth)) return format({ year: targetYear, month: targetMonth, day });
  return addDays(format({ year: targetYear, month: targetMonth, day: daysInMonth(targetYear, targetMonth) }), 1);
}

/**
 * The same calendar day `months` months earlier, or that month's last day when
 * it has none. Used to open the six-month average-wage window (Civil Code Art. 123).
 *
 * @example
 * monthsEarlier('2016-03-01', 6) // '2015-09-01'
 */
/**
 * `monthsLater(start, months)` as a day number (`toDayNumber`), for a loop that walks many month counts from one
 * start: the start is parsed once and no date text is written on the way (the service-length walk of every
 * calculator with dates, issue 16 §4). Throws like `monthsLater` for an invalid start.
 *
 * @example
 * monthsLaterDayNumbers('2024-01-31')(1) === toDayNumber('2024-03-01') // true
 */
export function monthsLaterDayNumbers(start: PlainDate): (months: number) => number {
  const { year, month, day } = parts(start);
  return (months) => {
    const index = year * 12 + (month - 1) + months;
    const targetYear = Math.floor(index / 12);
    const targetMonth = (index % 12) + 1;
    const last = daysInMonth(targetYear, targetMonth);
    return day <= last ? dayNumberOf(targetYear, targetMonth, day) : dayNumberOf(targetYear, targetMonth, last) + 1;
  };
}

export function monthsEarlier(date: PlainDate, months: number): PlainDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * Years of a date, for comparisons by calendar year.
 *
 * @example
 * yearOf('2026-07-01') // 2026
 */
export function yearOf(date: PlainDate): number {
  return parts(date).year;
}
