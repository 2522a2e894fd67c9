import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import { calculateDisabilityQuota, type Sector } from './disability-quota.ts';

const required = (sector: Sector, employees: number) => calculateDisabilityQuota({ sector, employees, month: '2026-03' }).requiredCount;

describe('calculateDisabilityQuota (身心障礙者權益保障法 Arts. 38, 43)', () => {
  // WDA formula quoted in labor-law.md §7: public 34-66 → 1, 67-99 → 2, 100-133 → 3; private 67-199 → 1, 200-299 → 2, 300-399 → 3.
  const table: [Sector, number, number][] = [
    ['public', 33, 0], ['public', 34, 1], ['public', 66, 1], ['public', 67, 2], ['public', 99, 2], ['public', 100, 3], ['public', 133, 3], ['public', 134, 4],
    ['private', 66, 0], ['private', 67, 1], ['private', 199, 1], ['private', 200, 2], ['private', 299, 2], ['private', 300, 3], ['private', 399, 3],
  ];
  for (const [sector, employees, expected] of table) {
    it(`${sector}, ${employees} employees → ${expected} required`, () => assert.equal(required(sector, employees), expected));
  }

  it('TSMC 2022: 37 short × 25,250 = 934,250 for one month (labor-law.md §7)', () => {
    const result = calculateDisabilityQuota({ sector: 'private', employees: 65000, disabledEmployees: { severe: 100, other: 413, partTimeHalfWage: 0 }, month: '2022-07' });
    assert.equal(result.requiredCount, 650);
    assert.equal(result.countedCount, 613);
    assert.equal(result.shortfall, 37);
    assert.equal(result.monthlyShortfallPayment, 934250);
  });

  it('counts severe disability twice and two half-wage part-timers as one, in both counts', () => {
    const result = calculateDisabilityQuota({ sector: 'public', employees: 101, disabledEmployees: { severe: 1, other: 0, partTimeHalfWage: 2 }, month: '2026-03' });
    // Total 101 − 2 + 1 = 100 → 3 required; counted 2 + 1 = 3.
    assert.equal(result.requiredCount, 3);
    assert.equal(result.countedCount, 3);
    assert.equal(result.shortfall, 0);
    assert.equal(result.monthlyShortfallPayment, 0);
  });

  it('rounds a half-person shortfall up and says so', () => {
    const result = calculateDisabilityQuota({ sector: 'private', employees: 250, disabledEmployees: { severe: 0, other: 1, partTimeHalfWage: 1 }, month: '2026-03' });
    assert.equal(result.countedCount, 1.5);
    assert.equal(result.shortfall, 1);
    assert.ok(result.steps.some((s) => s.assumptionKey === 'assumption.quotaShortfallRoundedUp'));
  });

  it('uses the minimum wage in force in the month, on both sides of a change', () => {
    const pay = (month: string) => calculateDisabilityQuota({ sector: 'private', employees: 250, month }).monthlyShortfallPayment;
    assert.equal(pay('2025-12'), 2 * 28590);
    assert.equal(pay('2026-01'), 2 * 29500);
    assert.throws(() => pay('2014-06'), RateNotFoundError);
  });

  it('takes the month from asOf, and never guesses today', () => {
    assert.equal(calculateDisabilityQuota({ sector: 'private', employees: 100 }, '2024-05-17').monthlyShortfallPayment, 27470);
    assert.throws(() => calculateDisabilityQuota({ sector: 'private', employees: 100 }), RuleInputError);
    assert.throws(() => calculateDisabilityQuota({ sector: 'private', employees: 1.5, month: '2026-01' }), RuleInputError);
    assert.throws(() => calculateDisabilityQuota({ sector: 'private', employees: 100, month: '2026-13' }), RuleInputError);
  });

  it('never requires fewer hires for more employees; shortfall never negative (property)', () => {
    fc.assert(fc.property(fc.constantFrom<Sector>('public', 'private'), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), (sector, employees, extra, hired) => {
      const a = calculateDisabilityQuota({ sector, employees, disabledEmployees: { severe: 0, other: hired, partTimeHalfWage: 0 }, month: '2026-01' });
      const b = calculateDisabilityQuota({ sector, employees: employees + extra, disabledEmployees: { severe: 0, other: hired, partTimeHalfWage: 0 }, month: '2026-01' });
      return a.requiredCount <= b.requiredCount && a.shortfall >= 0 && a.monthlyShortfallPayment === a.shortfall * 29500;
    }));
  });
});
