/**
 * The 3-month visit window. Source of the rule: the bureau's plan, 第一部分 八-1 ("針對本市轄內新入境之外國人
 * 於 3 個月內進行訪查", under 勞動部補助本局辦理加強查察違法外籍勞工實施計畫) and indicator 8 of 第二部分
 * (新入境外勞於 3 個月內之訪視率). Neither says how a month is counted. The module counts the same day number
 * three months later, and the month's last day when that month has no such day (the fallback of Civil Code
 * art. 121 II); unlike art. 121 II it does not stop the day before, because the window is "within 3 months"
 * of an event, not a period of 3 months that has to run out (ADR 0019):
 * arrival 31 May → due 31 Aug; arrival 30 Nov → due 28 Feb, or 29 Feb in a leap year. Pure: no clock.
 */

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): [number, number, number] {
  const match = isoDay.exec(day);
  if (!match) throw new Error(`not an ISO date: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (value: number) => String(value).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` plus `months` calendar months, the day kept or clamped to the end of the target month. */
export function addCalendarMonths(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDate = Math.min(date, daysInMonth(targetYear, targetMonth));
  return `${targetYear}-${pad(targetMonth)}-${pad(targetDate)}`;
}

/** The months within which a new arrival is to be visited (plan 八-1; indicator 8). */
export const visitWindowMonths = 3;

/** The last day on which a visit still counts as within 3 months of arrival (inclusive). */
export function visitDueOn(arrivalDate: string): string {
  return addCalendarMonths(arrivalDate, visitWindowMonths);
}

/** `day` plus a number of days (for "due within 14 days"). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day);
  const moved = new Date(Date.UTC(year, month - 1, date + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
