import { rateOn } from '../effective-dated.ts';
import { RuleInputError } from '../errors.ts';
import { dividedBy, fraction, maxFraction, minus, plus, roundWholeNtd, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { assertPlainDate } from '../plain-date.ts';
import { assumedStep, lsa, step, type Step } from '../steps.ts';
import { DISABILITY_GRADE_TABLES, type DisabilityGradeTable } from './occupational-injury.rates.ts';

/** LSA Art. 59 subpara. 4: 5 months' average wage for the funeral, 40 months' as death compensation. */
export const FUNERAL_ALLOWANCE_MONTHS = 5;
export const DEATH_COMPENSATION_MONTHS = 40;
/** LSA Art. 59 subpara. 2: after 2 years of treatment the employer may pay 40 months' average wage once. */
export const MEDICAL_LUMP_SUM_MONTHS = 40;

type Common = {
  readonly averageMonthlyWage: number;
  /**
   * Benefits already paid for the same accident under the labour (occupational-accident)
   * insurance or other law, whose cost the employer bore (LSA Art. 59 proviso): they may be set
   * off. The worker's benefit approval letter from the Bureau of Labor Insurance shows them.
   */
  readonly insuranceBenefitsPaid?: number;
};

export type OccupationalInjuryInput =
  | (Common & { readonly kind: 'death' })
  | (Common & {
    readonly kind: 'disability';
    /**
     * Days of benefit for the disability grade, as the worker's grade determination shows them. Without
     * them, the days of `disabilityGrade` in the disability table in force on `date`.
     */
    readonly disabilityBenefitDays?: number;
    readonly disabilityGrade?: number;
    /** The day the grade was determined (treatment ended): selects the disability table in force. */
    readonly date?: string;
    /**
     * The disability tables: the shipped ones (none) unless the caller has the published periods
     * (`rateTablesWith(published).disabilityGradeTables`).
     */
    readonly disabilityGradeTables?: readonly DisabilityGradeTable[];
  })
  | (Common & {
    readonly kind: 'medical-leave';
    /** Necessary medical costs paid (subpara. 1). */
    readonly medicalCosts?: number;
    /** The monthly wage before the injury (原領工資, subpara. 2). */
    readonly originalMonthlyWage: number;
    /** Calendar days unable to work during treatment. */
    readonly daysUnableToWork: number;
    /** Treatment over 2 years, not healed, original work capacity lost, no disability grade: the 40-month option. */
    readonly twoYearLumpSum?: boolean;
  });

export type OccupationalInjuryResult = {
  /** The published disability table the grade's days came from, when one was used. */
  readonly disabilityTable?: { readonly grade: number; readonly days: number; readonly effectiveFrom: string };
  readonly funeralAllowance?: number;
  readonly deathCompensation?: number;
  readonly disabilityCompensation?: number;
  readonly medicalCosts?: number;
  readonly wageCompensation?: number;
  readonly lumpSum?: number;
  /** All compensation under Art. 59 before the offset. */
  readonly total: number;
  readonly offset: number;
  /** What the employer still owes after setting off the insurance benefits. */
  readonly employerOwes: number;
  readonly steps: readonly Step[];
};

function amount(value: number | undefined, field: string): Fraction {
  if (value === undefined) return fraction(0);
  const f = toFraction(value, field);
  if (f.num < 0n) throw new RuleInputError(field, 'negative');
  return f;
}

/**
 * Occupational-injury compensation (職業災害補償) owed by the employer under LSA Art. 59: medical
 * costs and wage compensation during treatment (with the 40-month option after 2 years), the
 * disability compensation by grade (the days given, or those of the published disability table), or for a death the funeral allowance (5 months) and the death
 * compensation (40 months), less insurance benefits the employer paid for the same accident.
 * Art. 60 then lets this compensation be set off against civil damages for the same accident.
 *
 * @example
 * calculateOccupationalInjury({ kind: 'death', averageMonthlyWage: 40000 }).deathCompensation // 1600000
 */
export function calculateOccupationalInjury(input: OccupationalInjuryInput): OccupationalInjuryResult {
  const wage = amount(input.averageMonthlyWage, 'averageMonthlyWage');
  const steps: Step[] = [];
  const months = (n: number) => times(wage, fraction(n));
  let total = fraction(0);
  let result: Omit<OccupationalInjuryResult, 'total' | 'offset' | 'employerOwes' | 'steps'> = {};
  if (input.kind === 'death') {
    const funeral = roundWholeNtd(months(FUNERAL_ALLOWANCE_MONTHS));
    const death = roundWholeNtd(months(DEATH_COMPENSATION_MONTHS));
    steps.push(step('occupationalInjury.funeralAllowance', lsa('59', undefined, 4), { averageMonthlyWage: input.averageMonthlyWage, months: FUNERAL_ALLOWANCE_MONTHS }, funeral));
    steps.push(step('occupationalInjury.deathCompensation', lsa('59', undefined, 4), { averageMonthlyWage: input.averageMonthlyWage, months: DEATH_COMPENSATION_MONTHS }, death));
    total = fraction(funeral + death);
    result = { funeralAllowance: funeral, deathCompensation: death };
  } else if (input.kind === 'disability') {
    let days: Fraction;
    let fromTable: OccupationalInjuryResult['disabilityTable'];
    if (input.disabilityBenefitDays !== undefined) {
      days = toFraction(input.disabilityBenefitDays, 'disabilityBenefitDays');
      if (days.num <= 0n) throw new RuleInputError('disabilityBenefitDays', 'not-positive');
    } else {
      // Without the days, the grade's days come from the published table in force on the date.
      const date = input.date === undefined ? undefined : assertPlainDate(input.date, 'date');
      const table = date === undefined ? undefined : rateOn(input.disabilityGradeTables ?? DISABILITY_GRADE_TABLES, date);
      if (table === undefined || input.disabilityGrade === undefined) throw new RuleInputError('disabilityBenefitDays', 'required');
      const row = table.grades.find((grade) => grade.grade === input.disabilityGrade);
      if (row === undefined) throw new RuleInputError('disabilityGrade', 'out-of-range');
      days = fraction(row.days);
      fromTable = { grade: row.grade, days: row.days, effectiveFrom: table.effectiveFrom };
      steps.push(assumedStep('occupationalInjury.disabilityDaysFromTable', lsa('59', undefined, 3), 'assumption.disabilityOccupationalColumn', {
        grade: row.grade, effectiveFrom: table.effectiveFrom, source: table.source,
      }, row.days));
    }
    // The daily average wage is the 6-month total ÷ its 181-184 days; the monthly average ÷ 30 is never below it.
    const daily = dividedBy(wage, fraction(30));
    const exact = times(daily, days);
    const disability = roundWholeNtd(exact);
    steps.push(fromTable === undefined
      ? assumedStep('occupationalInjury.disability', lsa('59', undefined, 3), 'assumption.disabilityDaysInput', {
        grade: input.disabilityGrade ?? '-', days: toDecimal(days, 2), dailyWage: toDecimal(daily, 2), exact: toDecimal(exact, 4),
      }, disability)
      : assumedStep('occupationalInjury.disability', lsa('59', undefined, 3), 'assumption.roundUp', {
        grade: fromTable.grade, days: toDecimal(days, 2), dailyWage: toDecimal(daily, 2), exact: toDecimal(exact, 4),
      }, disability));
    total = fraction(disability);
    result = { ...(fromTable === undefined ? {} : { disabilityTable: fromTable }), disabilityCompensation: disability };
  } else {
    const medical = amount(input.medicalCosts, 'medicalCosts');
    const original = amount(input.originalMonthlyWage, 'originalMonthlyWage');
    const days = toFraction(input.daysUnableToWork, 'daysUnableToWork');
    if (days.num < 0n) throw new RuleInputError('daysUnableToWork', 'negative');
    const medicalCosts = roundWholeNtd(medical);
    steps.push(step('occupationalInjury.medicalCosts', lsa('59', undefined, 1), {}, medicalCosts));
    const exact = times(dividedBy(original, fraction(30)), days);
    const wageCompensation = roundWholeNtd(exact);
    steps.push(assumedStep('occupationalInjury.wageCompensation', lsa('59', undefined, 2), 'assumption.roundUp', {
      originalMonthlyWage: input.originalMonthlyWage, days: toDecimal(days, 2), exact: toDecimal(exact, 4),
    }, wageCompensation));
    total = plus(fraction(medicalCosts), fraction(wageCompensation));
    result = { medicalCosts, wageCompensation };
    if (input.twoYearLumpSum === true) {
      const lumpSum = roundWholeNtd(months(MEDICAL_LUMP_SUM_MONTHS));
      steps.push(step('occupationalInjury.lumpSum', lsa('59', undefined, 2), { averageMonthlyWage: input.averageMonthlyWage, months: MEDICAL_LUMP_SUM_MONTHS }, lumpSum));
      total = plus(total, fraction(lumpSum));
      result = { ...result, lumpSum };
    }
  }
  const paid = amount(input.insuranceBenefitsPaid, 'insuranceBenefitsPaid');
  const totalWhole = roundWholeNtd(total);
  // What stays owed is rounded up (the one rounding rule), so a part-dollar benefit never lowers it.
  const employerOwes = roundWholeNtd(maxFraction(fraction(0), minus(fraction(totalWhole), paid)));
  const offset = totalWhole - employerOwes;
  steps.push(step(offset > 0 ? 'occupationalInjury.offset' : 'occupationalInjury.noOffset', lsa('59'), { total: totalWhole, insuranceBenefitsPaid: input.insuranceBenefitsPaid ?? 0 }, employerOwes));
  steps.push(step('occupationalInjury.damagesSetOff', lsa('60'), {}));
  return { ...result, total: totalWhole, offset, employerOwes, steps };
}
