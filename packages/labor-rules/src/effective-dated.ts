import { RateNotFoundError } from './errors.ts';
import { addDays, compareDates, type PlainDate } from './plain-date.ts';

/** The announcement a period was published with (issue 14 §3, ADR 0024): what staff entered as its source. */
export type Announcement = {
  readonly name: string;
  /** 文號, e.g. 勞動條2字第1140000000號. */
  readonly number: string;
  readonly date: PlainDate;
  readonly url: string;
};

/** A statutory value valid from `effectiveFrom` through `effectiveTo` inclusive (`null` = still in force). */
export type EffectiveDated = {
  readonly effectiveFrom: PlainDate;
  readonly effectiveTo: PlainDate | null;
  /** Where the value comes from (law, notice, or research note). */
  readonly source: string;
  /** Set on periods published as data: the announcement itself. Shipped periods have `source` only. */
  readonly announcement?: Announcement;
};

/**
 * The period of `table` that covers `date`; throws `RateNotFoundError` when
 * none does (never falls back to the latest period).
 *
 * @example
 * findRate(MINIMUM_WAGE_RATES, '2026-01-01', 'minimumWage').monthly // 29500
 */
export function findRate<T extends EffectiveDated>(table: readonly T[], date: PlainDate, rate: string): T {
  const found = rateOn(table, date);
  if (!found) throw new RateNotFoundError(rate, date);
  return found;
}

/** The period of `table` that covers `date`, or `undefined`: for tables that may have no period yet (grade tables). */
export function rateOn<T extends EffectiveDated>(table: readonly T[], date: PlainDate): T | undefined {
  return table.find((row) => compareDates(row.effectiveFrom, date) <= 0 && (row.effectiveTo === null || compareDates(date, row.effectiveTo) <= 0));
}

/**
 * The periods of `table` that cover any of `dates`, in table order, each once: what a result rests on,
 * for a page to say which period (and announcement) it used. Dates no period covers are skipped.
 *
 * @example
 * periodsCovering(MINIMUM_WAGE_RATES, ['2025-12-31', '2026-01-02']).map((p) => p.monthly) // [28590, 29500]
 */
export function periodsCovering<T extends EffectiveDated>(table: readonly T[], dates: readonly PlainDate[]): T[] {
  const used = new Set(dates.map((date) => rateOn(table, date)).filter((row): row is T => row !== undefined));
  return table.filter((row) => used.has(row));
}

/**
 * The period still in force (`effectiveTo === null`). Only for inputs that by
 * contract ask for "current law" without a date.
 *
 * @example
 * currentRate(ANNUAL_LEAVE_SCHEDULES, 'annualLeave').effectiveFrom // '2017-01-01'
 */
export function currentRate<T extends EffectiveDated>(table: readonly T[], rate: string): T {
  const found = table.find((row) => row.effectiveTo === null);
  if (!found) throw new RateNotFoundError(rate, 'current');
  return found;
}

/**
 * The shipped table followed by periods published later as data (issue 14 §3, ADR 0024). Only periods
 * starting after the last shipped period's start are taken, so what was in force earlier stays as it
 * was; each period then runs to the day before the next one starts, and the last stays open. Periods
 * come sorted by `effectiveFrom` from any order; two starting on the same day keep the first given.
 *
 * @example
 * withPublishedRates(MINIMUM_WAGE_RATES, [{ effectiveFrom: '2027-01-01', effectiveTo: null, monthly: m, hourly: h, source }])
 */
export function withPublishedRates<T extends EffectiveDated>(table: readonly T[], published: readonly T[]): T[] {
  const lastStart = table.reduce<PlainDate | undefined>((latest, row) => (latest === undefined || compareDates(row.effectiveFrom, latest) > 0 ? row.effectiveFrom : latest), undefined);
  const later = [...published]
    .filter((row) => lastStart === undefined || compareDates(row.effectiveFrom, lastStart) > 0)
    .sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom))
    .filter((row, index, rows) => index === 0 || rows[index - 1]?.effectiveFrom !== row.effectiveFrom);
  if (later.length === 0) return [...table];
  const closeBefore = (row: T, next: T | undefined): T =>
    next === undefined ? { ...row, effectiveTo: null } : { ...row, effectiveTo: addDays(next.effectiveFrom, -1) };
  const shipped = table.map((row) => (row.effectiveTo === null ? closeBefore(row, later[0]) : row));
  return [...shipped, ...later.map((row, index) => closeBefore(row, later[index + 1]))];
}
