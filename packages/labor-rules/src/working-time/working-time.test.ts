import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import type { DayType, WorkedDay } from '../overtime-pay/overtime-pay.ts';
import { addDays } from '../plain-date.ts';
import { checkWorkingTime } from './working-time.ts';

const day = (date: string, dayType: DayType, hoursWorked: number, start?: string, end?: string): WorkedDay =>
  ({ date, dayType, hoursWorked, ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) });

const codes = (days: WorkedDay[], wage: { monthlyWage?: number; hourlyWage?: number } = { monthlyWage: 36000 }) =>
  checkWorkingTime({ ...wage, days }).map((w) => w.code);

/** Weekdays of March 2026 with `overtime` hours each beyond 8, spread over `count` days. */
function overtimeDays(month: string, count: number, overtimePerDay: number): WorkedDay[] {
  return Array.from({ length: count }, (_, i) => day(`${month}-${String(i + 1).padStart(2, '0')}`, 'workday', 8 + overtimePerDay));
}

describe('checkWorkingTime', () => {
  it('warns above 12 hours a day, not at 12 (Art. 32 para. 2)', () => {
    assert.deepEqual(codes([day('2026-03-02', 'workday', 12)]), []);
    assert.deepEqual(codes([day('2026-03-02', 'workday', 12.5)]), ['dailyHoursOver12']);
  });

  it('applies the 46 / 54 monthly overtime caps at their edges', () => {
    // 23 days × 2 h = 46 h: allowed. The warnings below come from > 6 consecutive days, which are filtered out.
    const monthly = (days: WorkedDay[]) => codes(days).filter((c) => c.startsWith('monthly'));
    assert.deepEqual(monthly(overtimeDays('2026-03', 23, 2)), []);
    assert.deepEqual(monthly([...overtimeDays('2026-03', 23, 2), day('2026-03-31', 'rest-day', 0.5)]), ['monthlyOvertimeOver46']);
    assert.deepEqual(monthly(overtimeDays('2026-03', 27, 2)), ['monthlyOvertimeOver46']);
    assert.deepEqual(monthly([...overtimeDays('2026-03', 27, 2), day('2026-03-31', 'rest-day', 0.5)]), ['monthlyOvertimeOver54']);
  });

  it('counts every rest-day hour and only holiday hours beyond 8 toward the cap', () => {
    const days = [...overtimeDays('2026-03', 20, 2), day('2026-03-28', 'rest-day', 6), day('2026-03-29', 'national-holiday', 8)];
    assert.deepEqual(codes(days).filter((c) => c.startsWith('monthly')), []);
    days.push(day('2026-03-30', 'national-holiday', 8.5));
    assert.deepEqual(codes(days).filter((c) => c.startsWith('monthly')), ['monthlyOvertimeOver46']);
  });

  it('warns when three consecutive months exceed 138 hours, not at 138', () => {
    const days = [...overtimeDays('2026-01', 23, 2), ...overtimeDays('2026-02', 23, 2), ...overtimeDays('2026-03', 23, 2)];
    const over138 = (list: WorkedDay[]) => checkWorkingTime({ monthlyWage: 36000, days: list }).filter((w) => w.code === 'threeMonthOvertimeOver138');
    assert.equal(over138(days).length, 0);
    const result = over138([...days, day('2026-02-28', 'rest-day', 0.5)]);
    assert.deepEqual(result.map((w) => [w.params.from, w.params.to, w.params.hours]), [['2026-01', '2026-03', 138.5]]);
  });

  it('warns on the 7th consecutive working day, not the 6th (Art. 36)', () => {
    const six = Array.from({ length: 6 }, (_, i) => day(addDays('2026-03-02', i), 'workday', 8));
    assert.deepEqual(codes(six), []);
    const seven = [...six, day('2026-03-08', 'rest-day', 4)];
    const warnings = checkWorkingTime({ monthlyWage: 36000, days: seven }).filter((w) => w.code === 'seventhConsecutiveWorkingDay');
    assert.deepEqual(warnings.map((w) => w.date), ['2026-03-08']);
    // A day with 0 hours breaks the run.
    assert.deepEqual(codes([...six, day('2026-03-08', 'regular-day-off', 0), day('2026-03-09', 'workday', 8)]), []);
  });

  it('warns when fewer than 11 hours separate two shifts (Art. 34)', () => {
    assert.deepEqual(codes([day('2026-03-02', 'workday', 8, '13:00', '22:00'), day('2026-03-03', 'workday', 8, '09:00', '18:00')]), []);
    const short = checkWorkingTime({ monthlyWage: 36000, days: [day('2026-03-02', 'workday', 8, '13:00', '22:00'), day('2026-03-03', 'workday', 8, '08:30', '17:30')] });
    assert.deepEqual(short.map((w) => [w.code, w.params.restHours]), [['restBetweenShiftsUnder11', 10.5]]);
    // A night shift ending after midnight: 22:00-06:00, next start 14:00 = 8 h rest.
    assert.deepEqual(codes([day('2026-03-02', 'workday', 8, '22:00', '06:00'), day('2026-03-03', 'workday', 8, '14:00', '22:00')]), ['restBetweenShiftsUnder11']);
    assert.throws(() => checkWorkingTime({ monthlyWage: 36000, days: [day('2026-03-02', 'workday', 8, '25:00', '06:00')] }), RuleInputError);
  });

  it('checks the minimum wage in force on each day, on both sides of a change', () => {
    // Hourly 190 was the 2025 minimum; 196 from 2026-01-01 (labor-law.md §5).
    assert.deepEqual(codes([day('2025-12-31', 'workday', 8)], { hourlyWage: 190 }), []);
    assert.deepEqual(codes([day('2026-01-01', 'workday', 8)], { hourlyWage: 190 }), ['belowMinimumWage']);
    assert.deepEqual(codes([day('2026-01-01', 'workday', 8)], { monthlyWage: 29500 }), []);
    assert.deepEqual(codes([day('2026-01-01', 'workday', 8)], { monthlyWage: 29499 }), ['belowMinimumWage']);
    const cited = checkWorkingTime({ monthlyWage: 20000, days: [day('2023-12-31', 'workday', 8), day('2024-01-01', 'workday', 8)] });
    assert.deepEqual(cited.map((w) => w.legalBasis.law), ['laborStandardsAct', 'minimumWageAct']);
    assert.throws(() => checkWorkingTime({ monthlyWage: 20000, days: [day('2014-06-30', 'workday', 8)] }), RateNotFoundError);
  });

  it('warns about work on a regular day off (Art. 40)', () => {
    assert.deepEqual(codes([day('2026-03-08', 'regular-day-off', 2)]), ['regularDayOffWorked']);
  });
});
