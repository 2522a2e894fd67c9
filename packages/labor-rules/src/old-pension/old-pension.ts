import { RuleInputError } from '../errors.ts';
import { fraction, fractionText, roundWholeNtd, times, toFraction } from '../money.ts';
import { isShorterService, normalizeService, type Service } from '../service-length.ts';
import { lsa, step, assumedStep, type Step } from '../steps.ts';

/** LSA Art. 55 para. 1 subpara. 1: at most 45 bases. */
export const OLD_PENSION_MAX_BASES = 45;

export type OldPensionInput = {
  readonly averageMonthlyWage: number;
  /** Service under the old (LSA) pension system. */
  readonly oldSystemService: Service;
  /** Age at retirement; when given, Art. 53 eligibility is checked. */
  readonly age?: number;
  /** Total service with the employer for the Art. 53 check; defaults to `oldSystemService`. */
  readonly totalService?: Service;
  /** Forced retirement for a disability incurred in the execution of duties (Art. 54 para. 1 subpara. 2): +20 %. */
  readonly isDutyDisability?: boolean;
};

export type OldPensionResult = {
  readonly bases: number;
  readonly amount: number;
  readonly eligible?: boolean;
  readonly steps: readonly Step[];
};

/**
 * Seniority counted for Art. 55: a remainder under half a year counts as half
 * a year, half a year or more as a full year. Returned in half-years.
 *
 * @example
 * countedHalfYears({ years: 25, months: 7, days: 0 }) // 52 (26 years)
 */
export function countedHalfYears(service: Service): number {
  const s = normalizeService(service, 'oldSystemService');
  const hasRemainder = s.months > 0 || s.days > 0;
  if (!hasRemainder) return s.years * 2;
  return s.years * 2 + (s.months >= 6 ? 2 : 1);
}

/**
 * Old-system pension bases (LSA Art. 55 para. 1 subpara. 1): 2 per year for
 * the first 15 years, 1 per year after, at most 45.
 *
 * @example
 * oldPensionBases({ years: 4, months: 1, days: 0 }) // 9
 */
export function oldPensionBases(service: Service): number {
  const halfYears = countedHalfYears(service);
  const firstFifteen = Math.min(halfYears, 30);
  const beyond = Math.max(halfYears - 30, 0);
  return Math.min(OLD_PENSION_MAX_BASES, firstFifteen * 1 + beyond / 2);
}

/**
 * Art. 53 voluntary retirement: 15 years' service at 55, 25 years at any age, or 10 years at 60.
 *
 * @example
 * isEligibleToRetire({ years: 10, months: 0, days: 0 }, 60) // true
 */
export function isEligibleToRetire(service: Service, age: number): boolean {
  const atLeast = (years: number) => !isShorterService(service, { years, months: 0, days: 0 });
  return (atLeast(15) && age >= 55) || atLeast(25) || (atLeast(10) && age >= 60);
}

/**
 * Old-system retirement pension (舊制退休金), LSA Arts. 53-55: bases × the
 * monthly average wage at retirement, paid within 30 days.
 *
 * @example
 * calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: { years: 25, months: 7, days: 0 } })
 * // → { bases: 41, amount: 1640000, steps: [...] }
 */
export function calculateOldPension(input: OldPensionInput): OldPensionResult {
  const wage = toFraction(input.averageMonthlyWage, 'averageMonthlyWage');
  if (wage.num < 0n) throw new RuleInputError('averageMonthlyWage', 'negative');
  const service = normalizeService(input.oldSystemService, 'oldSystemService');
  const halfYears = countedHalfYears(service);
  const bases = oldPensionBases(service);
  const steps: Step[] = [
    step('oldPension.countedService', lsa('55', 1, 1), { ...service, countedYears: halfYears / 2 }, halfYears / 2),
    step(bases === OLD_PENSION_MAX_BASES ? 'oldPension.basesCapped' : 'oldPension.bases', lsa('55', 1, 1), { countedYears: halfYears / 2, max: OLD_PENSION_MAX_BASES }, bases),
  ];
  let exact = times(fraction(bases * 2, 2), wage);
  if (input.isDutyDisability === true) {
    exact = times(exact, fraction(6, 5));
    steps.push(step('oldPension.dutyDisabilityUplift', lsa('55', 1, 2), {}, '+20%'));
  }
  const amount = roundWholeNtd(exact);
  steps.push(assumedStep('oldPension.amount', lsa('55', 3), 'assumption.roundUp', { bases, averageMonthlyWage: input.averageMonthlyWage, exact: fractionText(exact) }, amount));
  if (input.age === undefined) return { bases, amount, steps };
  if (!Number.isInteger(input.age) || input.age < 0) throw new RuleInputError('age', 'not-a-non-negative-integer');
  const total = normalizeService(input.totalService ?? input.oldSystemService, 'totalService');
  const eligible = isEligibleToRetire(total, input.age);
  steps.push(step(eligible ? 'oldPension.eligible' : 'oldPension.notEligible', lsa('53'), { age: input.age, ...total }));
  return { bases, amount, eligible, steps };
}
