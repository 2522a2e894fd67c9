import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from './errors.ts';
import {
  ceilFraction, compareFractions, dividedBy, floorFraction, fraction, fractionText, minus, plus, roundWholeNtd, times, toDecimal, toFraction,
} from './money.ts';

describe('fraction arithmetic', () => {
  it('keeps thirds exact where 1.34 / 1.67 would drift', () => {
    // labor-law.md §4.2: 36,000/month → 150/h; 2 weekday overtime hours = 150 × 4/3 × 2 = 400 (not 402).
    const hourly = dividedBy(fraction(36000), fraction(240));
    assert.deepEqual(times(times(hourly, fraction(4, 3)), fraction(2)), fraction(400));
    assert.deepEqual(plus(fraction(1, 3), fraction(2, 3)), fraction(1));
    assert.deepEqual(minus(fraction(1), fraction(1, 3)), fraction(2, 3));
  });

  it('normalises sign and lowest terms', () => {
    assert.deepEqual(fraction(2, -4), { num: -1n, den: 2n });
    assert.throws(() => fraction(1, 0), RangeError);
    assert.throws(() => dividedBy(fraction(1), fraction(0)), RangeError);
  });

  it('parses decimals exactly, not through binary floating point', () => {
    assert.deepEqual(toFraction(0.1), fraction(1, 10));
    assert.deepEqual(toFraction(183.5), fraction(367, 2));
    assert.deepEqual(toFraction(1e-7), fraction(1, 10_000_000));
    assert.deepEqual(toFraction(-2.5), fraction(-5, 2));
    assert.throws(() => toFraction(Number.NaN, 'wage'), RuleInputError);
    assert.throws(() => toFraction('abc'), RuleInputError);
  });

  it('floors and ceils negative and positive values', () => {
    assert.equal(floorFraction(fraction(-1, 2)), -1n);
    assert.equal(ceilFraction(fraction(-1, 2)), 0n);
    assert.equal(floorFraction(fraction(7, 2)), 3n);
    assert.equal(ceilFraction(fraction(7, 2)), 4n);
    assert.equal(ceilFraction(fraction(4)), 4n);
  });

  it('formats display decimals half away from zero and fractions as text', () => {
    assert.equal(toDecimal(fraction(2, 3), 4), 0.6667);
    assert.equal(toDecimal(fraction(1, 8), 2), 0.13);
    assert.equal(toDecimal(fraction(-1, 8), 2), -0.13);
    assert.equal(fractionText(fraction(2999, 720)), '2999/720');
    assert.equal(fractionText(fraction(6)), '6');
  });
});

describe('roundWholeNtd (the one rounding rule)', () => {
  it('rounds up like the MOL severance calculator (labor-law.md §1.2)', () => {
    // 74,947 × (4 + 119/720) = 312,175.07 → 312,176; 112,419.375 → 112,420.
    assert.equal(roundWholeNtd(times(fraction(74947), fraction(2999, 720))), 312176);
    assert.equal(roundWholeNtd(fraction(112419375, 1000)), 112420);
    assert.equal(roundWholeNtd(fraction(53125)), 53125);
  });

  it('never pays less than the exact amount and never a whole dollar more', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (num, den) => {
      const exact = fraction(num, den);
      const rounded = fraction(roundWholeNtd(exact));
      return compareFractions(rounded, exact) >= 0 && compareFractions(minus(rounded, exact), fraction(1)) < 0;
    }));
  });
});
