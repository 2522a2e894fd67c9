/**
 * @module programs/startup-loans.interest
 * The youth start-up loan's interest subsidy (青年創業貸款利息補貼, plan 第二部分 一-7), period by period. Pure:
 * no database, no clock. The plan gives no figure for it (neither the subsidised rate or share, nor the caps,
 * nor the years): every parameter is entered by staff with its source, and this only computes from them.
 *
 * - Period i (1-based) of a loan of `termMonths` in `periods` equal periods of m = termMonths / periods months
 *   starts on the loan's start + (i-1)·m months and is complete on start + i·m months (民法 §121 II, as
 *   `monthsLater`); `endsOn` is its last day.
 * - The loan's own interest for a period is the opening balance × annual rate × m / 12 (the banks' monthly
 *   convention, not a daily count). Principal: `gracePeriods` periods of interest only, then equal payments
 *   (本息平均攤還), equal principal (本金平均攤還), or all at the end (到期一次還本); the last period takes what
 *   rounding left, so the balance is 0 after the term.
 * - The subsidy of a period: at the subsidised rate on the same balance (never more than the interest paid),
 *   or a share of the interest; nothing for a period not complete within `maxYears` of the start; then capped
 *   per period, then per year (the loan's years from its start, or calendar years by the period's last day).
 * - Whole NT$, rounded half up at each period (an assumption the bureau is to confirm: no source states it).
 */
import { addDays, compareDates, dividedBy, floorFraction, fraction, monthsLater, plus, times, toFraction, yearOf, type Fraction, type PlainDate } from '#labor-rules';

export type LoanTerms = {
  readonly principalTwd: number;
  /** Percent a year, as written (e.g. "1.72"). */
  readonly annualRatePercent: number | string;
  readonly startsOn: PlainDate;
  readonly termMonths: number;
  readonly periods: number;
  readonly repayment: 'equal-payment' | 'equal-principal' | 'bullet';
  /** Periods of interest only at the start (寬限期). */
  readonly gracePeriods?: number;
};

export type SubsidyParameters = {
  readonly basis: 'rate' | 'share';
  /** For `rate`: the percent a year the bureau pays on the balance. */
  readonly ratePercent?: number | string | null;
  /** For `share`: the percent of the period's interest the bureau pays. */
  readonly sharePercent?: number | string | null;
  readonly capPerPeriodTwd?: number | null;
  readonly capPerYearTwd?: number | null;
  readonly capYearBasis?: 'loan-year' | 'calendar-year';
  /** Years from the loan's start in which a complete period is subsidised. */
  readonly maxYears?: number | null;
};

export type SubsidyLimit = 'period-cap' | 'year-cap' | 'max-years';

export type SubsidyPeriod = {
  readonly period: number;
  readonly startsOn: PlainDate;
  readonly endsOn: PlainDate;
  readonly openingBalanceTwd: number;
  readonly interestTwd: number;
  readonly principalTwd: number;
  /** The year the per-year cap counts it in: the loan year (1, 2, …) or the calendar year. */
  readonly capYear: number;
  readonly subsidyBeforeCapsTwd: number;
  readonly subsidyTwd: number;
  /** What made the subsidy smaller than before the caps, if anything. */
  readonly limitedBy: SubsidyLimit | null;
};

export type SubsidySchedule = {
  readonly periodMonths: number;
  readonly periods: readonly SubsidyPeriod[];
  readonly totalInterestTwd: number;
  readonly totalSubsidyTwd: number;
};

const half = fraction(1, 2);
const roundHalfUp = (f: Fraction): number => Number(floorFraction(plus(f, half)));
const percent = (value: number | string, field: string): Fraction => dividedBy(toFraction(value, field), fraction(100));

/** Checks what the contract also checks, so that a caller that skipped it gets an error, never a wrong table. */
function check(loan: LoanTerms, parameters: SubsidyParameters): void {
  const grace = loan.gracePeriods ?? 0;
  if (!Number.isInteger(loan.principalTwd) || loan.principalTwd <= 0) throw new RangeError('principalTwd');
  if (!Number.isInteger(loan.periods) || loan.periods < 1 || !Number.isInteger(loan.termMonths) || loan.termMonths % loan.periods !== 0) throw new RangeError('periods');
  if (!Number.isInteger(grace) || grace < 0 || grace >= loan.periods) throw new RangeError('gracePeriods');
  if (parameters.basis === 'rate' && (parameters.ratePercent === undefined || parameters.ratePercent === null)) throw new RangeError('ratePercent');
  if (parameters.basis === 'share' && (parameters.sharePercent === undefined || parameters.sharePercent === null)) throw new RangeError('sharePercent');
}

/** The whole loan, period by period, with the subsidy of each under the parameters given. */
export function interestSubsidySchedule(loan: LoanTerms, parameters: SubsidyParameters): SubsidySchedule {
  check(loan, parameters);
  const m = loan.termMonths / loan.periods;
  const grace = loan.gracePeriods ?? 0;
  const periodShare = fraction(m, 12);
  const loanRate = times(percent(loan.annualRatePercent, 'annualRatePercent'), periodShare);
  const subsidyRate = parameters.basis === 'rate' ? times(percent(parameters.ratePercent as number | string, 'ratePercent'), periodShare) : null;
  const share = parameters.basis === 'share' ? percent(parameters.sharePercent as number | string, 'sharePercent') : null;
  const subsidyEnds = parameters.maxYears ? monthsLater(loan.startsOn, parameters.maxYears * 12) : null;
  const amortised = loan.periods - grace;
  // The equal payment (本息平均攤還) after the grace periods: P·r(1+r)^n / ((1+r)^n − 1), or P / n at 0 %. With
  // r = a/b that is P·a·(a+b)^n / (b·((a+b)^n − b^n)), in whole integers (no fraction reduced n times: fast
  // for 600 periods).
  const [a, b] = [loanRate.num, loanRate.den];
  const grown = (a + b) ** BigInt(amortised);
  const equalPayment =
    a === 0n ? roundHalfUp(dividedBy(fraction(loan.principalTwd), fraction(amortised))) : Number((2n * BigInt(loan.principalTwd) * a * grown + b * (grown - b ** BigInt(amortised))) / (2n * b * (grown - b ** BigInt(amortised))));
  const usedByYear = new Map<number, number>();
  const rows: SubsidyPeriod[] = [];
  let balance = loan.principalTwd;
  for (let i = 1; i <= loan.periods; i += 1) {
    const startsOn = monthsLater(loan.startsOn, (i - 1) * m);
    const completeOn = monthsLater(loan.startsOn, i * m);
    const interest = roundHalfUp(times(fraction(balance), loanRate));
    let principal = 0;
    if (i === loan.periods) principal = balance;
    else if (i > grace && loan.repayment === 'equal-principal') principal = roundHalfUp(dividedBy(fraction(loan.principalTwd), fraction(amortised)));
    else if (i > grace && loan.repayment === 'equal-payment') principal = equalPayment - interest;
    principal = Math.min(Math.max(principal, 0), balance);

    const computed = subsidyRate ? roundHalfUp(times(fraction(balance), subsidyRate)) : roundHalfUp(times(fraction(interest), share as Fraction));
    const before = Math.min(computed, interest);
    const capYear = parameters.capYearBasis === 'calendar-year' ? yearOf(addDays(completeOn, -1)) : Math.floor(((i - 1) * m) / 12) + 1;
    let subsidy = before;
    let limitedBy: SubsidyLimit | null = null;
    if (subsidyEnds && compareDates(completeOn, subsidyEnds) > 0) {
      subsidy = 0;
      limitedBy = before > 0 ? 'max-years' : null;
    } else {
      if (parameters.capPerPeriodTwd !== undefined && parameters.capPerPeriodTwd !== null && subsidy > parameters.capPerPeriodTwd) {
        subsidy = parameters.capPerPeriodTwd;
        limitedBy = 'period-cap';
      }
      if (parameters.capPerYearTwd !== undefined && parameters.capPerYearTwd !== null) {
        const left = Math.max(0, parameters.capPerYearTwd - (usedByYear.get(capYear) ?? 0));
        if (subsidy > left) {
          subsidy = left;
          limitedBy = 'year-cap';
        }
      }
    }
    usedByYear.set(capYear, (usedByYear.get(capYear) ?? 0) + subsidy);
    rows.push({ period: i, startsOn, endsOn: addDays(completeOn, -1), openingBalanceTwd: balance, interestTwd: interest, principalTwd: principal, capYear, subsidyBeforeCapsTwd: before, subsidyTwd: subsidy, limitedBy });
    balance -= principal;
  }
  return {
    periodMonths: m,
    periods: rows,
    totalInterestTwd: rows.reduce((total, row) => total + row.interestTwd, 0),
    totalSubsidyTwd: rows.reduce((total, row) => total + row.subsidyTwd, 0),
  };
}

/** Whether a period is complete on a day (its claim may be recorded from the day after its last day). */
export function periodComplete(row: Pick<SubsidyPeriod, 'endsOn'>, today: PlainDate): boolean {
  return compareDates(today, row.endsOn) > 0;
}
