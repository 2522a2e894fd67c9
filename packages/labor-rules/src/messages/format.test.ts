import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLegalBasis, formatNumber, LOCALES } from './format.ts';

describe('formatNumber', () => {
  it('writes whole numbers as Intl would, in every locale (plain below 10,000, grouped by threes above), and fractions through Intl', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: 'min2' });
      for (let n = 0; n < 10_000; n += 1) assert.equal(formatNumber(n, locale), intl.format(n), `${locale} ${n}`);
      for (const n of [10_000, 48_250, 99_999, 100_000, 643_334, 999_999, 1_000_000, 12_345_678, Number.MAX_SAFE_INTEGER, 1.5, 7.3333, 12_345.5, -3, -12_345.25]) {
        assert.equal(formatNumber(n, locale), intl.format(n), `${locale} ${n}`);
      }
      for (let n = 10_000; n < 2_000_000_000; n = Math.floor(n * 1.37) + 7) assert.equal(formatNumber(n, locale), intl.format(n), `${locale} ${n}`);
    }
    assert.equal(formatNumber(48_250, 'vi'), '48.250');
  });
});

describe('formatLegalBasis', () => {
  it('gives the same citation the second time, and a different one for another paragraph or locale', () => {
    const basis = { law: 'laborStandardsAct', article: '17', paragraph: 1 } as const;
    const first = formatLegalBasis(basis, 'zh-TW');
    assert.equal(formatLegalBasis({ ...basis }, 'zh-TW'), first);
    assert.notEqual(formatLegalBasis({ ...basis, paragraph: 2 }, 'zh-TW'), first);
    assert.notEqual(formatLegalBasis(basis, 'en'), first);
    assert.equal(formatLegalBasis({ law: 'laborStandardsAct', article: '17' }, 'en'), formatLegalBasis({ law: 'laborStandardsAct', article: '17' }, 'en'));
  });
});
