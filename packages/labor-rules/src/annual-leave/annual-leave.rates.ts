import type { EffectiveDated } from '../effective-dated.ts';

/**
 * An LSA Art. 38 para. 1 schedule. `tiers` give the days for service of at
 * least `minMonths` (below 10 years); from 10 years the days are
 * `tenYearDays` + 1 per further full year, up to `maxDays`.
 */
export type AnnualLeaveSchedule = EffectiveDated & {
  readonly id: 'pre2017' | 'current';
  readonly tiers: readonly { readonly minMonths: number; readonly days: number }[];
  readonly tenYearDays: number;
  readonly maxDays: number;
};

export const ANNUAL_LEAVE_SCHEDULES: readonly AnnualLeaveSchedule[] = [
  {
    // LSA in force 1984-08-01 (start date from the Act's promulgation; the 1984 text of Art. 38).
    id: 'pre2017',
    effectiveFrom: '1984-08-01',
    effectiveTo: '2016-12-31',
    // 1-<3 yrs 7; 3-<5 yrs 10; 5-<10 yrs 14; 10 yrs 15, +1 a year, max 30 (labor-law.md §2.1, MOL table).
    tiers: [{ minMonths: 12, days: 7 }, { minMonths: 36, days: 10 }, { minMonths: 60, days: 14 }],
    tenYearDays: 15,
    maxDays: 30,
    source: 'LSA Art. 38 before the 2016 amendment; MOL RestDays table (calcr2.mol.gov.tw/RestDays)',
  },
  {
    id: 'current',
    effectiveFrom: '2017-01-01',
    effectiveTo: null,
    // 6 mo-<1 yr 3; 1-<2 yrs 7; 2-<3 yrs 10; 3-<5 yrs 14; 5-<10 yrs 15; 10 yrs 16, +1 a year, max 30.
    tiers: [
      { minMonths: 6, days: 3 }, { minMonths: 12, days: 7 }, { minMonths: 24, days: 10 },
      { minMonths: 36, days: 14 }, { minMonths: 60, days: 15 },
    ],
    tenYearDays: 16,
    maxDays: 30,
    source: 'LSA Art. 38 para. 1 as amended 2016-12-21, in force 2017-01-01 (labor-law.md §2.1)',
  },
];
