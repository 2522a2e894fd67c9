import { RuleInputError } from '../errors.ts';
import { fraction, fractionText, minFraction, plus, roundWholeNtd, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { addDays, assertPlainDate, compareDates, type PlainDate } from '../plain-date.ts';
import { normalizeService, serviceBetween, type Service } from '../service-length.ts';
import { calculateOldPension } from '../old-pension/old-pension.ts';
import { assumedStep, basis, lsa, step, type Step } from '../steps.ts';
import { LAST_SWITCH_DATE, NEW_SYSTEM_CAP_MONTHS, NEW_SYSTEM_MONTHS_PER_YEAR, NEW_SYSTEM_START } from './severance-pay.rates.ts';

/** Service given directly, per pension system. */
export type SeveranceServiceInput = {
  readonly averageMonthlyWage: number;
  readonly oldSystemService?: Service;
  readonly newSystemService?: Service;
  /** Age at termination: with old-system service, the Art. 53 retirement check and pension are shown. */
  readonly age?: number;
};

/**
 * Service given by dates. `switchDate` is the first day under the new system
 * (2005-07-01 or a later switch up to 2010-06-30, LPA Art. 9); `null` means the
 * worker stayed in the old system. It is required when `hireDate` is before
 * 2005-07-01 and the termination is not; for a later hire it can only be the hire date.
 */
export type SeveranceDatesInput = {
  readonly averageMonthlyWage: number;
  readonly hireDate: PlainDate;
  readonly terminationDate: PlainDate;
  readonly switchDate?: PlainDate | null;
  /** Age at termination: with old-system service, the Art. 53 retirement check and pension are shown. */
  readonly age?: number;
};

export type SeverancePayInput = SeveranceServiceInput | SeveranceDatesInput;

/** Bases are in months of average wage (display values, 4 decimals); `amount` is whole NT$. */
export type SeverancePayResult = {
  readonly amount: number;
  readonly oldSystemBase: number;
  readonly newSystemBase: number;
  readonly oldSystemAmount: number;
  readonly newSystemAmount: number;
  readonly oldSystemService: Service;
  readonly newSystemService: Service;
  /**
   * Shown when `age` is given and there is old-system service: whether the worker may retire under
   * LSA Art. 53 on the whole service, the old-system pension for the old part, and that pension plus
   * the new-system severance.
   */
  readonly retirement?: { readonly eligible: boolean; readonly oldPensionBases: number; readonly oldPensionAmount: number; readonly totalWithPension: number };
  readonly steps: readonly Step[];
};

const NO_SERVICE: Service = { years: 0, months: 0, days: 0 };

function serviceFromDates(input: SeveranceDatesInput): { oldService: Service; newService: Service; steps: Step[] } {
  const hire = assertPlainDate(input.hireDate, 'hireDate');
  const end = assertPlainDate(input.terminationDate, 'terminationDate');
  if (compareDates(end, hire) < 0) throw new RuleInputError('terminationDate', 'before-hire-date');
  let switchDate = input.switchDate;
  if (switchDate !== undefined && switchDate !== null) assertPlainDate(switchDate, 'switchDate');
  const hiredUnderOldSystem = compareDates(hire, NEW_SYSTEM_START) < 0;
  if (compareDates(end, NEW_SYSTEM_START) < 0) {
    // Ended before the Labor Pension Act took effect: old-system service only, whatever was entered.
    switchDate = null;
  } else if (hiredUnderOldSystem) {
    if (switchDate === undefined) throw new RuleInputError('switchDate', 'required-for-hire-before-2005-07-01');
    // LPA Art. 9 para. 1: a worker already employed chose by 2005-06-30, or within five years from
    // 2005-07-01, that is through 2010-06-30. A switch outside that window cannot have happened.
    if (switchDate !== null && (compareDates(switchDate, NEW_SYSTEM_START) < 0 || compareDates(switchDate, LAST_SWITCH_DATE) > 0)) {
      throw new RuleInputError('switchDate', 'outside-switch-window');
    }
  } else {
    // Hired from 2005-07-01: the new system applies from the first day (LPA Arts. 6, 7, 9).
    if (switchDate === null || (switchDate !== undefined && compareDates(switchDate, hire) !== 0)) {
      throw new RuleInputError('switchDate', compareDates(switchDate ?? hire, hire) < 0 ? 'before-hire-date' : 'new-system-from-hire');
    }
    switchDate = hire;
  }
  const steps: Step[] = [];
  let oldService = NO_SERVICE;
  let newService = NO_SERVICE;
  // Service counts from the hire date through the termination date inclusive (Enforcement Rules
  // Art. 5; both ends counted in the worked examples of labor-law.md §1.2, still UNCONFIRMED).
  if (switchDate === null || compareDates(switchDate, end) > 0) {
    oldService = serviceBetween(hire, end, 'hireDate');
  } else if (compareDates(switchDate, hire) <= 0) {
    newService = serviceBetween(hire, end, 'hireDate');
  } else {
    oldService = serviceBetween(hire, addDays(switchDate, -1), 'switchDate');
    newService = serviceBetween(switchDate, end, 'switchDate');
  }
  steps.push(assumedStep('severancePay.serviceFromDates', basis('laborStandardsActEnforcementRules', '5'), 'assumption.serviceCountsBothEnds', {
    hireDate: hire, terminationDate: end, switchDate: switchDate ?? '-',
    oldYears: oldService.years, oldMonths: oldService.months, oldDays: oldService.days,
    newYears: newService.years, newMonths: newService.months, newDays: newService.days,
  }));
  return { oldService, newService, steps };
}

/**
 * Old-system base (LSA Art. 17 para. 1): one month per full year; remaining
 * months prorated, and any remaining part of a month counts as a whole month.
 *
 * @example
 * oldSystemSeveranceBase({ years: 3, months: 6, days: 15 }) // 43/12 (3 + 7/12)
 */
export function oldSystemSeveranceBase(service: Service): Fraction {
  const s = normalizeService(service, 'oldSystemService');
  const months = s.months + (s.days > 0 ? 1 : 0);
  return plus(fraction(s.years), fraction(months, 12));
}

/**
 * New-system base (LPA Art. 12 para. 1): half a month per year, the part year
 * prorated by months and days with 30-day months (MOL 勞動4字第1010132304號令,
 * labor-law.md §1.2), capped at 6 months.
 *
 * @example
 * newSystemSeveranceBase({ years: 8, months: 3, days: 29 }) // 2999/720 (4 + 119/720)
 */
export function newSystemSeveranceBase(service: Service): Fraction {
  const s = normalizeService(service, 'newSystemService');
  const years = plus(fraction(s.years), fraction(s.months * 30 + s.days, 360));
  const half = fraction(NEW_SYSTEM_MONTHS_PER_YEAR.num, NEW_SYSTEM_MONTHS_PER_YEAR.den);
  return minFraction(times(years, half), fraction(NEW_SYSTEM_CAP_MONTHS));
}

function addService(a: Service, b: Service): Service {
  return normalizeService({ years: a.years + b.years, months: a.months + b.months, days: a.days + b.days });
}

// A worker with old-system service who may retire under Art. 53 when the contract ends is owed the
// old-system pension (Art. 55) for that service instead of old-system severance, plus new-system
// severance for the rest (LPA Art. 11 para. 2 pays retained service "依各法規定" as severance or
// pension; LTN 2025 worked case, labor-law.md §3). Which one a dismissal yields is contested: flagged.
function retirementNextToSeverance(
  oldService: Service, newService: Service, input: SeverancePayInput, newAmount: number, steps: Step[],
): NonNullable<SeverancePayResult['retirement']> {
  const pension = calculateOldPension({
    averageMonthlyWage: input.averageMonthlyWage, oldSystemService: oldService, age: input.age ?? 0, totalService: addService(oldService, newService),
  });
  const eligible = pension.eligible === true;
  const total = addService(oldService, newService);
  if (!eligible) {
    steps.push(step('severancePay.retirementNotEligible', lsa('53'), { age: input.age ?? 0, ...total }));
    return { eligible, oldPensionBases: pension.bases, oldPensionAmount: pension.amount, totalWithPension: pension.amount + newAmount };
  }
  steps.push(assumedStep('severancePay.retirementInstead', lsa('55', 1, 1), 'assumption.retirementInsteadOfSeverance', {
    age: input.age ?? 0, ...total, bases: pension.bases, oldPensionAmount: pension.amount, newSystemAmount: newAmount,
  }, pension.amount + newAmount));
  return { eligible, oldPensionBases: pension.bases, oldPensionAmount: pension.amount, totalWithPension: pension.amount + newAmount };
}

/**
 * Severance pay (資遣費): old-system part (LSA Art. 17) plus new-system part
 * (Labor Pension Act Art. 12), each computed on its own service and rounded
 * up to whole NT$ separately, then added (MOL calculator behaviour reported
 * in labor-law.md §1.2). The 6-month cap applies to the new-system part only.
 *
 * @example
 * calculateSeverancePay({ averageMonthlyWage: 30000, newSystemService: { years: 3, months: 6, days: 15 } }).amount // 53125
 */
export function calculateSeverancePay(input: SeverancePayInput): SeverancePayResult {
  const wage = toFraction(input.averageMonthlyWage, 'averageMonthlyWage');
  if (wage.num < 0n) throw new RuleInputError('averageMonthlyWage', 'negative');
  const steps: Step[] = [];
  let oldService: Service;
  let newService: Service;
  if ('hireDate' in input) {
    const fromDates = serviceFromDates(input);
    ({ oldService, newService } = fromDates);
    steps.push(...fromDates.steps);
  } else {
    oldService = normalizeService(input.oldSystemService ?? NO_SERVICE, 'oldSystemService');
    newService = normalizeService(input.newSystemService ?? NO_SERVICE, 'newSystemService');
  }
  const oldBase = oldSystemSeveranceBase(oldService);
  const newBase = newSystemSeveranceBase(newService);
  const oldExact = times(oldBase, wage);
  const newExact = times(newBase, wage);
  const oldAmount = roundWholeNtd(oldExact);
  const newAmount = roundWholeNtd(newExact);
  const n = normalizeService(newService);
  const o = normalizeService(oldService);
  if (oldBase.num > 0n) {
    steps.push(step('severancePay.oldSystemBase', lsa('17', 1), {
      years: o.years, months: o.months, days: o.days, base: fractionText(oldBase),
    }, toDecimal(oldBase, 4)));
    steps.push(assumedStep('severancePay.oldSystemAmount', lsa('17', 1), 'assumption.roundUp', {
      base: fractionText(oldBase), averageMonthlyWage: input.averageMonthlyWage, exact: toDecimal(oldExact, 4),
    }, oldAmount));
  }
  if (newBase.num > 0n) {
    const isCapped = newBase.num === BigInt(NEW_SYSTEM_CAP_MONTHS) && newBase.den === 1n;
    steps.push(step(isCapped ? 'severancePay.newSystemBaseCapped' : 'severancePay.newSystemBase', basis('laborPensionAct', '12', 1), {
      years: n.years, months: n.months, days: n.days, base: fractionText(newBase), cap: NEW_SYSTEM_CAP_MONTHS,
    }, toDecimal(newBase, 4)));
    steps.push(assumedStep('severancePay.newSystemAmount', basis('laborPensionAct', '12', 1), 'assumption.roundUp', {
      base: fractionText(newBase), averageMonthlyWage: input.averageMonthlyWage, exact: toDecimal(newExact, 4),
    }, newAmount));
  }
  const amount = oldAmount + newAmount;
  // Payment within 30 days: LSA Art. 17 para. 2 (old system), LPA Art. 12 para. 2 (new system).
  const deadline = oldBase.num > 0n || newBase.num === 0n ? lsa('17', 2) : basis('laborPensionAct', '12', 2);
  steps.push(step('severancePay.total', deadline, { oldSystemAmount: oldAmount, newSystemAmount: newAmount }, amount));
  const retirement = input.age === undefined || oldBase.num === 0n ? undefined : retirementNextToSeverance(o, n, input, newAmount, steps);
  return {
    ...(retirement === undefined ? {} : { retirement }),
    amount,
    oldSystemBase: toDecimal(oldBase, 4),
    newSystemBase: toDecimal(newBase, 4),
    oldSystemAmount: oldAmount,
    newSystemAmount: newAmount,
    oldSystemService: o,
    newSystemService: n,
    steps,
  };
}
