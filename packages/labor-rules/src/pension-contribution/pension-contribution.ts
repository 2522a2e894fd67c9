import { findRate, rateOn } from '../effective-dated.ts';
import { RuleInputError } from '../errors.ts';
import { compareFractions, fraction, fractionText, plus, roundWholeNtd, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { assertPlainDate } from '../plain-date.ts';
import { assumedStep, basis, step, type Step } from '../steps.ts';
import { CONTRIBUTION_GRADE_TABLES, type ContributionGrade, type ContributionGradeTable, PENSION_CONTRIBUTION_RATES } from './pension-contribution.rates.ts';

export type PensionProjectionInput = {
  /** Years to project. */
  readonly years: number;
  /** Assumed yearly return of the individual account, e.g. 0.03 (the user's figure: no return is promised). */
  readonly annualReturnRate: number;
  /** Balance of the individual account now (from the Bureau of Labor Insurance statement). */
  readonly currentBalance?: number;
};

export type PensionContributionInput = {
  readonly monthlyWage: number;
  /** The month's date: selects the rates in force. */
  readonly date: string;
  /** Worker's voluntary rate, 0 to 0.06. */
  readonly voluntaryRate?: number;
  /** Employer's rate when above the 6 % minimum. */
  readonly employerRate?: number;
  /** The contribution wage of the grade table, as on the worker's BLI record; it wins over the table. */
  readonly contributionWage?: number;
  /**
   * The grade tables to look the monthly wage up in: the shipped ones (none) unless the caller has the
   * published periods (`rateTablesWith(published).contributionGradeTables`). Without a table covering
   * `date`, the monthly wage is used, flagged.
   */
  readonly contributionGradeTables?: readonly ContributionGradeTable[];
  readonly projection?: PensionProjectionInput;
};

export type PensionContributionResult = {
  readonly contributionWage: number;
  /** The grade the monthly wage fell in, when a published grade table covered `date`. */
  readonly contributionGrade?: { readonly grade: number; readonly wage: number; readonly effectiveFrom: string };
  readonly employerContribution: number;
  readonly voluntaryContribution: number;
  readonly projection?: { readonly years: number; readonly balance: number };
  readonly steps: readonly Step[];
};

function nonNegative(value: number, field: string): Fraction {
  const f = toFraction(value, field);
  if (f.num < 0n) throw new RuleInputError(field, 'negative');
  return f;
}

/**
 * The grade a monthly wage falls in: the first grade whose wage is at or above it (each grade covers the
 * wages from just above the grade below up to its own amount), the top grade for a wage above them all.
 *
 * @example
 * contributionGradeFor({ ..., grades: [{ grade: 1, wage: 1500 }, { grade: 2, wage: 3000 }] }, 2000) // { grade: 2, wage: 3000 }
 */
export function contributionGradeFor(table: ContributionGradeTable, monthlyWage: number): ContributionGrade {
  const top = table.grades.at(-1);
  if (top === undefined) throw new RuleInputError('contributionGradeTables', 'required');
  return table.grades.find((grade) => grade.wage >= monthlyWage) ?? top;
}

const percent = (f: Fraction) => `${toDecimal(times(f, fraction(100)), 2)}%`;

/**
 * New-system pension contributions (勞退新制提繳), Labor Pension Act Arts. 14, 15: the employer's
 * at least 6 % and the worker's voluntary up to 6 % of the contribution wage, and optionally a
 * projection of the individual account under stated assumptions. The contribution wage is the one
 * given (the BLI record), else the grade of the published grade table in force on `date`, else (no
 * table published for that date) the monthly wage, flagged.
 *
 * @example
 * calculatePensionContribution({ monthlyWage: 30000, date: '2026-03-01', contributionWage: 30300 }).employerContribution // 1818
 */
export function calculatePensionContribution(input: PensionContributionInput): PensionContributionResult {
  const date = assertPlainDate(input.date, 'date');
  const rate = findRate(PENSION_CONTRIBUTION_RATES, date, 'pensionContribution');
  nonNegative(input.monthlyWage, 'monthlyWage');
  const steps: Step[] = [];
  const table = input.contributionWage === undefined ? rateOn(input.contributionGradeTables ?? CONTRIBUTION_GRADE_TABLES, date) : undefined;
  const grade = table === undefined ? undefined : contributionGradeFor(table, input.monthlyWage);
  let wage: Fraction;
  if (input.contributionWage !== undefined) {
    wage = nonNegative(input.contributionWage, 'contributionWage');
    steps.push(assumedStep('pensionContribution.contributionWageGiven', basis('laborPensionAct', '14'), 'assumption.contributionGradeTableInput', { monthlyWage: input.monthlyWage }, toDecimal(wage, 2)));
  } else if (table !== undefined && grade !== undefined) {
    // LPA Art. 14 para. 5: the monthly wage is contributed on at the grade of the table in force.
    wage = fraction(grade.wage);
    steps.push(step('pensionContribution.contributionWageFromTable', basis('laborPensionAct', '14', 5), {
      monthlyWage: input.monthlyWage, grade: grade.grade, effectiveFrom: table.effectiveFrom, source: table.source,
    }, grade.wage));
  } else {
    wage = nonNegative(input.monthlyWage, 'monthlyWage');
    steps.push(assumedStep('pensionContribution.contributionWageFromMonthly', basis('laborPensionAct', '14'), 'assumption.contributionGradeTableInput', { monthlyWage: input.monthlyWage }, toDecimal(wage, 2)));
  }
  const used = table !== undefined && grade !== undefined ? { contributionGrade: { grade: grade.grade, wage: grade.wage, effectiveFrom: table.effectiveFrom } } : {};
  const employerRate = input.employerRate === undefined ? rate.employerMinimum : toFraction(input.employerRate, 'employerRate');
  // Enforcement Rules Art. 16 para. 2: a rate under 6 % is taken as 6 %; more may be agreed.
  if (compareFractions(employerRate, fraction(1)) > 0) throw new RuleInputError('employerRate', 'out-of-range');
  const employerApplied = compareFractions(employerRate, rate.employerMinimum) < 0 ? rate.employerMinimum : employerRate;
  const voluntaryRate = input.voluntaryRate === undefined ? fraction(0) : toFraction(input.voluntaryRate, 'voluntaryRate');
  if (voluntaryRate.num < 0n || compareFractions(voluntaryRate, rate.voluntaryMaximum) > 0) throw new RuleInputError('voluntaryRate', 'out-of-range');
  const employerExact = times(wage, employerApplied);
  const voluntaryExact = times(wage, voluntaryRate);
  const employerContribution = roundWholeNtd(employerExact);
  const voluntaryContribution = roundWholeNtd(voluntaryExact);
  steps.push(assumedStep('pensionContribution.employer', basis('laborPensionAct', '14', 1), 'assumption.roundUp', {
    contributionWage: toDecimal(wage, 2), rate: percent(employerApplied), minimum: percent(rate.employerMinimum), exact: toDecimal(employerExact, 4),
  }, employerContribution));
  steps.push(voluntaryRate.num === 0n
    ? step('pensionContribution.noVoluntary', basis('laborPensionAct', '14', 3), { maximum: percent(rate.voluntaryMaximum) }, 0)
    : assumedStep('pensionContribution.voluntary', basis('laborPensionAct', '14', 3), 'assumption.roundUp', {
      contributionWage: toDecimal(wage, 2), rate: percent(voluntaryRate), maximum: percent(rate.voluntaryMaximum), exact: toDecimal(voluntaryExact, 4),
    }, voluntaryContribution));
  if (input.projection === undefined) return { contributionWage: toDecimal(wage, 2), ...used, employerContribution, voluntaryContribution, steps };
  const { years, annualReturnRate } = input.projection;
  if (!Number.isInteger(years) || years < 1 || years > 60) throw new RuleInputError('projection.years', 'out-of-range');
  const r = toFraction(annualReturnRate, 'projection.annualReturnRate');
  if (compareFractions(r, fraction(-1, 2)) < 0 || compareFractions(r, fraction(1, 5)) > 0) throw new RuleInputError('projection.annualReturnRate', 'out-of-range');
  const start = input.projection.currentBalance === undefined ? fraction(0) : nonNegative(input.projection.currentBalance, 'projection.currentBalance');
  const yearly = times(plus(fraction(employerContribution), fraction(voluntaryContribution)), fraction(12));
  let balance = start;
  // Stated assumptions: the same contributions every month, credited at each year end, and the
  // user's yearly return on the balance at the start of the year. LPA Art. 23 guarantees at least
  // the 2-year time-deposit rate on the contributions at payout; no return figure is built in.
  for (let y = 0; y < years; y += 1) balance = plus(times(balance, plus(fraction(1), r)), yearly);
  const projected = Math.floor(toDecimal(balance, 4));
  steps.push(assumedStep('pensionContribution.projection', basis('laborPensionAct', '23'), 'assumption.pensionProjection', {
    years, annualReturnRate: percent(r), currentBalance: input.projection.currentBalance ?? 0, yearly: toDecimal(yearly, 2), exact: fractionText(balance).length > 40 ? toDecimal(balance, 2) : fractionText(balance),
  }, projected));
  return { contributionWage: toDecimal(wage, 2), ...used, employerContribution, voluntaryContribution, projection: { years, balance: projected }, steps };
}
