import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCalendarMonths, addDays, visitDueOn } from './migrant-workers.dates.ts';

describe('the 3-month visit window', () => {
  it('keeps the day of the month when it exists', () => {
    assert.equal(visitDueOn('2026-03-02'), '2026-06-02');
    assert.equal(visitDueOn('2026-05-31'), '2026-08-31');
    assert.equal(visitDueOn('2026-10-15'), '2027-01-15', 'across the year end');
  });

  it('falls back to the last day of a shorter month', () => {
    assert.equal(visitDueOn('2026-11-30'), '2027-02-28', 'not a leap year');
    assert.equal(visitDueOn('2027-11-30'), '2028-02-29', 'a leap year');
    assert.equal(visitDueOn('2027-11-28'), '2028-02-28', 'the day exists: kept');
    assert.equal(visitDueOn('2099-11-29'), '2100-02-28', '2100 is not a leap year');
    assert.equal(visitDueOn('2026-03-31'), '2026-06-30');
  });

  it('counts months and days without time zones', () => {
    assert.equal(addCalendarMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addCalendarMonths('2026-12-31', 12), '2027-12-31');
    assert.equal(addDays('2026-02-20', 14), '2026-03-06');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });
});
