import { findRate } from '../effective-dated.ts';
import { RuleInputError } from '../errors.ts';
import { dividedBy, fraction, maxFraction, roundWholeNtd, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { addDays, assertPlainDate, compareDates, type PlainDate } from '../plain-date.ts';
import { isShorterService, serviceBetween, type Service } from '../service-length.ts';
import { assumedStep, basis, lsa, step, type Step } from '../steps.ts';
import { DAYS_PER_MONTH_FOR_DAY_WAGE, FULL_PAY_SERVICE_MONTHS, MATERNITY_WEEKS, PARENTAL_LEAVE_RATES } from './maternity-leave.rates.ts';

export type MaternityLeaveInput = {
  readonly hireDate: PlainDate;
  readonly leaveStartDate: PlainDate;
  /** Regular wage of the last month; one day's wage is ÷ 30. */
  readonly monthlyWage: number;
  /** When given, one day's wage is never below it ÷ 30 (the average-wage floor). */
  readonly averageMonthlyWage?: number;
  /** `'miscarriage'`: after 3 months of pregnancy, 4 weeks. Default: childbirth, 8 weeks. */
  readonly kind?: 'birth' | 'miscarriage';
};

export type MaternityLeaveResult = {
  readonly weeks: number;
  readonly paidInFull: boolean;
  readonly pay: number;
  readonly service: Service;
  readonly leaveEndDate: PlainDate;
  readonly steps: readonly Step[];
};

function dayWageOf(monthlyWage: number, averageMonthlyWage: number | undefined, steps: Step[], legalBasis: ReturnType<typeof lsa>): Fraction {
  const monthly = toFraction(monthlyWage, 'monthlyWage');
  if (monthly.num < 0n) throw new RuleInputError('monthlyWage', 'negative');
  let dayWage = dividedBy(monthly, fraction(DAYS_PER_MONTH_FOR_DAY_WAGE));
  if (averageMonthlyWage !== undefined) {
    const average = toFraction(averageMonthlyWage, 'averageMonthlyWage');
    if (average.num < 0n) throw new RuleInputError('averageMonthlyWage', 'negative');
    dayWage = maxFraction(dayWage, dividedBy(average, fraction(DAYS_PER_MONTH_FOR_DAY_WAGE)));
  }
  steps.push(step(averageMonthlyWage === undefined ? 'maternityLeave.dayWage' : 'maternityLeave.dayWageWithFloor', legalBasis, {
    monthlyWage, averageMonthlyWage: averageMonthlyWage ?? '-',
  }, toDecimal(dayWage, 2)));
  return dayWage;
}

/**
 * Maternity leave (產假) under LSA Art. 50: 8 weeks around childbirth (4 after a miscarriage past
 * 3 months), counted by the calendar (Enforcement Rules of the gender-equality act, Art. 6); wages
 * in full when the worker has been employed 6 months or more, half before (para. 2). One day's
 * wage is the last month's regular wage ÷ 30, never below the average wage (the rule quoted in
 * the Taipei City handbook).
 *
 * @example
 * calculateMaternityLeave({ hireDate: '2025-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000 }).pay // 56000
 */
export function calculateMaternityLeave(input: MaternityLeaveInput): MaternityLeaveResult {
  const hire = assertPlainDate(input.hireDate, 'hireDate');
  const start = assertPlainDate(input.leaveStartDate, 'leaveStartDate');
  if (compareDates(start, hire) < 0) throw new RuleInputError('leaveStartDate', 'before-hire-date');
  const weeks = input.kind === 'miscarriage' ? MATERNITY_WEEKS.miscarriage : MATERNITY_WEEKS.birth;
  const days = weeks * 7;
  const leaveEndDate = addDays(start, days - 1);
  // Service through the first day of leave (both ends counted): the reading that reaches 6 months sooner.
  const service = serviceBetween(hire, start, 'leaveStartDate');
  const paidInFull = !isShorterService(service, { years: 0, months: FULL_PAY_SERVICE_MONTHS, days: 0 });
  const steps: Step[] = [
    step(input.kind === 'miscarriage' ? 'maternityLeave.weeksMiscarriage' : 'maternityLeave.weeksBirth', lsa('50', 1), { leaveStartDate: start, leaveEndDate, days }, weeks),
    assumedStep(paidInFull ? 'maternityLeave.paidInFull' : 'maternityLeave.paidHalf', lsa('50', 2), 'assumption.maternityServiceToLeaveStart', { hireDate: hire, ...service }),
  ];
  const dayWage = dayWageOf(input.monthlyWage, input.averageMonthlyWage, steps, lsa('50', 2));
  const exact = times(times(dayWage, fraction(days)), paidInFull ? fraction(1) : fraction(1, 2));
  const pay = roundWholeNtd(exact);
  steps.push(assumedStep('maternityLeave.pay', lsa('50', 2), 'assumption.roundUp', { days, dayWage: toDecimal(dayWage, 2), share: paidInFull ? '1' : '1/2', exact: toDecimal(exact, 4) }, pay));
  return { weeks, paidInFull, pay, service, leaveEndDate, steps };
}

export type ParentalLeaveInput = {
  /** The day the leave is taken (it selects the rate period). */
  readonly date: PlainDate;
  readonly monthlyWage: number;
  readonly averageMonthlyWage?: number;
};

export type ParentalLeaveResult = {
  readonly prenatalCheckDays: number;
  readonly paternityDays: number;
  /** Pay for each kind of leave taken in full (whole NT$). */
  readonly prenatalCheckPay: number;
  readonly paternityPay: number;
  readonly steps: readonly Step[];
};

/**
 * Prenatal-check leave and paternity leave (產檢假, 陪產檢及陪產假) of the Act of Gender Equality in
 * Employment, Art. 15 paras. 4-6: days by the period in force at `date`, wages paid in full.
 *
 * @example
 * calculateParentalLeave({ date: '2026-03-02', monthlyWage: 30000 }).paternityPay // 7000
 */
export function calculateParentalLeave(input: ParentalLeaveInput): ParentalLeaveResult {
  const date = assertPlainDate(input.date, 'date');
  const rate = findRate(PARENTAL_LEAVE_RATES, date, 'parentalLeave');
  const steps: Step[] = [];
  const dayWage = dayWageOf(input.monthlyWage, input.averageMonthlyWage, steps, basis('genderEqualityInEmploymentAct', '15', 6));
  const prenatal = roundWholeNtd(times(dayWage, fraction(rate.prenatalCheckDays)));
  const paternity = roundWholeNtd(times(dayWage, fraction(rate.paternityDays)));
  steps.push(
    assumedStep('parentalLeave.prenatalCheck', basis('genderEqualityInEmploymentAct', '15', 4), 'assumption.roundUp', { days: rate.prenatalCheckDays, dayWage: toDecimal(dayWage, 2), effectiveFrom: rate.effectiveFrom }, prenatal),
    assumedStep('parentalLeave.paternity', basis('genderEqualityInEmploymentAct', '15', 5), 'assumption.roundUp', { days: rate.paternityDays, dayWage: toDecimal(dayWage, 2), effectiveFrom: rate.effectiveFrom }, paternity),
  );
  return { prenatalCheckDays: rate.prenatalCheckDays, paternityDays: rate.paternityDays, prenatalCheckPay: prenatal, paternityPay: paternity, steps };
}
