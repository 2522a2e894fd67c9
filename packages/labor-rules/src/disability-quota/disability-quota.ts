import { RuleInputError } from '../errors.ts';
import { minimumWageOn } from '../minimum-wage/minimum-wage.ts';
import type { MinimumWageRate } from '../minimum-wage/minimum-wage.rates.ts';
import { ceilFraction, compareFractions, floorFraction, fraction, fractionText, maxFraction, minus, plus, times, toDecimal, type Fraction } from '../money.ts';
import { firstDayOfMonth, monthOf, type PlainDate, type PlainMonth } from '../plain-date.ts';
import { assumedStep, basis, step, type Step } from '../steps.ts';
import { DISABILITY_QUOTA_RULES, SEVERE_DISABILITY_WEIGHT } from './disability-quota.rates.ts';

export type Sector = 'public' | 'private';

export type DisabilityQuotaInput = {
  readonly sector: Sector;
  /** Persons insured (labor or civil-servant insurance) on the 1st of the month, sheltered workers and disabled employees paid below the minimum wage (other than half-wage part-timers) excluded. */
  readonly employees: number;
  readonly disabledEmployees?: {
    /** Full-wage employees with a severe (重度以上) disability: each counts 2. */
    readonly severe: number;
    /** Other full-wage disabled employees: each counts 1. */
    readonly other: number;
    /** Disabled part-timers paid at least half the monthly minimum wage: two count as one. */
    readonly partTimeHalfWage: number;
  };
  /** The month assessed, `YYYY-MM`; the minimum wage in force on its 1st applies. */
  readonly month?: PlainMonth;
  /** The minimum-wage periods, with those published as data (`rateTablesWith(published).minimumWages`). */
  readonly minimumWages?: readonly MinimumWageRate[];
};

export type DisabilityQuotaResult = {
  readonly requiredCount: number;
  readonly countedCount: number;
  readonly shortfall: number;
  readonly monthlyShortfallPayment: number;
  readonly steps: readonly Step[];
};

const DRA = (article: string, paragraph?: number) => basis('disabilityRightsAct', article, paragraph);

function checkCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RuleInputError(field, 'not-a-non-negative-integer');
}

/**
 * Disability employment quota (身心障礙者權益保障法 Arts. 38, 43): required
 * count (public ≥ 34 employees: 3 %; private ≥ 67: 1 % and at least 1;
 * decimals dropped), counted hires (severe ×2, two half-wage part-timers = 1,
 * in both counts), shortfall and the monthly shortfall payment (shortfall ×
 * the monthly minimum wage). `month` defaults to the month of `asOf`; with
 * neither, `RuleInputError` is thrown rather than guessing today.
 *
 * @example
 * calculateDisabilityQuota({ sector: 'private', employees: 250, month: '2026-03' })
 * // → { requiredCount: 2, countedCount: 0, shortfall: 2, monthlyShortfallPayment: 59000, ... }
 */
export function calculateDisabilityQuota(input: DisabilityQuotaInput, asOf?: PlainDate): DisabilityQuotaResult {
  checkCount(input.employees, 'employees');
  const disabled = input.disabledEmployees ?? { severe: 0, other: 0, partTimeHalfWage: 0 };
  checkCount(disabled.severe, 'disabledEmployees.severe');
  checkCount(disabled.other, 'disabledEmployees.other');
  checkCount(disabled.partTimeHalfWage, 'disabledEmployees.partTimeHalfWage');
  const month = input.month ?? (asOf === undefined ? undefined : monthOf(asOf));
  if (month === undefined) throw new RuleInputError('month', 'required');
  const minimum = minimumWageOn(firstDayOfMonth(month), input.minimumWages);
  const rule = DISABILITY_QUOTA_RULES[input.sector];
  const steps: Step[] = [];
  // Art. 38 para. 3: two half-wage part-timers count as one in the total as well.
  const total: Fraction = minus(fraction(input.employees), fraction(disabled.partTimeHalfWage, 2));
  if (compareFractions(total, fraction(0)) < 0) throw new RuleInputError('disabledEmployees.partTimeHalfWage', 'exceeds-employees');
  steps.push(step('disabilityQuota.totalCount', DRA('38', 3), { employees: input.employees, partTime: disabled.partTimeHalfWage }, toDecimal(total, 1)));
  let required = 0;
  if (compareFractions(total, fraction(rule.minEmployees)) >= 0) {
    // Decimals are dropped (無條件捨去, WDA formula, labor-law.md §7); private employers need at least 1.
    required = Math.max(rule.minimumRequired, Number(floorFraction(times(total, fraction(rule.ratePercent, 100)))));
  }
  steps.push(step(input.sector === 'public' ? 'disabilityQuota.requiredPublic' : 'disabilityQuota.requiredPrivate', DRA('38', input.sector === 'public' ? 1 : 2), {
    total: toDecimal(total, 1), minEmployees: rule.minEmployees, ratePercent: rule.ratePercent,
  }, required));
  const counted = plus(fraction(disabled.severe * SEVERE_DISABILITY_WEIGHT + disabled.other), fraction(disabled.partTimeHalfWage, 2));
  steps.push(step('disabilityQuota.countedCount', DRA('38', 3), { severe: disabled.severe, other: disabled.other, partTime: disabled.partTimeHalfWage }, toDecimal(counted, 1)));
  const gap = maxFraction(fraction(0), minus(fraction(required), counted));
  // A half-person gap (one half-wage part-timer short) still leaves the quota unmet; rounding the
  // shortfall up is this package's reading (UNCONFIRMED: not addressed in labor-law.md).
  const shortfall = Number(ceilFraction(gap));
  steps.push(gap.den === 1n
    ? step('disabilityQuota.shortfall', DRA('43', 2), { required, counted: toDecimal(counted, 1) }, shortfall)
    : assumedStep('disabilityQuota.shortfall', DRA('43', 2), 'assumption.quotaShortfallRoundedUp', { required, counted: toDecimal(counted, 1), exact: fractionText(gap) }, shortfall));
  const payment = shortfall * minimum.monthly;
  // Art. 43 says 基本工資; the Minimum Wage Act replaced it from 2024 and the current minimum
  // wage is applied (UNCONFIRMED, labor-law.md §5 and open item 6).
  const paymentParams = { shortfall, minimumWage: minimum.monthly, month, effectiveFrom: minimum.effectiveFrom };
  steps.push(month >= '2024-01'
    ? assumedStep('disabilityQuota.payment', DRA('43', 2), 'assumption.quotaMinimumWage', paymentParams, payment)
    : step('disabilityQuota.payment', DRA('43', 2), paymentParams, payment));
  return { requiredCount: required, countedCount: toDecimal(counted, 1), shortfall, monthlyShortfallPayment: payment, steps };
}
