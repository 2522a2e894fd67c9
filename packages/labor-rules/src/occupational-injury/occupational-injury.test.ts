import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from '../errors.ts';
import { withPublishedRates } from '../effective-dated.ts';
import { calculateOccupationalInjury, type OccupationalInjuryInput } from './occupational-injury.ts';
import { DISABILITY_GRADE_TABLES } from './occupational-injury.rates.ts';

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

describe('disability days from a published disability table (LSA Art. 59 subpara. 3; issue 14 §3)', () => {
  // A test-only table, not the official one (none is shipped: docs/labor-rules.md), from 2027-01-01.
  const table = {
    effectiveFrom: '2027-01-01', effectiveTo: null, source: 'test announcement',
    grades: [{ grade: 1, days: 1800 }, { grade: 2, days: 1500 }, { grade: 3, days: 45 }],
  } as const;
  const tables = withPublishedRates(DISABILITY_GRADE_TABLES, [table]);
  const disability = (extra: object) => calculateOccupationalInjury({ kind: 'disability', averageMonthlyWage: 30000, disabilityGradeTables: tables, ...extra } as OccupationalInjuryInput);

  it('takes the grade\'s days from the table in force on the date, and says so', () => {
    const result = disability({ disabilityGrade: 3, date: '2027-01-01' });
    // 30,000 ÷ 30 × 45 days = 45,000.
    assert.equal(result.disabilityCompensation, 45000);
    assert.deepEqual(result.disabilityTable, { grade: 3, days: 45, effectiveFrom: '2027-01-01' });
    assert.equal(result.steps[0]?.key, 'occupationalInjury.disabilityDaysFromTable');
    assert.equal(result.steps[0]?.assumptionKey, 'assumption.disabilityOccupationalColumn');
  });

  it('asks for the days the day before the table starts, and when no grade is given', () => {
    const needsDays = (e: unknown) => e instanceof RuleInputError && e.field === 'disabilityBenefitDays' && e.reason === 'required';
    assert.throws(() => disability({ disabilityGrade: 3, date: '2026-12-31' }), needsDays);
    assert.throws(() => disability({ date: '2027-03-01' }), needsDays);
    assert.throws(() => disability({ disabilityGrade: 3 }), needsDays);
  });

  it('refuses a grade the table does not have, and lets days from the determination win', () => {
    assert.throws(() => disability({ disabilityGrade: 9, date: '2027-03-01' }), (e: unknown) => e instanceof RuleInputError && e.field === 'disabilityGrade');
    assert.equal(disability({ disabilityGrade: 3, date: '2027-03-01', disabilityBenefitDays: 60 }).disabilityCompensation, 60000);
  });

  it('never pays less than the table\'s days of the daily wage (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500000 }), fc.constantFrom(1, 2, 3), (wage, grade) => {
      const r = calculateOccupationalInjury({ kind: 'disability', averageMonthlyWage: wage, disabilityGrade: grade, date: '2027-06-01', disabilityGradeTables: tables });
      const days = table.grades.find((g) => g.grade === grade)?.days ?? 0;
      return (r.disabilityCompensation ?? 0) >= (wage / 30) * days - 1e-6;
    }));
  });
});
