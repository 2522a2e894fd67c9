import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from './errors.ts';
import {
  addDays, assertPlainDate, compareDates, daysBetween, fromDayNumber, isPlainDate, monthsEarlier, monthsLater, shiftMonth, toDayNumber,
} from './plain-date.ts';
import { isShorterService, normalizeService, serviceBetween, serviceInYears } from './service-length.ts';
import { fraction } from './money.ts';

describe('plain dates', () => {
  it('round-trips day numbers for every day from 1900 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => toDayNumber(fromDayNumber(n)) === n));
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.equal(fromDayNumber(19723), '2024-01-01');
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-1', '2024-04-31', '']) assert.equal(isPlainDate(bad), false, bad);
    assert.equal(isPlainDate('2024-02-29'), true);
    assert.throws(() => assertPlainDate('2023-02-29', 'hireDate'), (e: unknown) => e instanceof RuleInputError && e.field === 'hireDate');
  });

  it('does calendar arithmetic', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
    assert.equal(compareDates('2018-02-28', '2018-03-01'), -1);
    assert.equal(shiftMonth('2026-01', -1), '2025-12');
    assert.equal(shiftMonth('2025-11', 2), '2026-01');
  });

  it('counts whole months by Civil Code Art. 121 para. 2', () => {
    assert.equal(monthsLater('2024-03-15', 1), '2024-04-15');
    assert.equal(monthsLater('2024-01-31', 1), '2024-03-01');
    assert.equal(monthsLater('2023-01-31', 1), '2023-03-01');
    assert.equal(monthsLater('2024-02-29', 12), '2025-03-01');
    assert.equal(monthsEarlier('2016-03-01', 6), '2015-09-01');
    assert.equal(monthsEarlier('2018-08-31', 6), '2018-02-28');
  });
});

describe('service length', () => {
  // labor-law.md §1.2: a public test suite's "official case" and its both-ends convention.
  const cases = [
    { from: '2018-07-03', to: '2026-10-31', expected: { years: 8, months: 3, days: 29 } },
    { from: '2016-06-20', to: '2023-05-10', expected: { years: 6, months: 10, days: 21 } },
    { from: '2024-01-01', to: '2024-12-31', expected: { years: 1, months: 0, days: 0 } },
    { from: '2024-01-01', to: '2024-01-30', expected: { years: 0, months: 0, days: 30 } },
    { from: '2024-02-29', to: '2024-03-31', expected: { years: 0, months: 1, days: 3 } },
    { from: '2024-03-31', to: '2024-04-30', expected: { years: 0, months: 1, days: 0 } },
    // Deliberate difference from that suite (29 and 30 days): Civil Code Art. 121 para. 2 makes
    // 31 Jan to the end of February one whole month (documented assumption, favours the worker).
    { from: '2023-01-31', to: '2023-02-28', expected: { years: 0, months: 1, days: 0 } },
    { from: '2024-01-31', to: '2024-02-29', expected: { years: 0, months: 1, days: 0 } },
    { from: '2024-05-01', to: '2024-05-01', expected: { years: 0, months: 0, days: 1 } },
  ];
  for (const { from, to, expected } of cases) {
    it(`counts ${from} through ${to} as ${expected.years}y ${expected.months}m ${expected.days}d`, () => {
      assert.deepEqual(serviceBetween(from, to), expected);
    });
  }

  it('rejects an end before the start', () => {
    assert.throws(() => serviceBetween('2024-05-02', '2024-04-30'), RuleInputError);
  });

  it('never shrinks as the end date moves later', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 400 }), (start, length, extra) => {
      const from = fromDayNumber(10000 + start);
      const a = serviceBetween(from, fromDayNumber(10000 + start + length));
      const b = serviceBetween(from, fromDayNumber(10000 + start + length + extra));
      return !isShorterService(b, a);
    }));
  });

  it('normalises with 30-day months and converts to years exactly', () => {
    assert.deepEqual(normalizeService({ years: 0, months: 13, days: 45 }), { years: 1, months: 2, days: 15 });
    assert.deepEqual(serviceInYears({ years: 8, months: 3, days: 29 }), fraction(2999, 360));
    assert.throws(() => normalizeService({ years: -1, months: 0, days: 0 }), RuleInputError);
    assert.throws(() => normalizeService({ years: 1.5, months: 0, days: 0 }), RuleInputError);
  });
});
