import { RateNotFoundError } from './errors.ts';
import { compareDates, type PlainDate } from './plain-date.ts';

/** A statutory value valid from `effectiveFrom` through `effectiveTo` inclusive (`null` = still in force). */
export type EffectiveDated = {
  readonly effectiveFrom: PlainDate;
  readonly effectiveTo: PlainDate | null;
  /** Where the value comes from (law, notice, or research note). */
  readonly source: string;
};

/**
 * The period of `table` that covers `date`; throws `RateNotFoundError` when
 * none does (never falls back to the latest period).
 *
 * @example
 * findRate(MINIMUM_WAGE_RATES, '2026-01-01', 'minimumWage').monthly // 29500
 */
export function findRate<T extends EffectiveDated>(table: readonly T[], date: PlainDate, rate: string): T {
  const found = table.find(
    (row) => compareDates(row.effectiveFrom, date) <= 0 && (row.effectiveTo === null || compareDates(date, row.effectiveTo) <= 0),
  );
  if (!found) throw new RateNotFoundError(rate, date);
  return found;
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
