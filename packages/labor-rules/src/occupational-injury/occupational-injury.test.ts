import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from '../errors.ts';
import { calculateOccupationalInjury } from './occupational-injury.ts';

describe('calculateOccupationalInjury (LSA Art. 59)', () => {
  it('gives 5 months for the funeral and 40 months as death compensation (subpara. 4)', () => {
    // Art. 59 subpara. 4 (law.moj.gov.tw N0030001 Art. 59): 40,000 → 200,000 and 1,600,000.
    const result = calculateOccupationalInjury({ kind: 'death', averageMonthlyWage: 40000 });
    assert.equal(result.funeralAllowance, 200000);
    assert.equal(result.deathCompensation, 1600000);
    assert.equal(result.employerOwes, 1800000);
  });

  it('sets off insurance benefits paid for the same accident, never below zero (proviso)', () => {
    assert.equal(calculateOccupationalInjury({ kind: 'death', averageMonthlyWage: 40000, insuranceBenefitsPaid: 500000 }).employerOwes, 1300000);
    const over = calculateOccupationalInjury({ kind: 'death', averageMonthlyWage: 40000, insuranceBenefitsPaid: 3000000 });
    assert.deepEqual([over.offset, over.employerOwes], [1800000, 0]);
  });

  it('pays the disability grade days at the daily wage (subpara. 3), flagged as an input', () => {
    const result = calculateOccupationalInjury({ kind: 'disability', averageMonthlyWage: 30000, disabilityBenefitDays: 60, disabilityGrade: 14 });
    assert.equal(result.disabilityCompensation, 60000);
    assert.equal(result.steps[0]?.assumptionKey, 'assumption.disabilityDaysInput');
    assert.throws(() => calculateOccupationalInjury({ kind: 'disability', averageMonthlyWage: 30000, disabilityBenefitDays: 0 }), RuleInputError);
  });

  it('pays medical costs and the original wage during treatment, and the 40-month option (subparas. 1, 2)', () => {
    const result = calculateOccupationalInjury({ kind: 'medical-leave', averageMonthlyWage: 30000, originalMonthlyWage: 36000, daysUnableToWork: 45, medicalCosts: 12345 });
    assert.deepEqual([result.medicalCosts, result.wageCompensation, result.lumpSum], [12345, 54000, undefined]);
    const lump = calculateOccupationalInjury({ kind: 'medical-leave', averageMonthlyWage: 30000, originalMonthlyWage: 36000, daysUnableToWork: 730, twoYearLumpSum: true });
    assert.equal(lump.lumpSum, 1200000);
  });

  it('never gives less than the statutory months for a death (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500000 }), fc.integer({ min: 0, max: 99 }), (wage, cents) => {
      const w = wage + cents / 100;
      const r = calculateOccupationalInjury({ kind: 'death', averageMonthlyWage: w });
      return (r.funeralAllowance ?? 0) >= w * 5 - 1e-6 && (r.deathCompensation ?? 0) >= w * 40 - 1e-6 && r.employerOwes === r.total;
    }));
  });
});
