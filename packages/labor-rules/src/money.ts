import { RuleInputError } from './errors.ts';

/**
 * An exact rational number `num / den` (den > 0, lowest terms). Money and
 * statutory multipliers are computed with it so that ⅓ and ⅔ stay exact:
 * the Labor Standards Act sets them as minimums ("⅓ 以上"), and rounding them
 * to 1.34 / 1.67 would change the amount owed.
 */
export type Fraction = { readonly num: bigint; readonly den: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Builds a fraction from integer numerator and denominator.
 *
 * @example
 * fraction(1, 3) // { num: 1n, den: 3n }
 */
export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d === 0n) throw new RangeError('fraction with zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d) || 1n;
  return { num: (sign * n) / divisor, den: (sign * d) / divisor };
}

const DECIMAL_PATTERN = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * Converts a decimal number (as written, e.g. an hourly wage of 183.5 from
 * JSON) to the exact fraction it denotes, without binary floating-point error.
 *
 * @example
 * toFraction(0.1) // { num: 1n, den: 10n }
 */
export function toFraction(value: number | string, field = 'value'): Fraction {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RuleInputError(field, 'not-a-number');
  const match = DECIMAL_PATTERN.exec(String(value));
  if (!match) throw new RuleInputError(field, 'not-a-number');
  const [, minus, whole = '0', decimals = '', exponent = '0'] = match;
  let num = BigInt(whole + decimals) * (minus ? -1n : 1n);
  let den = 10n ** BigInt(decimals.length);
  const exp = Number(exponent);
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den *= 10n ** BigInt(-exp);
  return fraction(num, den);
}

/** @example plus(fraction(1, 3), fraction(2, 3)) // { num: 1n, den: 1n } */
export function plus(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** @example minus(fraction(1), fraction(1, 3)) // { num: 2n, den: 3n } */
export function minus(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** @example times(fraction(150), fraction(4, 3)) // { num: 200n, den: 1n } */
export function times(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

/** @example dividedBy(fraction(36000), fraction(240)) // { num: 150n, den: 1n } */
export function dividedBy(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError('division by zero');
  return fraction(a.num * b.den, a.den * b.num);
}

/** Sum of a list of fractions. @example sum([fraction(1, 2), fraction(1, 2)]) // 1 */
export function sum(values: readonly Fraction[]): Fraction {
  return values.reduce(plus, fraction(0));
}

/** @example compareFractions(fraction(1, 3), fraction(1, 2)) // -1 */
export function compareFractions(a: Fraction, b: Fraction): number {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** @example minFraction(fraction(7), fraction(6)) // 6 */
export function minFraction(a: Fraction, b: Fraction): Fraction {
  return compareFractions(a, b) <= 0 ? a : b;
}

/** @example maxFraction(fraction(7), fraction(6)) // 7 */
export function maxFraction(a: Fraction, b: Fraction): Fraction {
  return compareFractions(a, b) >= 0 ? a : b;
}

/** Largest integer ≤ f. @example floorFraction(fraction(-1, 2)) // -1n */
export function floorFraction(f: Fraction): bigint {
  const q = f.num / f.den;
  return f.num < 0n && q * f.den !== f.num ? q - 1n : q;
}

/** Smallest integer ≥ f. @example ceilFraction(fraction(1, 3)) // 1n */
export function ceilFraction(f: Fraction): bigint {
  return -floorFraction(fraction(-f.num, f.den));
}

/**
 * THE rounding rule for every NT$ amount in this package, applied once, at
 * the end of each amount: round UP to the next whole NT$ (無條件進位).
 *
 * Why: labor-law.md §1.2 reports that the Ministry of Labor severance
 * calculator (calc.mol.gov.tw / calcr2.mol.gov.tw) rounds up (its "official
 * case" 74,947 × (4 + 119/720) = 312,175.07 → 312,176; a mixed case
 * 112,419.375 → 112,420). No official text states a direction for the other
 * calculators (overtime: labor-law.md §4.1 "rounding direction UNCONFIRMED"),
 * and amounts owed under the Labor Standards Act are minimums ("以上"), so
 * rounding up is the reading that never pays the worker less than the law
 * guarantees (LSA Art. 1: the Act sets minimum standards).
 *
 * @example
 * roundWholeNtd(fraction(31217507, 100)) // 312176
 */
export function roundWholeNtd(amount: Fraction): number {
  return Number(ceilFraction(amount));
}

/**
 * A display value with `places` decimals, rounded half away from zero. For
 * steps and secondary figures only (hourly wage, bases), never for amounts
 * owed, which go through `roundWholeNtd`.
 *
 * @example
 * toDecimal(fraction(2, 3), 4) // 0.6667
 */
export function toDecimal(f: Fraction, places = 2): number {
  const scale = 10n ** BigInt(places);
  const scaled = f.num * scale * 2n;
  const twice = f.den;
  const magnitude = (scaled < 0n ? -scaled : scaled) / twice;
  const rounded = (magnitude + 1n) / 2n;
  const signed = scaled < 0n ? -rounded : rounded;
  return Number(signed) / Number(scale);
}

/**
 * Text form `a/b` (or `a` for integers), for showing exact bases in steps.
 *
 * @example
 * fractionText(fraction(3119, 720)) // '3119/720'
 */
export function fractionText(f: Fraction): string {
  return f.den === 1n ? String(f.num) : `${f.num}/${f.den}`;
}
