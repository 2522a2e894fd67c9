import { RuleInputError } from './errors.ts';
import { fraction, plus, type Fraction } from './money.ts';
import { monthsLaterDayNumbers, toDayNumber, type PlainDate } from './plain-date.ts';

/** A length of service (工作年資) in whole years, months and days. */
export type Service = { readonly years: number; readonly months: number; readonly days: number };

function checkCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RuleInputError(field, 'not-a-non-negative-integer');
}

/**
 * Normalises a service length so that days < 30 and months < 12, carrying
 * with 30-day months: the convention MOL uses to prorate seniority
 * (勞動4字第1010132304號令, confirmed by worked examples in labor-law.md §1.2).
 *
 * @example
 * normalizeService({ years: 0, months: 13, days: 45 }) // { years: 1, months: 2, days: 15 }
 */
export function normalizeService(service: Service, field = 'service'): Service {
  checkCount(service.years, `${field}.years`);
  checkCount(service.months, `${field}.months`);
  checkCount(service.days, `${field}.days`);
  const months = service.months + Math.floor(service.days / 30);
  return { years: service.years + Math.floor(months / 12), months: months % 12, days: service.days % 30 };
}

/**
 * Service in years as an exact fraction, with 30-day months: Y + (M + D/30)/12.
 *
 * @example
 * serviceInYears({ years: 8, months: 3, days: 29 }) // 8 + 119/360 = 2999/360
 */
export function serviceInYears(service: Service): Fraction {
  const s = normalizeService(service);
  return plus(fraction(s.years), fraction(s.months * 30 + s.days, 360));
}

/**
 * Length of service from `from` (the first day worked) through `toInclusive`
 * (the last day), counting both ends: Enforcement Rules Art. 5 counts service
 * "自受僱當日起算" and the MOL-style worked examples in labor-law.md §1.2
 * count the termination day. Whole months follow Civil Code Art. 121 para. 2
 * (a month started on the 31st ends on the last day of a shorter month).
 *
 * @example
 * serviceBetween('2018-07-03', '2026-10-31') // { years: 8, months: 3, days: 29 }
 */
export function serviceBetween(from: PlainDate, toInclusive: PlainDate, field = 'service'): Service {
  const endExclusive = toDayNumber(toInclusive) + 1;
  if (endExclusive < toDayNumber(from)) throw new RuleInputError(field, 'end-before-start');
  // Day numbers, not date text: the walk below asks for a month count's end up to ~50 times a call.
  const after = monthsLaterDayNumbers(from);
  let months = 0;
  // Each step moves one year, then one month; service spans are at most decades, so this stays small.
  while (after(months + 12) <= endExclusive) months += 12;
  while (after(months + 1) <= endExclusive) months += 1;
  const days = endExclusive - after(months);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/**
 * True when service `a` is shorter than service `b` (compared after normalising).
 *
 * @example
 * isShorterService({ years: 0, months: 5, days: 29 }, { years: 0, months: 6, days: 0 }) // true
 */
export function isShorterService(a: Service, b: Service): boolean {
  const x = normalizeService(a);
  const y = normalizeService(b);
  return x.years * 360 + x.months * 30 + x.days < y.years * 360 + y.months * 30 + y.days;
}
