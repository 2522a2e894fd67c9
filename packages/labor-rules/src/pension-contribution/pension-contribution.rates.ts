import type { EffectiveDated } from '../effective-dated.ts';
import { fraction, type Fraction } from '../money.ts';

/**
 * New-system contribution rates (Labor Pension Act Art. 14): the employer at least 6 % of the
 * monthly wage (para. 1), the worker voluntarily up to 6 % (para. 3). In force from 2005-07-01
 * (labor-law.md §0). The monthly contribution grade table (勞工退休金月提繳分級表) that turns a wage
 * into the contribution wage is NOT shipped: no official table with its announcement was found,
 * so the contribution wage is an input (issue 14 §3 will make the table staff-entered data).
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
