import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import { calculateOvertimePay, type DayType, type WorkedDay } from './overtime-pay.ts';

const day = (date: string, dayType: DayType, hoursWorked: number): WorkedDay => ({ date, dayType, hoursWorked });

describe('calculateOvertimePay', () => {
  const cases: { name: string; monthlyWage?: number; hourlyWage?: number; days: WorkedDay[]; hourly: number; pay: number }[] = [
    // labor-law.md §4.2 (glama tool description, derived): 36,000 → 150/h; 2 weekday OT hours = 400, not 402.
    { name: 'weekday overtime with exact ⅓', monthlyWage: 36000, days: [day('2026-03-02', 'workday', 10)], hourly: 150, pay: 400 },
    // LSA Art. 24 para. 1: hours 3-4 of overtime at + ⅔: 400 + 150 × 5/3 × 2 = 900.
    { name: 'weekday overtime to 12 hours', monthlyWage: 36000, days: [day('2026-03-02', 'workday', 12)], hourly: 150, pay: 900 },
    { name: 'no overtime within 8 hours', monthlyWage: 36000, days: [day('2026-03-02', 'workday', 8)], hourly: 150, pay: 0 },
    // BusinessWeekly (labor-law.md §4.2): 8 h on a rest day at 150/h = 200 × 2 + 250 × 6 = 1,900 additional.
    { name: 'rest day, 8 hours (BusinessWeekly)', monthlyWage: 36000, days: [day('2026-03-07', 'rest-day', 8)], hourly: 150, pay: 1900 },
    // BusinessWeekly: under the 2018 rule 1 rest-day hour = 200; before it, 1 h was paid as 4 h = 900.
    { name: 'rest day, 1 hour on 2018-03-01 (actual hours)', monthlyWage: 36000, days: [day('2018-03-01', 'rest-day', 1)], hourly: 150, pay: 200 },
    { name: 'rest day, 1 hour on 2018-02-28 (4-hour block)', monthlyWage: 36000, days: [day('2018-02-28', 'rest-day', 1)], hourly: 150, pay: 900 },
    { name: 'rest day, 5 hours on 2018-02-28 (8-hour block)', monthlyWage: 36000, days: [day('2018-02-28', 'rest-day', 5)], hourly: 150, pay: 1900 },
    // MOL/NIA (labor-law.md §4.1): rest-day hours 9-12 at an additional 2⅔: 1,900 + 150 × 8/3 × 2 = 2,700.
    { name: 'rest day, 10 hours', monthlyWage: 36000, days: [day('2026-03-07', 'rest-day', 10)], hourly: 150, pay: 2700 },
    // Arts. 37, 39 (labor-law.md §4.1): one extra day's wage for any work within 8 h, even 1 hour.
    { name: 'national holiday, 1 hour', monthlyWage: 36000, days: [day('2026-10-10', 'national-holiday', 1)], hourly: 150, pay: 1200 },
    { name: 'national holiday, 10 hours', monthlyWage: 36000, days: [day('2026-10-10', 'national-holiday', 10)], hourly: 150, pay: 1600 },
    { name: 'annual-leave day, 4 hours', monthlyWage: 36000, days: [day('2026-05-04', 'annual-leave-day', 4)], hourly: 150, pay: 1200 },
    { name: 'regular day off, 8 hours (Art. 40)', monthlyWage: 36000, days: [day('2026-03-08', 'regular-day-off', 8)], hourly: 150, pay: 1200 },
    // taiwanofw (labor-law.md §4.2): 50,400/month → 210/h.
    { name: '50,400 a month is 210 an hour', monthlyWage: 50400, days: [day('2026-03-02', 'workday', 9)], hourly: 210, pay: 280 },
    // 40,000 ÷ 240 = 166.67; one OT hour exactly 222.22… → 223 (1.34 would give 223.4 → 224).
    { name: 'non-terminating hourly wage rounds once, up', monthlyWage: 40000, days: [day('2026-03-02', 'workday', 9)], hourly: 166.67, pay: 223 },
    // Hourly-paid rest day: premium 183 × 4/3 × 2 = 488 plus the base hours 366 (assumption).
    { name: 'hourly-paid rest day includes base hours', hourlyWage: 183, days: [day('2024-06-01', 'rest-day', 2)], hourly: 183, pay: 854 },
    { name: 'hourly wage with decimals', hourlyWage: 200.5, days: [day('2026-03-02', 'workday', 9)], hourly: 200.5, pay: 268 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = calculateOvertimePay({ monthlyWage: c.monthlyWage, hourlyWage: c.hourlyWage, days: c.days });
      assert.equal(result.hourlyWage, c.hourly);
      assert.equal(result.overtimePay, c.pay);
    });
  }

  it('pays an hourly worker the base hour only for rest-day hours 1-8 (issue 14 fix 1)', () => {
    // Hours 9-12 are covered by no wage for anyone, so their 2⅔ rate (MOL/NIA, labor-law.md §4.1) is the whole
    // pay, as for a monthly worker (g0v 2017-04 scenario citing the MOL FAQ: 150 + 150 × 5/3 = 400/h, review).
    // 10 h at 150/h: premium 400 + 1,500 + 800 = 2,700, base hours 1-8 only: 8 × 150 = 1,200 → 3,900 (not 4,200).
    const hourly = calculateOvertimePay({ hourlyWage: 150, days: [day('2026-03-07', 'rest-day', 10)] });
    assert.equal(hourly.overtimePay, 3900);
    // The same day for a monthly worker: 2,700 on top of the monthly wage, which covers hours 1-8 only.
    assert.equal(calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-03-07', 'rest-day', 10)] }).overtimePay, 2700);
    // Within 8 hours nothing changes: base plus premium (Taiwan News 2016-12-22: totals of 2.34 / 2.67).
    assert.equal(calculateOvertimePay({ hourlyWage: 150, days: [day('2026-03-07', 'rest-day', 8)] }).overtimePay, 3100);
    // Block rule before 2018-03-01: 9 h count as 12, premium 400 + 1,500 + 150 × 8/3 × 4 = 3,500; the base
    // covers 8 of them: 1,200 → 4,700 (not 5,300).
    assert.equal(calculateOvertimePay({ hourlyWage: 150, days: [day('2018-02-28', 'rest-day', 9)] }).overtimePay, 4700);
    // The day after, actual hours: 400 + 1,500 + 150 × 8/3 × 1 = 2,300, plus 8 base hours 1,200 → 3,500 (not 3,650).
    assert.equal(calculateOvertimePay({ hourlyWage: 150, days: [day('2018-03-01', 'rest-day', 9)] }).overtimePay, 3500);
  });

  it('pays a regular day off beyond 8 hours double as emergency overtime (issue 14 fix 2)', () => {
    // Art. 40 work is emergency work, so hours beyond 8 are Art. 32 para. 4 overtime, paid double by
    // Art. 24 para. 1 subpara. 3 (text at laws.taipei.gov.tw, MOL 勞動條2字第1080131087號函 page).
    // g0v/labor-standards-tw scenario (legal review): 10 h emergency 例假 at 36,000 → 1,200 + 150 × 2 × 2 = 1,800.
    const result = calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-03-08', 'regular-day-off', 10)] });
    assert.equal(result.overtimePay, 1800);
    assert.ok(result.steps.some((s) => s.key === 'overtimePay.regularDayOffBeyondEight' && s.assumption === undefined));
    // At 8 hours it is the day's wage only; 12 h → 1,200 + 150 × 2 × 4 = 2,400.
    assert.equal(calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-03-08', 'regular-day-off', 8)] }).overtimePay, 1200);
    assert.equal(calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-03-08', 'regular-day-off', 12)] }).overtimePay, 2400);
    // A national holiday keeps the weekday rates (MOL page 2025-09-05): 1,200 + 400 = 1,600.
    assert.equal(calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-10-10', 'national-holiday', 10)] }).overtimePay, 1600);
  });

  it('pays emergency overtime on a workday double (Art. 24 para. 1 subpara. 3, Art. 32 para. 4)', () => {
    const result = calculateOvertimePay({ monthlyWage: 36000, days: [{ ...day('2026-03-02', 'workday', 10), emergency: true }] });
    assert.equal(result.overtimePay, 600);
    assert.equal(calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-03-02', 'workday', 10)] }).overtimePay, 400);
  });

  it('flags the holiday day wage of an hourly-paid worker (issue 14 fix 7)', () => {
    // MOL page 2025-09-05: within 8 hours "工資加倍發給"; a holiday on an agreed workday is paid ("照給") without work.
    // Penghu County (2024-09) reads 加倍 for hourly pay as the hours actually worked paid twice; this package pays
    // one full day's wage (8 h) for any work, which is never less, and flags the reading.
    const hourly = calculateOvertimePay({ hourlyWage: 200, days: [day('2026-10-10', 'national-holiday', 4)] });
    assert.equal(hourly.overtimePay, 1600);
    const dayWage = hourly.steps.find((s) => s.key === 'overtimePay.nationalHolidayDayWage');
    assert.equal(dayWage?.assumptionKey, 'assumption.holidayHourlyPaidDayWage');
    const monthly = calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-10-10', 'national-holiday', 4)] });
    assert.equal(monthly.steps.find((s) => s.key === 'overtimePay.nationalHolidayDayWage')?.assumption, undefined);
  });

  it('sums several days before rounding once', () => {
    const result = calculateOvertimePay({ monthlyWage: 40000, days: [day('2026-03-02', 'workday', 9), day('2026-03-03', 'workday', 9), day('2026-03-04', 'workday', 9)] });
    // 3 × 222.22… = 666.67 → 667 (rounding each day would give 669).
    assert.equal(result.overtimePay, 667);
  });

  it('uses a stated hourly wage when it is higher than monthly ÷ 240', () => {
    const result = calculateOvertimePay({ monthlyWage: 36000, hourlyWage: 180, days: [day('2026-03-02', 'workday', 9)] });
    assert.equal(result.hourlyWage, 180);
    assert.equal(result.overtimePay, 240);
    assert.ok(result.steps.some((s) => s.key === 'overtimePay.hourlyGivenHigher'));
  });

  it('flags assumptions in the steps that rest on them', () => {
    const result = calculateOvertimePay({ hourlyWage: 183, days: [day('2024-06-01', 'rest-day', 13), day('2024-06-02', 'regular-day-off', 9)] });
    const assumed = result.steps.filter((s) => s.assumption === true).map((s) => s.assumptionKey);
    assert.ok(assumed.includes('assumption.restDayHourlyPaidBase'));
    assert.ok(assumed.includes('assumption.hoursBeyondLimitPaid'));
    assert.ok(assumed.includes('assumption.roundUp'));
  });

  it('has no rest-day rule before the 2016 amendment took effect', () => {
    assert.throws(() => calculateOvertimePay({ monthlyWage: 36000, days: [day('2016-12-22', 'rest-day', 2)] }), RateNotFoundError);
    assert.equal(calculateOvertimePay({ monthlyWage: 36000, days: [day('2016-12-23', 'rest-day', 2)] }).overtimePay, 900);
  });

  it('rejects missing wages and impossible hours', () => {
    assert.throws(() => calculateOvertimePay({ days: [] }), RuleInputError);
    assert.throws(() => calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-03-02', 'workday', 25)] }), RuleInputError);
    assert.throws(() => calculateOvertimePay({ monthlyWage: 36000, days: [day('2026-02-30', 'workday', 9)] }), RuleInputError);
    assert.throws(() => calculateOvertimePay({ hourlyWage: 0, days: [] }), RuleInputError);
  });

  it('never pays less for more hours on the same day', () => {
    const types: DayType[] = ['workday', 'rest-day', 'national-holiday', 'regular-day-off', 'annual-leave-day'];
    fc.assert(fc.property(
      fc.constantFrom(...types), fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 20000, max: 120000 }),
      (dayType, halfHours, extra, wage) => {
        const pay = (h: number) => calculateOvertimePay({ monthlyWage: wage, days: [day('2026-03-04', dayType, h)] }).overtimePay;
        return pay(halfHours / 2) <= pay(Math.min(48, halfHours + extra) / 2);
      },
    ));
  });
});
