/**
 * LSA Art. 16 para. 1 (unchanged since the 1984 text, laws.mol.gov.tw (75)台內勞字第419200號 page):
 * notice by continuous service: 3 months to under 1 year 10 days, 1 to under 3 years 20 days,
 * 3 years or more 30 days. Under 3 months the article sets no notice.
 */
export const NOTICE_TIERS: readonly { readonly minMonths: number; readonly days: number; readonly subparagraph: number }[] = [
  { minMonths: 3, days: 10, subparagraph: 1 },
  { minMonths: 12, days: 20, subparagraph: 2 },
  { minMonths: 36, days: 30, subparagraph: 3 },
];

/** LSA Art. 16 para. 2: job-search leave of at most two days' working time a week, paid. */
export const JOB_SEARCH_LEAVE_DAYS_PER_WEEK = 2;

/** One day's wage of a monthly-paid worker: the last month's regular wage ÷ 30 (MOL letter of 2020-10-29 as reported). */
export const DAYS_PER_MONTH_FOR_DAY_WAGE = 30;
