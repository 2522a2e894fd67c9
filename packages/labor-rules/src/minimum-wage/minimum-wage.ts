import { findRate } from '../effective-dated.ts';
import { assertPlainDate, type PlainDate } from '../plain-date.ts';
import { MINIMUM_WAGE_RATES, type MinimumWageRate } from './minimum-wage.rates.ts';

/** The minimum wage in force on a date. */
export type MinimumWage = { readonly monthly: number; readonly hourly: number; readonly effectiveFrom: PlainDate };

/**
 * The monthly and hourly minimum wage in force on `date` (Minimum Wage Act
 * Arts. 5, 14; before 2024 the basic wage under LSA Art. 21). The monthly and
 * hourly amounts are separate minimums: the hourly one is not monthly ÷ 240.
 * Throws `RateNotFoundError` before 2014-07-01. `rates` is the shipped table unless the caller has
 * the published periods (`withPublishedRates(MINIMUM_WAGE_RATES, published)`).
 *
 * @example
 * minimumWageOn('2026-01-01') // { monthly: 29500, hourly: 196, effectiveFrom: '2026-01-01' }
 */
export function minimumWageOn(date: PlainDate, rates: readonly MinimumWageRate[] = MINIMUM_WAGE_RATES): MinimumWage {
  assertPlainDate(date, 'date');
  const rate = findRate(rates, date, 'minimumWage');
  return { monthly: rate.monthly, hourly: rate.hourly, effectiveFrom: rate.effectiveFrom };
}
