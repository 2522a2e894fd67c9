import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import { addDays } from '../plain-date.ts';
import { annualLeaveDaysFor, calculateAnnualLeave, calculateUnusedAnnualLeavePay } from './annual-leave.ts';
import { ANNUAL_LEAVE_SCHEDULES } from './annual-leave.rates.ts';

const [pre2017, current] = ANNUAL_LEAVE_SCHEDULES;
if (pre2017 === undefined || current === undefined) throw new Error('schedules missing');

describe('annual leave entitlement (LSA Art. 38)', () => {
  // MOL table at calcr2.mol.gov.tw/RestDays (labor-law.md §2.1): [years, months, current, pre-2017].
  const table: [number, number, number, number][] = [
    [0, 5, 0, 0], [0, 6, 3, 0], [0, 11, 3, 0], [1, 0, 7, 7], [2, 0, 10, 7], [3, 0, 14, 10], [4, 11, 14, 10],
    [5, 0, 15, 14], [9, 11, 15, 14], [10, 0, 16, 15], [11, 0, 17, 16], [23, 0, 29, 28], [24, 0, 30, 29], [25, 0, 30, 30], [40, 0, 30, 30],
  ];
  for (const [years, months, now, before] of table) {
    it(`${years}y ${months}m: ${now} days now, ${before} before 2017`, () => {
      assert.equal(annualLeaveDaysFor({ years, months, days: 0 }, current), now);
      assert.equal(annualLeaveDaysFor({ years, months, days: 0 }, pre2017), before);
    });
  }

  it('uses current law for a bare length of service', () => {
    assert.equal(calculateAnnualLeave({ service: { years: 2, months: 3, days: 0 } }).days, 10);
  });

  it('switches schedule on 2017-01-01', () => {
    // Hired 2016-05-01: 8 months on 2016-12-31 → 0 under the old law; 3 under the new law the next day.
    assert.equal(calculateAnnualLeave({ hireDate: '2016-05-01', asOfDate: '2016-12-31' }).days, 0);
    assert.equal(calculateAnnualLeave({ hireDate: '2016-05-01', asOfDate: '2017-01-01' }).days, 3);
    assert.equal(calculateAnnualLeave({ hireDate: '2014-01-01', asOfDate: '2016-12-31' }).days, 7);
    assert.equal(calculateAnnualLeave({ hireDate: '2014-01-01', asOfDate: '2017-01-01' }).days, 14);
    assert.throws(() => calculateAnnualLeave({ hireDate: '1980-01-01', asOfDate: '1984-07-31' }), RateNotFoundError);
  });

  it('starts a new tier on the anniversary itself', () => {
    assert.equal(calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-06-30' }).days, 3);
    assert.equal(calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-07-01' }).days, 7);
    assert.equal(calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2025-12-31' }).days, 0);
    assert.equal(calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-01-01' }).days, 3);
    assert.throws(() => calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2025-06-30' }), RuleInputError);
  });

  it('never gives fewer days for more service, and never more than 30 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (a, b) => {
      for (const schedule of [current, pre2017]) {
        const low = annualLeaveDaysFor({ years: 0, months: Math.min(a, b), days: 0 }, schedule);
        const high = annualLeaveDaysFor({ years: 0, months: Math.max(a, b), days: 0 }, schedule);
        if (low > high || high > 30) return false;
      }
      return true;
    }));
  });
});

describe('calendar-year system', () => {
  // labor-law.md §2.3 worked table (derived, r = 6/12) for a hire on 2025-07-01. This package shares each
  // service year by its days (184/365 of the year falls after 1 July), and rounds up to 0.1 day, so it
  // may exceed the table by at most 0.1 day, and is never below it.
  const table: [number, number][] = [[2025, 0], [2026, 6.5], [2027, 8.5], [2028, 12], [2029, 14], [2030, 14.5], [2031, 15], [2034, 15], [2035, 15.5]];
  for (const [year, tableDays] of table) {
    it(`${year}: about ${tableDays} days, never fewer`, () => {
      const { days } = calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: `${year}-08-01`, system: 'calendar-year' });
      assert.ok(days >= tableDays && days - tableDays <= 0.1 + 1e-9, `${year}: ${days}`);
    });
  }

  it('gives 6.6 days for 2026 with day-based shares (labor-law.md §2.3: 3 + 7 × 184/365 = 6.53 → 6.6)', () => {
    const result = calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2026-03-01', system: 'calendar-year' });
    assert.equal(result.days, 6.6);
    assert.ok(result.steps.some((s) => s.assumptionKey === 'assumption.sixMonthGrantInFull'));
    assert.ok(result.steps.some((s) => s.assumptionKey === 'assumption.calendarYearProration'));
  });

  it('gives a full year of a tier when the anniversary is 1 January', () => {
    assert.equal(calculateAnnualLeave({ hireDate: '2020-01-01', asOfDate: '2026-05-05', system: 'calendar-year' }).days, 15);
  });
});

describe('calendar-year leave of a worker who leaves (issue 14 fix 6)', () => {
  // Practitioner guidance (vocus.cc, labor-law.md §2.3): at termination the entitlement goes back to the hire-date
  // basis whatever leave year was agreed; the derived example there: hire 2025-07-01, leave 2026-12-31 → calendar
  // grants 6.5 (month method; 6.6 here), anniversary basis 3 + 7 = 10, so the difference is owed. MOL wording not found.
  const leave = (terminationDate: string) => calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: terminationDate, system: 'calendar-year', terminationDate });
  it('tops up to the anniversary basis when that gives more', () => {
    const result = leave('2026-12-31');
    assert.deepEqual(result.leaverCheck, { calendarYearDays: 6.6, anniversaryDays: 10, topUpDays: 3.4 });
    assert.ok(result.steps.some((s) => s.key === 'annualLeave.leaverTopUp' && s.assumptionKey === 'assumption.leaverAnniversaryTopUp'));
  });
  it('on both sides of an anniversary and of the 6-month date', () => {
    assert.deepEqual(leave('2026-06-30').leaverCheck, { calendarYearDays: 3, anniversaryDays: 3, topUpDays: 0 });
    assert.deepEqual(leave('2026-07-01').leaverCheck, { calendarYearDays: 6.6, anniversaryDays: 10, topUpDays: 3.4 });
    assert.deepEqual(leave('2025-12-31').leaverCheck, { calendarYearDays: 0, anniversaryDays: 0, topUpDays: 0 });
    assert.deepEqual(leave('2026-01-01').leaverCheck, { calendarYearDays: 3, anniversaryDays: 3, topUpDays: 0 });
  });
  it('never tops up below zero, and never leaves the worker under the anniversary basis (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4000 }), (offset) => {
      const end = addDays('2025-07-01', offset);
      const check = leave(end).leaverCheck;
      return check !== undefined && check.topUpDays >= 0 && check.calendarYearDays + check.topUpDays >= check.anniversaryDays - 1e-9;
    }), { numRuns: 60 });
  });
  it('rejects a termination before the hire date', () => {
    assert.throws(() => calculateAnnualLeave({ hireDate: '2025-07-01', asOfDate: '2025-07-01', system: 'calendar-year', terminationDate: '2025-06-30' }), RuleInputError);
  });
});

describe('calculateUnusedAnnualLeavePay (Enforcement Rules Art. 24-1)', () => {
  it('pays one day as the monthly wage ÷ 30', () => {
    assert.equal(calculateUnusedAnnualLeavePay({ unusedDays: 3, monthlyWage: 36000 }).amount, 3600);
    // 29,500 ÷ 30 × 6.6 = 6,490 exactly; × 1.5 = 1,475.
    assert.equal(calculateUnusedAnnualLeavePay({ unusedDays: 6.6, monthlyWage: 29500 }).amount, 6490);
    assert.equal(calculateUnusedAnnualLeavePay({ unusedDays: 1.5, monthlyWage: 29500 }).amount, 1475);
    // 28,590 ÷ 30 = 953 a day; 0.5 day = 476.5 → 477.
    assert.equal(calculateUnusedAnnualLeavePay({ unusedDays: 0.5, monthlyWage: 28590 }).amount, 477);
  });

  it('accepts a daily wage and rejects missing wages', () => {
    assert.equal(calculateUnusedAnnualLeavePay({ unusedDays: 2, dailyWage: 1568 }).amount, 3136);
    assert.throws(() => calculateUnusedAnnualLeavePay({ unusedDays: 2 }), RuleInputError);
    assert.throws(() => calculateUnusedAnnualLeavePay({ unusedDays: -1, dailyWage: 1568 }), RuleInputError);
  });
});
