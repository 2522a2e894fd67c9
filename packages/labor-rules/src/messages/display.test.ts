import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lsa, step } from '../steps.ts';
import { formatStep, formatWarning } from './format.ts';

// Monthly wage 171,500 ÷ 30 ÷ 8 = 714.583… an hour (LSA Art. 24 worked example shape).
const hourly = step('overtimePay.hourlyFromMonthly', lsa('24'), { monthlyWage: 171_500 }, 714.5833);
const rocDate = (iso: string) => {
  const [year = '0', month = '0', day = '0'] = iso.split('-');
  return `民國${Number(year) - 1911}年${Number(month)}月${Number(day)}日`;
};

describe('figures in steps, the way the user reads them (issue 15 §5)', () => {
  it('writes money as whole dollars with grouping, never "714.5833 元"', () => {
    const text = formatStep(hourly, 'zh-TW', { money: 'whole' }).text;
    assert.match(text, /171,500 元/);
    assert.match(text, /715 元/);
    assert.doesNotMatch(text, /714\.5833/);
    assert.match(formatStep(hourly, 'en', { money: 'whole' }).text, /NT\$715\b/);
    // Vietnamese groups with a dot, in the steps as in the figures.
    assert.match(formatStep(hourly, 'vi', { money: 'whole' }).text, /NT\$171\.500/);
  });

  it('gives the exact fraction on request, and keeps {exact} exact', () => {
    assert.match(formatStep(hourly, 'zh-TW', { money: 'exact' }).text, /714\.5833 元/);
    const total = step('overtimePay.total', lsa('24'), { exact: '411.1111' }, 412);
    const text = formatStep(total, 'zh-TW', { money: 'whole' }).text;
    assert.match(text, /411\.11 元，進位為 412 元/, 'the rounding explained to the cent');
    assert.match(formatStep(total, 'zh-TW', { money: 'exact' }).text, /411\.1111 元/);
  });

  it('writes dates with the formatter it is given (民國 for zh-TW users)', () => {
    const warning = formatWarning(
      { code: 'dailyHoursOver12', date: '2026-03-02', legalBasis: { law: 'laborStandardsAct', article: '32', paragraph: 2 }, params: { date: '2026-03-02', hours: 13, limit: 12 } },
      'zh-TW',
      { formatDate: rocDate },
    );
    assert.match(warning.text, /民國115年3月2日/);
    assert.doesNotMatch(warning.text, /2026-03-02/);
  });

  it('leaves the API text as it was without display options', () => {
    assert.match(formatStep(hourly, 'zh-TW').text, /714\.5833 元/);
  });
});
