/** Labor Pension Act in force: the new pension system starts here (labor-law.md §0). */
export const NEW_SYSTEM_START = '2005-07-01';

/**
 * LPA Art. 9 para. 1: a worker employed before 2005-07-01 who kept the old system could still
 * choose the new one within five years of the Act taking effect, so the last possible first
 * new-system day is 2010-06-30 (labor-law.md §1.2; MOL calculator form; "94年7月1日至99年6月30日"
 * in the suzhiwei.com.tw FAQ; the Art. 9 text itself was not retrieved).
 */
export const LAST_SWITCH_DATE = '2010-06-30';

/** LPA Art. 12 para. 1: half a month's average wage per year of new-system service. */
export const NEW_SYSTEM_MONTHS_PER_YEAR = { num: 1, den: 2 } as const;

/** LPA Art. 12 para. 1: new-system severance is capped at 6 months' average wage. */
export const NEW_SYSTEM_CAP_MONTHS = 6;
