import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import { addDays, compareDates } from '../plain-date.ts';
import { minimumWageOn } from './minimum-wage.ts';
import { MINIMUM_WAGE_RATES } from './minimum-wage.rates.ts';
import { withPublishedRates } from '../effective-dated.ts';
import { checkWorkingTime } from '../working-time/working-time.ts';

describe('minimumWageOn', () => {
  // data-formats.md §6 and labor-law.md §5: each change, checked the day before and the day it starts.
  const changes = [
    { date: '2015-07-01', before: [19273, 115], after: [20008, 120] },
    { date: '2016-10-01', before: [20008, 120], after: [20008, 126] },
    { date: '2017-01-01', before: [20008, 126], after: [21009, 133] },
    { date: '2018-01-01', before: [21009, 133], after: [22000, 140] },
    { date: '2019-01-01', before: [22000, 140], after: [23100, 150] },
    { date: '2020-01-01', before: [23100, 150], after: [23800, 158] },
    { date: '2021-01-01', before: [23800, 158], after: [24000, 160] },
    { date: '2022-01-01', before: [24000, 160], after: [25250, 168] },
    { date: '2023-01-01', before: [25250, 168], after: [26400, 176] },
    { date: '2024-01-01', before: [26400, 176], after: [27470, 183] },
    { date: '2025-01-01', before: [27470, 183], after: [28590, 190] },
    { date: '2026-01-01', before: [28590, 190], after: [29500, 196] },
  ] as const;
  for (const { date, before, after } of changes) {
    it(`changes on ${date}`, () => {
      const previous = minimumWageOn(addDays(date, -1));
      const current = minimumWageOn(date);
      assert.deepEqual([previous.monthly, previous.hourly], before);
      assert.deepEqual([current.monthly, current.hourly], after);
      assert.equal(current.effectiveFrom, date);
    });
  }

  it('covers the 2014-07-01 baseline and nothing before it', () => {
    assert.deepEqual(minimumWageOn('2014-07-01'), { monthly: 19273, hourly: 115, effectiveFrom: '2014-07-01' });
    assert.throws(() => minimumWageOn('2014-06-30'), RateNotFoundError);
  });

  it('keeps the 2026 amount open-ended (no end date yet)', () => {
    assert.equal(minimumWageOn('2030-06-01').monthly, 29500);
  });

  it('rejects a malformed date', () => {
    assert.throws(() => minimumWageOn('2026-02-30'), RuleInputError);
  });

  it('has contiguous periods without gaps or overlaps', () => {
    MINIMUM_WAGE_RATES.forEach((rate, index) => {
      const next = MINIMUM_WAGE_RATES[index + 1];
      if (next === undefined) return assert.equal(rate.effectiveTo, null);
      assert.ok(rate.effectiveTo !== null);
      assert.equal(addDays(rate.effectiveTo, 1), next.effectiveFrom);
      assert.ok(compareDates(rate.effectiveFrom, rate.effectiveTo) <= 0);
    });
  });
});

describe('minimumWageOn with published periods (issue 14 §3, ADR 0024)', () => {
  // A test-only period, not a legal figure: no 2027 amount has been announced (docs/labor-rules.md).
  const published = { effectiveFrom: '2027-01-01', effectiveTo: null, monthly: 30000, hourly: 200, source: 'test announcement' } as const;
  const rates = withPublishedRates(MINIMUM_WAGE_RATES, [published]);

  it('uses the published period from its date and the shipped one the day before', () => {
    assert.deepEqual(minimumWageOn('2026-12-31', rates), { monthly: 29500, hourly: 196, effectiveFrom: '2026-01-01' });
    assert.deepEqual(minimumWageOn('2027-01-01', rates), { monthly: 30000, hourly: 200, effectiveFrom: '2027-01-01' });
    assert.deepEqual(minimumWageOn('2026-12-31'), minimumWageOn('2026-12-31', rates));
  });

  it('never changes a period already in force: a published period starting at or before the last shipped start is left out', () => {
    const rewritten = withPublishedRates(MINIMUM_WAGE_RATES, [{ ...published, effectiveFrom: '2026-01-01', monthly: 1 }, { ...published, effectiveFrom: '2025-06-01', monthly: 1 }]);
    assert.deepEqual(rewritten, [...MINIMUM_WAGE_RATES]);
  });

  it('chains several published periods in date order, each ending the day before the next', () => {
    const later = { ...published, effectiveFrom: '2028-01-01', monthly: 31000, hourly: 210 };
    const chained = withPublishedRates(MINIMUM_WAGE_RATES, [later, published]);
    assert.equal(minimumWageOn('2027-12-31', chained).monthly, 30000);
    assert.equal(minimumWageOn('2028-01-01', chained).monthly, 31000);
    assert.equal(chained.at(-1)?.effectiveTo, null);
    assert.equal(chained.at(-2)?.effectiveTo, '2027-12-31');
  });

  it('reaches the working-time check: a wage between the two rates warns only from the new date', () => {
    const days = [{ date: '2026-12-31', dayType: 'workday', hoursWorked: 8 }, { date: '2027-01-04', dayType: 'workday', hoursWorked: 8 }] as const;
    const warnings = checkWorkingTime({ monthlyWage: 29800, days, minimumWages: rates }).filter((warning) => warning.code === 'belowMinimumWage');
    assert.deepEqual(warnings.map((warning) => warning.date), ['2027-01-04']);
  });
});
