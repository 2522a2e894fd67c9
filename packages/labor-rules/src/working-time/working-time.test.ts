import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateNotFoundError, RuleInputError } from '../errors.ts';
import type { DayType, OvertimePayInput, WorkedDay } from '../overtime-pay/overtime-pay.ts';
import { addDays } from '../plain-date.ts';
import { checkWorkingTime } from './working-time.ts';

const day = (date: string, dayType: DayType, hoursWorked: number, start?: string, end?: string): WorkedDay =>
  ({ date, dayType, hoursWorked, ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) });

const codes = (days: WorkedDay[], wage: Omit<OvertimePayInput, 'days'> = { monthlyWage: 36000 }) =>
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

  it('warns when an agreed three-month period exceeds 138 hours, not at 138', () => {
    const days = [...overtimeDays('2026-01', 23, 2), ...overtimeDays('2026-02', 23, 2), ...overtimeDays('2026-03', 23, 2)];
    const over138 = (list: WorkedDay[], threeMonthPeriodStart = '2026-01') =>
      checkWorkingTime({ monthlyWage: 36000, days: list, threeMonthPeriodStart }).filter((w) => w.code === 'threeMonthOvertimeOver138');
    assert.equal(over138(days).length, 0);
    const result = over138([...days, day('2026-02-28', 'rest-day', 0.5)]);
    assert.deepEqual(result.map((w) => [w.params.from, w.params.to, w.params.hours]), [['2026-01', '2026-03', 138.5]]);
  });

  it('counts the 138 hours over the agreed fixed periods, not a rolling window (issue 14 fix 5)', () => {
    // Art. 32 para. 2: "每三個月不得超過一百三十八小時" runs over the fixed three-month periods the parties agreed.
    const days = [...overtimeDays('2026-01', 23, 2), ...overtimeDays('2026-02', 23, 2), ...overtimeDays('2026-03', 23, 2), day('2026-02-28', 'rest-day', 0.5)];
    const run = (threeMonthPeriodStart?: string) => checkWorkingTime({ monthlyWage: 36000, days, ...(threeMonthPeriodStart === undefined ? {} : { threeMonthPeriodStart }) })
      .filter((w) => w.code.startsWith('threeMonth'));
    // Periods Dec-Feb (92.5 h) and Mar-May (46 h): no breach, although Jan-Mar holds 138.5 h.
    assert.deepEqual(run('2025-12'), []);
    assert.deepEqual(run('2026-01').map((w) => w.code), ['threeMonthOvertimeOver138']);
    // Without the period's start only a note is given, naming the rolling months that would breach.
    const note = run();
    assert.deepEqual(note.map((w) => [w.code, w.note]), [['threeMonthOvertimeNeedsPeriod', true]]);
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

  it('warns when fewer than 11 hours separate two shifts of a shift worker (Art. 34)', () => {
    const shift = { monthlyWage: 36000, shiftWork: true };
    assert.deepEqual(codes([day('2026-03-02', 'workday', 8, '13:00', '22:00'), day('2026-03-03', 'workday', 8, '09:00', '18:00')], shift), []);
    const short = checkWorkingTime({ ...shift, days: [day('2026-03-02', 'workday', 8, '13:00', '22:00'), day('2026-03-03', 'workday', 8, '08:30', '17:30')] });
    assert.deepEqual(short.map((w) => [w.code, w.params.restHours]), [['restBetweenShiftsUnder11', 10.5]]);
    // A night shift ending after midnight: 22:00-06:00, next start 14:00 = 8 h rest.
    assert.deepEqual(codes([day('2026-03-02', 'workday', 8, '22:00', '06:00'), day('2026-03-03', 'workday', 8, '14:00', '22:00')], shift), ['restBetweenShiftsUnder11']);
    assert.throws(() => checkWorkingTime({ monthlyWage: 36000, days: [day('2026-03-02', 'workday', 8, '25:00', '06:00')] }), RuleInputError);
  });

  it('gives a note, not a warning, on a short rest for a worker not on shifts (issue 14 fix 5)', () => {
    // Art. 34 para. 2 ("輪班制…更換班次時") applies to shift workers at a change of shift.
    const days = [day('2026-03-02', 'workday', 8, '13:00', '22:00'), day('2026-03-03', 'workday', 8, '08:30', '17:30')];
    const result = checkWorkingTime({ monthlyWage: 36000, days });
    assert.deepEqual(result.map((w) => [w.code, w.note]), [['restBetweenShiftsNote', true]]);
  });

  it('counts rest-day hours toward the cap in 4/8/12-hour blocks from 2016-12-23 to 2018-02-28 (issue 14 fix 4)', () => {
    // 2016 text of Art. 24 para. 3: "休息日之工作時間及工資之計算，四小時以內者，以四小時計…" (repealed 2018-03-01,
    // yamol.tw copy of the old text, labor-law.md §4.1); Art. 36 para. 3 counts rest-day hours toward the cap.
    const monthly = (days: WorkedDay[]) => codes(days).filter((c) => c.startsWith('monthly'));
    // 40 h of weekday overtime plus rest days of 1 h and 3 h: counted 4 + 4 = 48 in February 2018 ...
    assert.deepEqual(monthly([...overtimeDays('2018-02', 20, 2), day('2018-02-24', 'rest-day', 1), day('2018-02-25', 'rest-day', 3)]), ['monthlyOvertimeOver46']);
    // ... but actual hours, 44, from 2018-03-01.
    assert.deepEqual(monthly([...overtimeDays('2018-03', 20, 2), day('2018-03-24', 'rest-day', 1), day('2018-03-25', 'rest-day', 3)]), []);
    // The start: there is no rest day before the rule of 2016-12-23; from that day its hours count in blocks.
    assert.throws(() => monthly([day('2016-12-22', 'rest-day', 1)]), RateNotFoundError);
    assert.deepEqual(monthly([...overtimeDays('2016-12', 20, 2), day('2016-12-23', 'rest-day', 1), day('2016-12-24', 'rest-day', 3)]), ['monthlyOvertimeOver46']);
    // The boundary itself: 2018-02-28 still in blocks, 2018-03-01 in actual hours.
    assert.deepEqual(monthly([...overtimeDays('2018-02', 20, 2), day('2018-02-27', 'rest-day', 3), day('2018-02-28', 'rest-day', 1)]), ['monthlyOvertimeOver46']);
    assert.deepEqual(monthly([...overtimeDays('2018-03', 20, 2).slice(1), day('2018-03-01', 'rest-day', 1), day('2018-03-21', 'rest-day', 5)]), []);
  });

  it('leaves emergency hours out of the 46 / 54 caps (Art. 32 para. 4, Art. 36 para. 3; issue 14 fix 5)', () => {
    const monthly = (days: WorkedDay[]) => codes(days).filter((c) => c.startsWith('monthly'));
    const base = overtimeDays('2026-03', 23, 2);
    assert.deepEqual(monthly([...base, day('2026-03-28', 'rest-day', 4)]), ['monthlyOvertimeOver46']);
    assert.deepEqual(monthly([...base, { ...day('2026-03-28', 'rest-day', 4), emergency: true }]), []);
    assert.deepEqual(monthly([...base.slice(1), { ...day('2026-03-01', 'workday', 12), emergency: true }]), []);
    // Work on a regular day off is Art. 40 emergency work: its hours beyond 8 are outside the caps too.
    assert.deepEqual(monthly([...base, day('2026-03-29', 'regular-day-off', 12)]), []);
  });

  it('checks a part-time monthly wage against the pro-rata minimum wage (issue 14 fix 5)', () => {
    // MOL 僱用部分時間工作勞工應行注意事項: wages not below the minimum wage pro rata to working time.
    // 20 of 40 normal hours in 2026: 29,500 × 20/40 = 14,750.
    const part = (monthlyWage: number, normalWeeklyHours?: number) => codes([day('2026-01-05', 'workday', 4)], { monthlyWage, ...(normalWeeklyHours === undefined ? {} : { normalWeeklyHours }) });
    assert.deepEqual(part(14750, 20), []);
    assert.deepEqual(part(14749, 20), ['belowMinimumWage']);
    assert.deepEqual(part(14750), ['belowMinimumWage']);
    // 2025 (28,590): 14,295 is enough on 2025-12-31, not on 2026-01-01.
    assert.deepEqual(codes([day('2025-12-31', 'workday', 4)], { monthlyWage: 14295, normalWeeklyHours: 20 }), []);
    assert.deepEqual(codes([day('2026-01-01', 'workday', 4)], { monthlyWage: 14295, normalWeeklyHours: 20 }), ['belowMinimumWage']);
  });

  it('knows the flexible schedules in the 7th-day check (Art. 36 para. 2; issue 14 fix 5)', () => {
    const run = (length: number) => Array.from({ length }, (_, i) => day(addDays('2026-03-02', i), 'workday', 8));
    const consecutive = (length: number, flexibleSchedule?: '2-week' | '4-week' | '8-week') =>
      checkWorkingTime({ monthlyWage: 36000, days: run(length), ...(flexibleSchedule === undefined ? {} : { flexibleSchedule }) })
        .filter((w) => w.code === 'seventhConsecutiveWorkingDay' || w.code === 'consecutiveWorkingDaysOverFlexibleLimit');
    // 2- and 8-week schedules keep one regular day off in every 7 days (subparas. 1, 2).
    assert.equal(consecutive(7, '2-week').length, 1);
    assert.equal(consecutive(7, '8-week')[0]?.legalBasis.subparagraph, 2);
    // 4-week schedule (subpara. 3): two regular days off in each fixed 2-week period, so at most 12 + 12 = 24 days in a row.
    assert.equal(consecutive(24, '4-week').length, 0);
    assert.deepEqual(consecutive(25, '4-week').map((w) => [w.code, w.date]), [['consecutiveWorkingDaysOverFlexibleLimit', addDays('2026-03-02', 24)]]);
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
