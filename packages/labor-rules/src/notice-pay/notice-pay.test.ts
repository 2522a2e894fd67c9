import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RuleInputError } from '../errors.ts';
import { addDays } from '../plain-date.ts';
import { calculateNoticePay, noticeDaysFor } from './notice-pay.ts';

describe('calculateNoticePay (LSA Art. 16)', () => {
  it('reproduces the worked example of the MOL rule (bycpa.com, 2023)', () => {
    // 2 y 6 m of service, no notice, last month 30,000: 20 days × 30,000 ÷ 30 = 20,000.
    const result = calculateNoticePay({ hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 30000, lastMonthWage: 30000 });
    assert.deepEqual(result.service, { years: 2, months: 6, days: 0 });
    assert.equal(result.noticeDays, 20);
    assert.equal(result.noticePay, 20000);
    assert.equal(result.jobSearchLeaveDaysPerWeek, 2);
    // Same example with a daily average of 1,100 (33,000 a month ÷ 30) above the last month's 1,000: 22,000.
    assert.equal(calculateNoticePay({ hireDate: '2023-07-01', terminationDate: '2025-12-31', averageMonthlyWage: 33000, lastMonthWage: 30000 }).noticePay, 22000);
  });

  it('gives 10, 20 or 30 days on both sides of 3 months, 1 year and 3 years', () => {
    const days = (terminationDate: string) => calculateNoticePay({ hireDate: '2023-01-01', terminationDate, averageMonthlyWage: 30000 }).noticeDays;
    assert.equal(days('2023-03-30'), 0);
    assert.equal(days('2023-03-31'), 10);
    assert.equal(days('2023-12-30'), 10);
    assert.equal(days('2023-12-31'), 20);
    assert.equal(days('2025-12-30'), 20);
    assert.equal(days('2025-12-31'), 30);
  });

  it('pays only the days of notice not given, and nothing under 3 months', () => {
    const pay = (noticeGivenDays?: number) => calculateNoticePay({ hireDate: '2020-01-01', terminationDate: '2026-03-31', averageMonthlyWage: 36000, ...(noticeGivenDays === undefined ? {} : { noticeGivenDays }) });
    assert.equal(pay().noticePay, 36000);
    assert.equal(pay(10).noticePay, 24000);
    assert.equal(pay(10).steps.at(-1)?.assumptionKey, 'assumption.noticePayShortfall');
    assert.equal(pay(30).noticePay, 0);
    assert.equal(pay(45).noticePay, 0);
    const short = calculateNoticePay({ hireDate: '2026-01-01', terminationDate: '2026-03-01', averageMonthlyWage: 36000 });
    assert.equal(short.noticeDays, 0);
    assert.equal(short.noticePay, 0);
    assert.equal(short.jobSearchLeaveDaysPerWeek, 0);
  });

  it('rejects impossible inputs, naming the field', () => {
    const field = (f: string) => (e: unknown) => e instanceof RuleInputError && e.field === f;
    assert.throws(() => calculateNoticePay({ hireDate: '2026-01-02', terminationDate: '2026-01-01', averageMonthlyWage: 1 }), field('terminationDate'));
    assert.throws(() => calculateNoticePay({ hireDate: '2026-01-01', terminationDate: '2026-05-01', averageMonthlyWage: 1, noticeGivenDays: 1.5 }), field('noticeGivenDays'));
    assert.throws(() => calculateNoticePay({ hireDate: '2026-01-01', terminationDate: '2026-05-01', averageMonthlyWage: -1 }), field('averageMonthlyWage'));
  });

  it('never gives less notice or notice pay for more service (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 40 }), (length, extra, given) => {
      const hireDate = '2005-07-01';
      const run = (days: number) => calculateNoticePay({ hireDate, terminationDate: addDays(hireDate, days), averageMonthlyWage: 40000, noticeGivenDays: given });
      const a = run(length);
      const b = run(length + extra);
      return a.noticeDays <= b.noticeDays && a.noticePay <= b.noticePay;
    }));
  });

  it('never exceeds 30 days (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 11 }), (years, months) => noticeDaysFor({ years, months, days: 0 }) <= 30));
  });
});
