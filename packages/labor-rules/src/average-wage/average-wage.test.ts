import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RuleInputError } from '../errors.ts';
import { daysInMonth } from '../plain-date.ts';
import { calculateAverageWage, type WagePayment } from './average-wage.ts';

/** Whole calendar months paid `amount` each, from `first` (YYYY-MM) for `count` months. */
function monthlyWages(first: string, count: number, amount: number): WagePayment[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = daysInMonth(year, month);
    const mm = String(month).padStart(2, '0');
    return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}`, amount };
  });
}

describe('calculateAverageWage', () => {
  it('30,000 a month, retiring 2018-11-01 (法律百科 legis-pedia 197)', () => {
    const result = calculateAverageWage({ eventDate: '2018-11-01', wages: monthlyWages('2018-05', 6, 30000) });
    assert.deepEqual(result.window, { from: '2018-05-01', to: '2018-10-31' });
    assert.equal(result.countedDays, 184);
    assert.equal(result.dailyAverage, 978.26);
    // MOL letter (83)台勞動2字第25564號: × average days per month, i.e. the total ÷ 6 (labor-law.md §1.3).
    assert.equal(result.monthlyAverage, 30000);
  });

  it('under 6 months: hired 06-01, laid off 11-01 (legis-pedia 197)', () => {
    const result = calculateAverageWage({ eventDate: '2018-11-01', hireDate: '2018-06-01', wages: monthlyWages('2018-06', 5, 30000) });
    assert.equal(result.countedDays, 153);
    assert.equal(result.dailyAverage, 980.39);
    assert.equal(result.monthlyAverage, 30000);
  });

  it('hourly pay gets the 60 % floor (legis-pedia 197: 652 → 720 a day)', () => {
    const result = calculateAverageWage({
      eventDate: '2018-11-01', hireDate: '2018-08-01', payBasis: 'hourly', actualWorkingDays: 50,
      wages: [{ from: '2018-08-01', to: '2018-10-31', amount: 60000 }],
    });
    assert.equal(result.countedDays, 92);
    assert.equal(result.dailyAverage, 720);
    assert.ok(result.steps.some((s) => s.key === 'averageWage.floorApplied'));
  });

  it('keeps the plain average when it beats the 60 % floor', () => {
    const result = calculateAverageWage({ eventDate: '2018-11-01', payBasis: 'daily', actualWorkingDays: 150, wages: monthlyWages('2018-05', 6, 30000) });
    assert.equal(result.dailyAverage, 978.26);
    assert.ok(result.steps.some((s) => s.key === 'averageWage.floorNotApplied'));
    assert.throws(() => calculateAverageWage({ eventDate: '2018-11-01', payBasis: 'daily', wages: [] }), RuleInputError);
  });

  it('40,000 a month, laid off 2016-03-01: 182-day window through 29 Feb (joeshr.com)', () => {
    const result = calculateAverageWage({ eventDate: '2016-03-01', wages: monthlyWages('2015-09', 6, 40000) });
    assert.deepEqual(result.window, { from: '2015-09-01', to: '2016-02-29' });
    assert.equal(result.countedDays, 182);
    assert.equal(result.monthlyAverage, 40000);
  });

  it('opens the window on the same day 6 months earlier (planwise: 107-03-05 → 106-09-05)', () => {
    const result = calculateAverageWage({ eventDate: '2018-03-05', wages: [] , hireDate: '2010-01-01' });
    assert.deepEqual(result.window, { from: '2017-09-05', to: '2018-03-04' });
  });

  it('extends the window backwards over excluded days (winton: 3 days family care → starts 106-01-22)', () => {
    const result = calculateAverageWage({
      eventDate: '2017-07-25',
      wages: [],
      excludedPeriods: [{ from: '2017-05-10', to: '2017-05-12', reason: 'genderEqualityLeave' }],
    });
    assert.deepEqual(result.window, { from: '2017-01-22', to: '2017-07-24' });
    assert.equal(result.countedDays, 181);
    assert.ok(result.steps.some((s) => s.key === 'averageWage.excluded.genderEqualityLeave'));
  });

  it('prorates pay periods cut by the window edges by calendar days', () => {
    // Window 2018-05-16..2018-11-15: 16/31 of May, June-October, 15/30 of November.
    const result = calculateAverageWage({ eventDate: '2018-11-16', wages: monthlyWages('2018-05', 7, 30000) });
    assert.deepEqual(result.window, { from: '2018-05-16', to: '2018-11-15' });
    // (30,000 × 16/31 + 150,000 + 15,000) ÷ 6 = 30,080.65 → 30,081.
    assert.equal(result.monthlyAverage, 30081);
  });

  it('leaves excluded days and their wages out', () => {
    // Unpaid leave for all of August: August's 0 wages and 31 days drop out; the window reaches back into April.
    const wages = [...monthlyWages('2018-04', 4, 30000), ...monthlyWages('2018-09', 2, 30000)];
    const result = calculateAverageWage({ eventDate: '2018-11-01', wages, excludedPeriods: [{ from: '2018-08-01', to: '2018-08-31', reason: 'unpaidLeave' }] });
    assert.deepEqual(result.window, { from: '2018-03-31', to: '2018-10-31' });
    // April 1 - July 31 and September - October at 30,000 a month, none of March paid in the input.
    assert.equal(result.countedDays, 184);
    assert.equal(result.monthlyAverage, 30000);
  });

  it('rejects impossible input', () => {
    assert.throws(() => calculateAverageWage({ eventDate: '2018-11-01', hireDate: '2018-11-01', wages: [] }), RuleInputError);
    assert.throws(() => calculateAverageWage({ eventDate: '2018-11-01', wages: [{ from: '2018-10-02', to: '2018-10-01', amount: 1 }] }), RuleInputError);
    assert.throws(() => calculateAverageWage({ eventDate: '2018-11-01', hireDate: '2018-10-01', wages: [], excludedPeriods: [{ from: '2018-10-01', to: '2018-10-31', reason: 'ordinarySickLeave' }] }), RuleInputError);
  });
});
