import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calculateDisabilityQuota } from './disability-quota/disability-quota.ts';
import { periodsCovering, rateOn } from './effective-dated.ts';
import { MINIMUM_WAGE_RATES } from './minimum-wage/minimum-wage.rates.ts';
import { BUILT_IN_RATE_TABLES, rateTablesWith } from './rate-tables.ts';

// Test-only periods, not legal figures: no 2027 amount has been announced (docs/labor-rules.md).
const announcement = { name: 'test announcement', number: 'test-1', date: '2026-10-01', url: 'https://example.test/1' } as const;
const minimum2027 = { effectiveFrom: '2027-01-01', effectiveTo: null, monthly: 31000, hourly: 207, source: 'test announcement', announcement } as const;

describe('rate tables with published periods (issue 14 §3, ADR 0024)', () => {
  it('is the shipped tables alone without published periods', () => {
    assert.deepEqual(rateTablesWith({}), { ...BUILT_IN_RATE_TABLES, minimumWages: [...MINIMUM_WAGE_RATES], contributionGradeTables: [], disabilityGradeTables: [] });
  });

  it('appends a published minimum wage, closing the shipped one the day before', () => {
    const tables = rateTablesWith({ minimumWages: [minimum2027] });
    assert.equal(rateOn(tables.minimumWages, '2026-12-31')?.monthly, 29500);
    assert.equal(rateOn(tables.minimumWages, '2027-01-01')?.announcement?.number, 'test-1');
    assert.deepEqual(periodsCovering(tables.minimumWages, ['2027-02-01', '2026-12-31', '2027-01-01']).map((p) => p.effectiveFrom), ['2026-01-01', '2027-01-01']);
    assert.deepEqual(periodsCovering(tables.minimumWages, ['2000-01-01']), []);
  });

  it('reaches the disability quota payment: the new amount from the month it starts (身權法 Art. 43)', () => {
    const tables = rateTablesWith({ minimumWages: [minimum2027] });
    const payment = (month: string) => calculateDisabilityQuota({ sector: 'private', employees: 250, month, minimumWages: tables.minimumWages }).monthlyShortfallPayment;
    assert.equal(payment('2026-12'), 2 * 29500);
    assert.equal(payment('2027-01'), 2 * 31000);
  });
});
