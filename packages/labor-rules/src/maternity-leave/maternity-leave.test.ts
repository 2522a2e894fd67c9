import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import { addDays } from '../plain-date.ts';
import { calculateMaternityLeave, calculateParentalLeave } from './maternity-leave.ts';

describe('calculateMaternityLeave (LSA Art. 50)', () => {
  it('pays 8 weeks in full after 6 months of service', () => {
    // Art. 50 para. 2 "受僱工作在六個月以上者，停止工作期間工資照給": 56 days × 30,000 ÷ 30 = 56,000.
    const result = calculateMaternityLeave({ hireDate: '2025-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000 });
    assert.equal(result.weeks, 8);
    assert.equal(result.paidInFull, true);
    assert.equal(result.pay, 56000);
    assert.equal(result.leaveEndDate, '2026-04-25');
  });

  it('pays half under 6 months, on both sides of the 6-month date', () => {
    // Hired 2026-01-01: through 2026-06-30 (both ends) is 6 months; through 2026-06-29, 5 months 29 days.
    const run = (leaveStartDate: string) => calculateMaternityLeave({ hireDate: '2026-01-01', leaveStartDate, monthlyWage: 30000 });
    assert.equal(run('2026-06-29').paidInFull, false);
    assert.equal(run('2026-06-29').pay, 28000);
    assert.equal(run('2026-06-30').paidInFull, true);
    assert.equal(run('2026-06-30').pay, 56000);
  });

  it('gives 4 weeks after a miscarriage past 3 months, and uses the average-wage floor', () => {
    const result = calculateMaternityLeave({ hireDate: '2020-01-01', leaveStartDate: '2026-03-01', monthlyWage: 30000, averageMonthlyWage: 33000, kind: 'miscarriage' });
    assert.equal(result.weeks, 4);
    assert.equal(result.pay, 30800);
  });

  it('rejects a leave before the hire date', () => {
    assert.throws(() => calculateMaternityLeave({ hireDate: '2026-01-02', leaveStartDate: '2026-01-01', monthlyWage: 30000 }), RuleInputError);
  });

  it('never pays less for more service or a higher wage (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200000 }), (a, b, wage) => {
      const pay = (days: number) => calculateMaternityLeave({ hireDate: '2025-01-01', leaveStartDate: addDays('2025-01-01', days), monthlyWage: wage }).pay;
      return pay(Math.min(a, b)) <= pay(Math.max(a, b));
    }), { numRuns: 50 });
  });
});

describe('calculateParentalLeave (Gender Equality in Employment Act Art. 15)', () => {
  it('gives 7 days each of prenatal-check and paternity leave, paid in full', () => {
    const result = calculateParentalLeave({ date: '2026-03-02', monthlyWage: 30000 });
    assert.deepEqual([result.prenatalCheckDays, result.paternityDays, result.prenatalCheckPay, result.paternityPay], [7, 7, 7000, 7000]);
  });

  it('has no period before the 7-day rule it ships', () => {
    assert.throws(() => calculateParentalLeave({ date: '2022-01-17', monthlyWage: 30000 }), RateNotFoundError);
    assert.equal(calculateParentalLeave({ date: '2022-01-18', monthlyWage: 30000 }).paternityDays, 7);
  });
});
