import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import { withPublishedRates } from '../effective-dated.ts';
import { calculatePensionContribution, contributionGradeFor } from './pension-contribution.ts';
import { CONTRIBUTION_GRADE_TABLES } from './pension-contribution.rates.ts';

describe('calculatePensionContribution (Labor Pension Act Arts. 14, 15)', () => {
  it('takes the employer 6 % and the voluntary rate of the contribution wage', () => {
    // Art. 14 para. 1 (at least 6 %), para. 3 (voluntary up to 6 %): 30,300 × 6 % = 1,818.
    const result = calculatePensionContribution({ monthlyWage: 30000, date: '2026-03-01', contributionWage: 30300, voluntaryRate: 0.06 });
    assert.deepEqual([result.contributionWage, result.employerContribution, result.voluntaryContribution], [30300, 1818, 1818]);
  });

  it('uses the monthly wage as the contribution wage when none is given, and says so', () => {
    const result = calculatePensionContribution({ monthlyWage: 29500, date: '2026-01-01' });
    assert.equal(result.employerContribution, 1770);
    assert.equal(result.steps[0]?.assumptionKey, 'assumption.contributionGradeTableInput');
  });

  it('takes an employer rate under 6 % as 6 %, and bounds the voluntary rate', () => {
    assert.equal(calculatePensionContribution({ monthlyWage: 40000, date: '2026-01-01', employerRate: 0.03 }).employerContribution, 2400);
    assert.equal(calculatePensionContribution({ monthlyWage: 40000, date: '2026-01-01', employerRate: 0.1 }).employerContribution, 4000);
    assert.throws(() => calculatePensionContribution({ monthlyWage: 40000, date: '2026-01-01', voluntaryRate: 0.061 }), RuleInputError);
  });

  it('starts with the Act on 2005-07-01', () => {
    assert.throws(() => calculatePensionContribution({ monthlyWage: 40000, date: '2005-06-30' }), RateNotFoundError);
    assert.equal(calculatePensionContribution({ monthlyWage: 40000, date: '2005-07-01' }).employerContribution, 2400);
  });

  it('projects the account under stated assumptions', () => {
    // 1,800 a month for 2 years at 0 %: 43,200; at 10 % with 100,000 now: ((100,000 × 1.1 + 21,600) × 1.1) + 21,600 = 166,360.
    const flat = calculatePensionContribution({ monthlyWage: 30000, date: '2026-01-01', projection: { years: 2, annualReturnRate: 0 } });
    assert.equal(flat.projection?.balance, 43200);
    const grown = calculatePensionContribution({ monthlyWage: 30000, date: '2026-01-01', projection: { years: 2, annualReturnRate: 0.1, currentBalance: 100000 } });
    assert.equal(grown.projection?.balance, 166360);
    assert.equal(grown.steps.at(-1)?.assumptionKey, 'assumption.pensionProjection');
  });

  it('never contributes less than 6 % for the employer (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300000 }), fc.integer({ min: 0, max: 6 }), (wage, voluntary) => {
      const r = calculatePensionContribution({ monthlyWage: wage, date: '2026-01-01', voluntaryRate: voluntary / 100 });
      return r.employerContribution >= wage * 0.06 - 1e-9 && r.voluntaryContribution >= (wage * voluntary) / 100 - 1e-9;
    }));
  });
});

describe('the contribution wage from a published grade table (LPA Art. 14 para. 5; issue 14 §3)', () => {
  // A test-only table, not the official one (none is shipped: docs/labor-rules.md): three grades from 2027-01-01.
  const table = {
    effectiveFrom: '2027-01-01', effectiveTo: null, source: 'test announcement',
    grades: [{ grade: 1, wage: 1500 }, { grade: 2, wage: 30300 }, { grade: 3, wage: 150000 }],
  } as const;
  const tables = withPublishedRates(CONTRIBUTION_GRADE_TABLES, [table]);
  const on = (date: string, monthlyWage: number, extra: object = {}) => calculatePensionContribution({ monthlyWage, date, contributionGradeTables: tables, ...extra });

  it('takes the first grade at or above the wage, the top grade above them all', () => {
    assert.deepEqual(contributionGradeFor(table, 1500), { grade: 1, wage: 1500 });
    assert.deepEqual(contributionGradeFor(table, 1501), { grade: 2, wage: 30300 });
    assert.deepEqual(contributionGradeFor(table, 200000), { grade: 3, wage: 150000 });
    const result = on('2027-03-01', 30000);
    assert.deepEqual([result.contributionWage, result.employerContribution], [30300, 1818]);
    assert.deepEqual(result.contributionGrade, { grade: 2, wage: 30300, effectiveFrom: '2027-01-01' });
    assert.equal(result.steps[0]?.key, 'pensionContribution.contributionWageFromTable');
    assert.equal(result.steps[0]?.assumption, undefined);
  });

  it('uses the table from its first day, and the flagged monthly wage the day before', () => {
    assert.equal(on('2027-01-01', 30000).contributionWage, 30300);
    const before = on('2026-12-31', 30000);
    assert.equal(before.contributionWage, 30000);
    assert.equal(before.contributionGrade, undefined);
    assert.equal(before.steps[0]?.assumptionKey, 'assumption.contributionGradeTableInput');
  });

  it('lets a contribution wage from the BLI record win over the table', () => {
    const result = on('2027-03-01', 30000, { contributionWage: 31800 });
    assert.deepEqual([result.contributionWage, result.contributionGrade], [31800, undefined]);
  });

  it('never contributes on less than the monthly wage up to the top grade (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300000 }), (wage) => {
      const r = on('2027-06-01', wage);
      return r.contributionWage >= Math.min(wage, 150000) && r.employerContribution >= Math.min(wage, 150000) * 0.06 - 1e-9;
    }));
  });
});
