import type { EffectiveDated } from '../effective-dated.ts';

/** LSA Art. 50 para. 1: 8 weeks for childbirth, 4 weeks for a miscarriage after 3 months of pregnancy. */
export const MATERNITY_WEEKS = { birth: 8, miscarriage: 4 } as const;

/** LSA Art. 50 para. 2: service of 6 months or more is paid in full, less is paid half. */
export const FULL_PAY_SERVICE_MONTHS = 6;

/** Days per month in one day's wage of a monthly-paid worker (last month ÷ 30; Taipei City handbook, MOL rule). */
export const DAYS_PER_MONTH_FOR_DAY_WAGE = 30;

/**
 * Prenatal-check leave and paternity leave (產檢假, 陪產檢及陪產假), Act of Gender Equality in
 * Employment Art. 15 paras. 4-6: 7 days each, paid in full (current text as quoted on
 * law.moj.gov.tw, version of 2023-08-16). The amendment raising both from 5 to 7 days was
 * promulgated 2022-01-12 and put in force from 2022-01-18 by the Executive Yuan (law-firm note,
 * lexprolaw.com 2022-01-21; the gazette itself not seen). Earlier periods are not shipped, so
 * earlier dates throw RateNotFoundError.
 */
export type ParentalLeaveRate = EffectiveDated & { readonly prenatalCheckDays: number; readonly paternityDays: number };

export const PARENTAL_LEAVE_RATES: readonly ParentalLeaveRate[] = [
  {
    effectiveFrom: '2022-01-18',
    effectiveTo: null,
    prenatalCheckDays: 7,
    paternityDays: 7,
    source: '性別平等工作法 Art. 15 paras. 4-6 (text of 2023-08-16 quoted on law.moj.gov.tw); in force 2022-01-18 per lexprolaw.com 2022-01-21',
  },
];
