import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interestSubsidySchedule, periodComplete, type LoanTerms } from './startup-loans.interest.ts';

// 1,200,000 at 1.2 % a year over 12 monthly periods, equal principal: the interest is 0.1 % of the balance
// a month, 1,200 … 100, 7,800 in all (each figure worked by hand).
const loan: LoanTerms = { principalTwd: 1_200_000, annualRatePercent: '1.2', startsOn: '2026-01-15', termMonths: 12, periods: 12, repayment: 'equal-principal' };
const full = { basis: 'rate' as const, ratePercent: '1.2' };

describe('start-up loan interest subsidy, period by period', () => {
  it('computes the loan’s interest and principal per period, and the periods’ dates (民法 §121 II)', () => {
    const s = interestSubsidySchedule(loan, { basis: 'share', sharePercent: 50 });
    assert.equal(s.periodMonths, 1);
    assert.deepEqual(s.periods.map((p) => p.interestTwd), [1200, 1100, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]);
    assert.ok(s.periods.every((p) => p.principalTwd === 100_000));
    assert.equal(s.totalInterestTwd, 7800);
    assert.equal(s.totalSubsidyTwd, 3900, 'half of every period');
    assert.deepEqual([s.periods[0]?.startsOn, s.periods[0]?.endsOn], ['2026-01-15', '2026-02-14']);
    assert.deepEqual([s.periods[11]?.startsOn, s.periods[11]?.endsOn], ['2026-12-15', '2027-01-14'], 'the term ends the day before the 12th month’s corresponding day');
    assert.equal(s.periods.length, 12, 'no period after the term');
  });

  it('counts a period from the 31st to the end of a shorter month, the next from the 1st', () => {
    const s = interestSubsidySchedule({ ...loan, startsOn: '2026-01-31' }, full);
    assert.deepEqual([s.periods[0]?.startsOn, s.periods[0]?.endsOn], ['2026-01-31', '2026-02-28']);
    assert.deepEqual([s.periods[1]?.startsOn, s.periods[1]?.endsOn], ['2026-03-01', '2026-03-30']);
  });

  it('caps each period: just under and at the cap it is not limited, above it it is', () => {
    const s = interestSubsidySchedule(loan, { ...full, capPerPeriodTwd: 1000 });
    assert.deepEqual(s.periods.slice(0, 4).map((p) => [p.subsidyBeforeCapsTwd, p.subsidyTwd, p.limitedBy]), [
      [1200, 1000, 'period-cap'],
      [1100, 1000, 'period-cap'],
      [1000, 1000, null],
      [900, 900, null],
    ]);
  });

  it('caps each loan year: the period that reaches the cap exactly is paid in full, the next gets nothing', () => {
    const exact = interestSubsidySchedule(loan, { ...full, capPerYearTwd: 6800 });
    assert.deepEqual(exact.periods.slice(7, 10).map((p) => [p.subsidyTwd, p.limitedBy]), [[500, null], [0, 'year-cap'], [0, 'year-cap']]);
    const over = interestSubsidySchedule(loan, { ...full, capPerYearTwd: 7000 });
    assert.deepEqual(over.periods.slice(7, 10).map((p) => [p.subsidyTwd, p.limitedBy]), [[500, null], [200, 'year-cap'], [0, 'year-cap']]);
    assert.equal(over.totalSubsidyTwd, 7000);
  });

  it('counts the year cap by calendar year of the period’s last day when staff say so', () => {
    // Periods 1–11 end in 2026 (7,700 together); period 12 ends on 2027-01-14.
    const calendar = interestSubsidySchedule(loan, { ...full, capPerYearTwd: 7700, capYearBasis: 'calendar-year' });
    assert.deepEqual([calendar.periods[10]?.capYear, calendar.periods[11]?.capYear], [2026, 2027]);
    assert.deepEqual(calendar.periods.slice(10).map((p) => [p.subsidyTwd, p.limitedBy]), [[200, null], [100, null]]);
    const loanYear = interestSubsidySchedule(loan, { ...full, capPerYearTwd: 7700 });
    assert.deepEqual(loanYear.periods.slice(10).map((p) => [p.capYear, p.subsidyTwd, p.limitedBy]), [[1, 200, null], [1, 0, 'year-cap']]);
  });

  it('subsidises the periods complete within the maximum years, not the one after', () => {
    const two = { ...loan, termMonths: 24, periods: 24, principalTwd: 2_400_000 };
    const s = interestSubsidySchedule(two, { ...full, maxYears: 1 });
    const [twelfth, thirteenth] = [s.periods[11], s.periods[12]];
    assert.equal(twelfth?.endsOn, '2027-01-14');
    assert.equal(twelfth?.limitedBy, null);
    assert.ok((twelfth?.subsidyTwd ?? 0) > 0, 'complete on the first anniversary: subsidised');
    assert.deepEqual([thirteenth?.subsidyTwd, thirteenth?.limitedBy, thirteenth?.capYear], [0, 'max-years', 2]);
    assert.ok(s.periods.slice(12).every((p) => p.subsidyTwd === 0));
  });

  it('never pays more than the interest, and a subsidised rate below the loan’s pays that rate', () => {
    const above = interestSubsidySchedule(loan, { basis: 'rate', ratePercent: 5 });
    assert.equal(above.totalSubsidyTwd, above.totalInterestTwd);
    const below = interestSubsidySchedule(loan, { basis: 'rate', ratePercent: '0.6' });
    assert.equal(below.periods[0]?.subsidyTwd, 600);
  });

  it('repays by equal payments (本息平均攤還), the last period taking what rounding left', () => {
    // 100,000 at 12 %: r = 1 % a month; payment = 100,000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 8,884.88 → 8,885.
    const s = interestSubsidySchedule({ ...loan, principalTwd: 100_000, annualRatePercent: 12, repayment: 'equal-payment' }, { basis: 'share', sharePercent: 100 });
    assert.deepEqual([s.periods[0]?.interestTwd, s.periods[0]?.principalTwd], [1000, 7885]);
    assert.deepEqual([s.periods[1]?.openingBalanceTwd, s.periods[1]?.interestTwd, s.periods[1]?.principalTwd], [92_115, 921, 7964]);
    assert.equal(s.periods.reduce((t, p) => t + p.principalTwd, 0), 100_000);
    const last = s.periods[11];
    assert.equal(last?.principalTwd, last?.openingBalanceTwd);
    const free = interestSubsidySchedule({ ...loan, principalTwd: 1200, annualRatePercent: 0, repayment: 'equal-payment' }, full);
    assert.ok(free.periods.every((p) => p.principalTwd === 100 && p.interestTwd === 0 && p.subsidyTwd === 0));
  });

  it('holds the principal through the grace periods, and a bullet loan repays it at the end', () => {
    const grace = interestSubsidySchedule({ ...loan, principalTwd: 1_000_000, gracePeriods: 2 }, full);
    assert.deepEqual(grace.periods.slice(0, 3).map((p) => [p.principalTwd, p.interestTwd]), [[0, 1000], [0, 1000], [100_000, 1000]]);
    const bullet = interestSubsidySchedule({ ...loan, repayment: 'bullet', termMonths: 12, periods: 4 }, full);
    assert.equal(bullet.periodMonths, 3);
    assert.deepEqual(bullet.periods.map((p) => p.principalTwd), [0, 0, 0, 1_200_000]);
    assert.deepEqual(bullet.periods.map((p) => p.interestTwd), [3600, 3600, 3600, 3600]);
  });

  it('refuses terms the periods do not divide, a grace as long as the loan, and a missing subsidy figure', () => {
    assert.throws(() => interestSubsidySchedule({ ...loan, termMonths: 13 }, full), RangeError);
    assert.throws(() => interestSubsidySchedule({ ...loan, gracePeriods: 12 }, full), RangeError);
    assert.throws(() => interestSubsidySchedule(loan, { basis: 'rate' }), RangeError);
    assert.throws(() => interestSubsidySchedule(loan, { basis: 'share', sharePercent: null }), RangeError);
    assert.throws(() => interestSubsidySchedule({ ...loan, principalTwd: 0 }, full), RangeError);
  });

  it('lets a period be claimed from the day after its last day', () => {
    assert.equal(periodComplete({ endsOn: '2026-02-14' }, '2026-02-14'), false);
    assert.equal(periodComplete({ endsOn: '2026-02-14' }, '2026-02-15'), true);
  });
});
