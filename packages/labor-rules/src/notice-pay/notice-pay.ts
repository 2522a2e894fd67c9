import { RuleInputError } from '../errors.ts';
import { compareFractions, dividedBy, fraction, maxFraction, roundWholeNtd, times, toDecimal, toFraction, type Fraction } from '../money.ts';
import { assertPlainDate, compareDates, type PlainDate } from '../plain-date.ts';
import { serviceBetween, type Service } from '../service-length.ts';
import { assumedStep, lsa, step, type Step } from '../steps.ts';
import { DAYS_PER_MONTH_FOR_DAY_WAGE, JOB_SEARCH_LEAVE_DAYS_PER_WEEK, NOTICE_TIERS } from './notice-pay.rates.ts';

export type NoticePayInput = {
  readonly hireDate: PlainDate;
  /** The last day of the contract. */
  readonly terminationDate: PlainDate;
  readonly averageMonthlyWage: number;
  /** Calendar days of notice actually given (from the day after the notice to the last day); absent = none. */
  readonly noticeGivenDays?: number;
  /** Regular-hours wage of the last month, when the worker is paid monthly: one day's wage is ÷ 30. */
  readonly lastMonthWage?: number;
};

export type NoticePayResult = {
  readonly service: Service;
  readonly noticeDays: number;
  readonly shortfallDays: number;
  /** One day's wage used for the notice pay (display value, 2 decimals). */
  readonly dayWage: number;
  readonly noticePay: number;
  readonly jobSearchLeaveDaysPerWeek: number;
  readonly steps: readonly Step[];
};

/**
 * Notice days owed for a length of continuous service (LSA Art. 16 para. 1).
 *
 * @example
 * noticeDaysFor({ years: 2, months: 6, days: 0 }) // 20
 */
export function noticeDaysFor(service: Service): number {
  const months = service.years * 12 + service.months;
  let days = 0;
  for (const tier of NOTICE_TIERS) if (months >= tier.minMonths) days = tier.days;
  return days;
}

function nonNegative(value: number, field: string): Fraction {
  const f = toFraction(value, field);
  if (f.num < 0n) throw new RuleInputError(field, 'negative');
  return f;
}

/**
 * Notice and notice pay (預告期間, 預告工資) when the employer ends the contract under LSA Art. 11
 * or the proviso of Art. 13: the notice due by service (Art. 16 para. 1), the paid job-search
 * leave during it (para. 2), and the wages for the notice not given (para. 3). One day's wage
 * follows the MOL rule reported for its letter of 2020-10-29: the last day's regular wage, for
 * monthly pay the last month's ÷ 30, never below the average wage.
 *
 * @example
 * calculateNoticePay({ hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000 }).noticePay // 20000
 */
export function calculateNoticePay(input: NoticePayInput): NoticePayResult {
  const hire = assertPlainDate(input.hireDate, 'hireDate');
  const end = assertPlainDate(input.terminationDate, 'terminationDate');
  if (compareDates(end, hire) < 0) throw new RuleInputError('terminationDate', 'before-hire-date');
  const average = nonNegative(input.averageMonthlyWage, 'averageMonthlyWage');
  const given = input.noticeGivenDays === undefined ? 0 : input.noticeGivenDays;
  if (!Number.isInteger(given) || given < 0) throw new RuleInputError('noticeGivenDays', 'not-a-non-negative-integer');
  // Service from the hire date through the last day, both counted (as for severance, labor-law.md §1.2).
  const service = serviceBetween(hire, end, 'terminationDate');
  const noticeDays = noticeDaysFor(service);
  const tier = [...NOTICE_TIERS].reverse().find((t) => t.days === noticeDays);
  const steps: Step[] = [
    assumedStep('noticePay.service', lsa('16', 1), 'assumption.serviceCountsBothEnds', { hireDate: hire, terminationDate: end, ...service }),
    noticeDays === 0
      ? step('noticePay.noNoticeUnderThreeMonths', lsa('16', 1), {}, 0)
      : step('noticePay.noticeDays', lsa('16', 1, tier?.subparagraph), {}, noticeDays),
  ];
  const jobSearchLeaveDaysPerWeek = noticeDays > 0 ? JOB_SEARCH_LEAVE_DAYS_PER_WEEK : 0;
  if (noticeDays > 0) steps.push(step('noticePay.jobSearchLeave', lsa('16', 2), { noticeDays }, jobSearchLeaveDaysPerWeek));
  const shortfallDays = Math.max(0, noticeDays - given);
  // One day's wage: the last month's regular wage ÷ 30, but never below the average wage. The daily
  // average is the 6-month total ÷ its 181-184 days, so the monthly average ÷ 30 is never below it.
  const fromAverage = dividedBy(average, fraction(DAYS_PER_MONTH_FOR_DAY_WAGE));
  let dayWage = fromAverage;
  if (input.lastMonthWage !== undefined) {
    const fromLastMonth = dividedBy(nonNegative(input.lastMonthWage, 'lastMonthWage'), fraction(DAYS_PER_MONTH_FOR_DAY_WAGE));
    dayWage = maxFraction(fromLastMonth, fromAverage);
    steps.push(step(compareFractions(fromLastMonth, fromAverage) >= 0 ? 'noticePay.dayWageLastMonth' : 'noticePay.dayWageAverageHigher', lsa('16', 3), {
      lastMonthWage: input.lastMonthWage, averageMonthlyWage: input.averageMonthlyWage,
    }, toDecimal(dayWage, 2)));
  } else {
    steps.push(assumedStep('noticePay.dayWageFromAverage', lsa('16', 3), 'assumption.noticeDayWageFromAverage', { averageMonthlyWage: input.averageMonthlyWage }, toDecimal(dayWage, 2)));
  }
  const exact = times(fraction(shortfallDays), dayWage);
  const noticePay = roundWholeNtd(exact);
  if (noticeDays === 0) {
    steps.push(step('noticePay.nothingOwed', lsa('16', 3), {}, 0));
  } else if (shortfallDays === 0) {
    steps.push(step('noticePay.noticeGivenInFull', lsa('16', 3), { noticeGivenDays: given, noticeDays }, 0));
  } else {
    // A notice shorter than the law's is paid for the missing days, so that notice and pay make up the
    // whole period; MOL's wording for a short (not absent) notice was not found, hence the flag.
    steps.push(assumedStep('noticePay.pay', lsa('16', 3), given > 0 ? 'assumption.noticePayShortfall' : 'assumption.roundUp', {
      noticeGivenDays: given, shortfallDays, dayWage: toDecimal(dayWage, 2), exact: toDecimal(exact, 4),
    }, noticePay));
  }
  return { service, noticeDays, shortfallDays, dayWage: toDecimal(dayWage, 2), noticePay, jobSearchLeaveDaysPerWeek, steps };
}
