import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RuleInputError } from '../errors.ts';
import { continuousEmployment, employmentRuns, fullMonths } from './employment-continuity.ts';

describe('fullMonths (Civil Code Art. 121 para. 2)', () => {
  const cases: [string, string, number][] = [
    ['2026-01-15', '2026-02-13', 0], // a day short of one month
    ['2026-01-15', '2026-02-14', 1], // exactly one month
    ['2026-03-01', '2026-03-30', 0],
    ['2026-03-01', '2026-03-31', 1],
    ['2026-01-31', '2026-02-27', 0], // no 31 February: the month ends on the 28th
    ['2026-01-31', '2026-02-28', 1],
    ['2024-01-31', '2024-02-28', 0], // leap year: the 29th
    ['2024-01-31', '2024-02-29', 1],
    ['2026-01-15', '2026-07-13', 5],
    ['2026-01-15', '2026-07-14', 6],
    ['2025-11-30', '2026-02-27', 2],
    ['2025-11-30', '2026-02-28', 3], // across a year end, no 30 February
  ];
  for (const [start, end, months] of cases) {
    it(`counts ${months} whole month(s) from ${start} through ${end}`, () => {
      assert.equal(fullMonths({ start, end }), months);
    });
  }
});

describe('continuousEmployment', () => {
  it('is N months minus one day short, and exactly N months continuous', () => {
    const spells = [{ start: '2026-01-15', end: null }];
    assert.equal(continuousEmployment(spells, 3, '2026-04-13').isContinuous, false);
    assert.equal(continuousEmployment(spells, 3, '2026-04-14').isContinuous, true);
    assert.equal(continuousEmployment(spells, 3, '2026-04-14').months, 3);
  });

  it('counts a closed spell only up to its last day', () => {
    assert.equal(continuousEmployment([{ start: '2026-01-15', end: '2026-04-13' }], 3, '2026-12-31').isContinuous, false);
    assert.equal(continuousEmployment([{ start: '2026-01-15', end: '2026-04-14' }], 3, '2026-12-31').isContinuous, true);
  });

  it('joins a spell that starts the day after the last one ends, and breaks on a gap of one day', () => {
    const adjacent = [
      { start: '2026-01-01', end: '2026-02-10' },
      { start: '2026-02-11', end: '2026-03-31' },
    ];
    assert.equal(continuousEmployment(adjacent, 3, '2026-06-30').isContinuous, true);
    const oneDayGap = [
      { start: '2026-01-01', end: '2026-02-10' },
      { start: '2026-02-12', end: '2026-03-31' },
    ];
    const result = continuousEmployment(oneDayGap, 3, '2026-06-30');
    assert.equal(result.isContinuous, false);
    assert.equal(result.run?.start, '2026-02-12');
  });

  it('bridges a gap as long as the definition allows, and not one day longer', () => {
    const gap = (days: number) => [
      { start: '2026-01-01', end: '2026-02-10' },
      { start: `2026-02-${String(11 + days).padStart(2, '0')}`, end: '2026-03-31' },
    ];
    assert.equal(continuousEmployment(gap(7), 3, '2026-06-30', 7).isContinuous, true);
    assert.equal(continuousEmployment(gap(8), 3, '2026-06-30', 7).isContinuous, false);
  });

  it('leaves out spells that start after the date and counts overlapping spells once', () => {
    const spells = [
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-09-01', end: null },
    ];
    const runs = employmentRuns(spells, '2026-06-30');
    assert.deepEqual(runs, [{ start: '2026-01-01', end: '2026-03-31', spells: [0, 1] }]);
  });

  it('answers no run for no spells', () => {
    assert.deepEqual(continuousEmployment([], 1, '2026-06-30'), { run: null, months: 0, isContinuous: false });
  });

  it('refuses a spell ending before it starts, and months below one', () => {
    assert.throws(() => continuousEmployment([{ start: '2026-02-01', end: '2026-01-31' }], 1, '2026-06-30'), RuleInputError);
    assert.throws(() => continuousEmployment([{ start: '2026-02-01', end: null }], 0, '2026-06-30'), RuleInputError);
    assert.throws(() => employmentRuns([{ start: '2026-02-01', end: null }], '2026-06-30', -1), RuleInputError);
  });
});
