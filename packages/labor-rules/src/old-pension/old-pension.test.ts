import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from '../errors.ts';
import { calculateOldPension, countedHalfYears, isEligibleToRetire, OLD_PENSION_MAX_BASES, oldPensionBases } from './old-pension.ts';

describe('calculateOldPension (LSA Arts. 53, 55)', () => {
  it('Chiayi County 2026 example: 25y 7m → 26 years → 41 bases × 40,000 = 1,640,000', () => {
    const result = calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: { years: 25, months: 7, days: 0 } });
    assert.equal(result.bases, 41);
    assert.equal(result.amount, 1640000);
    assert.equal(result.eligible, undefined);
  });

  it('Chiayi County 2026 example: 4y 1m → 4.5 years → 9 bases = 360,000', () => {
    const result = calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: { years: 4, months: 1, days: 0 } });
    assert.equal(result.bases, 9);
    assert.equal(result.amount, 360000);
  });

  it('rounds to half years: under half → half, half or more → whole', () => {
    assert.equal(countedHalfYears({ years: 3, months: 0, days: 0 }), 6);
    assert.equal(countedHalfYears({ years: 3, months: 0, days: 1 }), 7);
    assert.equal(countedHalfYears({ years: 3, months: 5, days: 29 }), 7);
    assert.equal(countedHalfYears({ years: 3, months: 6, days: 0 }), 8);
  });

  it('gives 1 base a year after 15 years and stops at 45', () => {
    assert.equal(oldPensionBases({ years: 15, months: 0, days: 0 }), 30);
    assert.equal(oldPensionBases({ years: 15, months: 3, days: 0 }), 30.5);
    assert.equal(oldPensionBases({ years: 29, months: 6, days: 0 }), 45);
    assert.equal(oldPensionBases({ years: 29, months: 5, days: 0 }), 44.5);
    assert.equal(oldPensionBases({ years: 40, months: 0, days: 0 }), 45);
  });

  it('adds 20 % for a duty-caused disability retirement (Art. 55 para. 1 subpara. 2)', () => {
    assert.equal(calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: { years: 10, months: 0, days: 0 }, isDutyDisability: true }).amount, 960000);
  });

  it('checks Art. 53 eligibility at its edges', () => {
    const y = (years: number, months = 0) => ({ years, months, days: 0 });
    assert.equal(isEligibleToRetire(y(15), 55), true);
    assert.equal(isEligibleToRetire(y(14, 11), 55), false);
    assert.equal(isEligibleToRetire(y(15), 54), false);
    assert.equal(isEligibleToRetire(y(25), 40), true);
    assert.equal(isEligibleToRetire(y(24, 11), 54), false);
    assert.equal(isEligibleToRetire(y(10), 60), true);
    assert.equal(isEligibleToRetire(y(9, 11), 60), false);
    const result = calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: y(4, 1), totalService: y(25, 7), age: 50 });
    assert.equal(result.eligible, true);
    assert.throws(() => calculateOldPension({ averageMonthlyWage: 40000, oldSystemService: y(1), age: -1 }), RuleInputError);
  });

  const arbitraryService = fc.record({ years: fc.integer({ min: 0, max: 50 }), months: fc.integer({ min: 0, max: 11 }), days: fc.integer({ min: 0, max: 29 }) });

  it('never pays less for more service and never passes 45 bases (property)', () => {
    fc.assert(fc.property(arbitraryService, arbitraryService, fc.integer({ min: 1, max: 200000 }), (a, extra, wage) => {
      const more = { years: a.years + extra.years, months: a.months + extra.months, days: a.days + extra.days };
      const low = calculateOldPension({ averageMonthlyWage: wage, oldSystemService: a });
      const high = calculateOldPension({ averageMonthlyWage: wage, oldSystemService: more });
      return low.amount <= high.amount && high.bases <= OLD_PENSION_MAX_BASES && high.amount <= wage * OLD_PENSION_MAX_BASES;
    }));
  });
});
