import type { EffectiveDated } from '../effective-dated.ts';
import { fraction, type Fraction } from '../money.ts';

/**
 * New-system contribution rates (Labor Pension Act Art. 14): the employer at least 6 % of the
 * monthly wage (para. 1), the worker voluntarily up to 6 % (para. 3). In force from 2005-07-01
 * (labor-law.md §0).
 */
export type PensionContributionRate = EffectiveDated & { readonly employerMinimum: Fraction; readonly voluntaryMaximum: Fraction };

export const PENSION_CONTRIBUTION_RATES: readonly PensionContributionRate[] = [
  {
    effectiveFrom: '2005-07-01',
    effectiveTo: null,
    employerMinimum: fraction(6, 100),
    voluntaryMaximum: fraction(6, 100),
    source: 'Labor Pension Act Art. 14 paras. 1, 3 (Enforcement Rules Art. 16: an employer rate under 6 % counts as 6 %)',
  },
];

/** One grade of the monthly contribution grade table: its number and its contribution wage (月提繳工資). */
export type ContributionGrade = { readonly grade: number; readonly wage: number };

/**
 * The monthly contribution grade table (勞工退休金月提繳工資分級表, LPA Art. 14 para. 5: drawn up by the
 * MOL, approved by the Executive Yuan), grades in rising order of wage. It changes by announcement,
 * usually with the minimum wage (the 2026 change moved grade 25 to 29,500: CTWANT via Yahoo 2025-12-25).
 */
export type ContributionGradeTable = EffectiveDated & { readonly grades: readonly ContributionGrade[] };

/**
 * None is shipped: no complete official table with its announcement (name, number, date) was found
 * (docs/labor-rules.md). Staff publish each table as data with its announcement (issue 14 §3, ADR 0024);
 * without one the contribution wage is an input, flagged.
 */
export const CONTRIBUTION_GRADE_TABLES: readonly ContributionGradeTable[] = [];
