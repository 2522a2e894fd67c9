import type { EffectiveDated } from '../effective-dated.ts';
import { fraction, type Fraction } from '../money.ts';

/**
 * How rest-day hours are counted (LSA Art. 24 para. 3). From the 2016
 * amendment until 2018-02-28 rest-day work was paid in blocks (up to 4 h
 * counted as 4, up to 8 as 8, up to 12 as 12); the 2018 amendment deleted
 * para. 3 with effect from 2018-03-01, so actual hours are paid.
 */
export type RestDayRule = EffectiveDated & { readonly isBlockRule: boolean };

export const REST_DAY_RULES: readonly RestDayRule[] = [
  {
    // Start: the 2016-12-21 amendment took effect on the third day after promulgation
    // (Central Regulation Standard Act Art. 13). Not in labor-law.md: listed as unconfirmed in docs/labor-rules.md.
    effectiveFrom: '2016-12-23',
    effectiveTo: '2018-02-28',
    isBlockRule: true,
    source: 'LSA Art. 24 para. 3 (2016 text, repealed 2018-03-01): labor-law.md §4.1',
  },
  {
    effectiveFrom: '2018-03-01',
    effectiveTo: null,
    isBlockRule: false,
    source: 'LSA Art. 24 para. 2 after the 2018 amendment (Lee and Li; Winkler; NIA 2018-05-15): labor-law.md §4.1',
  },
];

/** Regular daily hours (LSA Art. 30 para. 1). */
export const REGULAR_DAILY_HOURS = 8;

/** Hours in the monthly wage: 30 days × 8 h (MOL practice, labor-law.md §0). */
export const MONTHLY_WAGE_HOURS = 240;

/** One tier of hours paid at one multiplier of the hourly wage. `upTo` null = no upper end. */
export type HourTier = { readonly upTo: number | null; readonly multiplier: Fraction };

// LSA Art. 24 para. 1: first 2 overtime hours at least hourly wage + ⅓, next 2 at least + ⅔.
// Hours beyond the 4th overtime hour breach Art. 32 but must still be paid: the +⅔ tier is continued.
export const WORKDAY_OVERTIME_TIERS: readonly HourTier[] = [
  { upTo: 2, multiplier: fraction(4, 3) },
  { upTo: 4, multiplier: fraction(5, 3) },
  { upTo: null, multiplier: fraction(5, 3) },
];

// LSA Art. 24 para. 2: rest-day hours 1-2 earn an additional 1⅓, from the 3rd hour an additional 1⅔;
// MOL/NIA: hours 9-12 an additional 2⅔ (labor-law.md §4.1). Beyond 12 the 2⅔ tier is continued.
export const REST_DAY_PREMIUM_TIERS: readonly HourTier[] = [
  { upTo: 2, multiplier: fraction(4, 3) },
  { upTo: 8, multiplier: fraction(5, 3) },
  { upTo: 12, multiplier: fraction(8, 3) },
  { upTo: null, multiplier: fraction(8, 3) },
];

// LSA Arts. 37, 39 (and 40): beyond 8 hours on a holiday, weekday overtime rates apply to the 9th-10th
// hour (+⅓) and 11th-12th hour (+⅔) (MOL page 2025-09-05, labor-law.md §4.1).
export const HOLIDAY_EXTRA_HOUR_TIERS: readonly HourTier[] = [
  { upTo: 2, multiplier: fraction(4, 3) },
  { upTo: 4, multiplier: fraction(5, 3) },
  { upTo: null, multiplier: fraction(5, 3) },
];

// LSA Art. 24 para. 1 subpara. 3: overtime under Art. 32 para. 4 (disaster, incident, emergency) is paid
// double, with no tiers; the regular day off beyond 8 hours (Art. 40 work) falls under it.
// Hours beyond 12 stay at double: assumption.hoursBeyondLimitPaid is not needed as the rate does not change.
export const EMERGENCY_OVERTIME_TIERS: readonly HourTier[] = [
  { upTo: null, multiplier: fraction(2) },
];

/** Rest-day block rule (2016 LSA Art. 24 para. 3): hours counted as 4, 8 or 12. */
export const REST_DAY_BLOCKS: readonly number[] = [4, 8, 12];
