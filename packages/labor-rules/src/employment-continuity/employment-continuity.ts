import { RuleInputError } from '../errors.ts';
import { addDays, assertPlainDate, compareDates, daysBetween, monthsLater, type PlainDate } from '../plain-date.ts';

/** One spell of employment: its first day and its last day (inclusive), `null` while it goes on. */
export type EmploymentSpell = { readonly start: PlainDate; readonly end: PlainDate | null };

/** Spells joined into one stretch of employment, with the spells it is made of (their index in the input). */
export type EmploymentRun = { readonly start: PlainDate; readonly end: PlainDate; readonly spells: readonly number[] };

/**
 * Joins spells into continuous runs, each ongoing spell counted up to `asOf`. Two spells are one run when the
 * second starts no later than the day after the first ends plus `allowedGapDays`: with no allowance a single
 * day without work between them breaks the run (a program's definition may allow a gap, e.g. for a change
 * of employer; none is assumed here). Spells starting after `asOf` are left out.
 *
 * @example
 * employmentRuns([{ start: '2026-01-01', end: '2026-01-31' }, { start: '2026-02-01', end: null }], '2026-04-30')
 * // [{ start: '2026-01-01', end: '2026-04-30', spells: [0, 1] }]
 */
export function employmentRuns(spells: readonly EmploymentSpell[], asOf: PlainDate, allowedGapDays = 0): EmploymentRun[] {
  assertPlainDate(asOf, 'asOf');
  if (!Number.isInteger(allowedGapDays) || allowedGapDays < 0) throw new RuleInputError('allowedGapDays', 'not-a-non-negative-integer');
  const clipped = spells
    .map((spell, index) => {
      assertPlainDate(spell.start, `spells.${index}.start`);
      if (spell.end !== null) assertPlainDate(spell.end, `spells.${index}.end`);
      if (spell.end !== null && compareDates(spell.end, spell.start) < 0) throw new RuleInputError(`spells.${index}.end`, 'before-start');
      const end = spell.end === null || compareDates(spell.end, asOf) > 0 ? asOf : spell.end;
      return { start: spell.start, end, index };
    })
    .filter((spell) => compareDates(spell.start, asOf) <= 0)
    .sort((a, b) => compareDates(a.start, b.start) || a.index - b.index);
  const runs: { start: PlainDate; end: PlainDate; spells: number[] }[] = [];
  for (const spell of clipped) {
    const last = runs.at(-1);
    // The days strictly between the run's last day and the spell's first day are the gap.
    if (last && daysBetween(last.end, spell.start) - 1 <= allowedGapDays) {
      if (compareDates(spell.end, last.end) > 0) last.end = spell.end;
      last.spells.push(spell.index);
    } else {
      runs.push({ start: spell.start, end: spell.end, spells: [spell.index] });
    }
  }
  return runs;
}

/**
 * Whole months of a run from its first day through its last (inclusive), counted as Civil Code Art. 121
 * para. 2 counts a period in months (monthsLater): 15 Jan – 14 Feb is one month, 31 Jan – 28 Feb (common
 * year) is one month, 31 Jan – 27 Feb is not.
 *
 * @example
 * fullMonths({ start: '2026-01-15', end: '2026-04-14' }) // 3
 */
export function fullMonths(run: { readonly start: PlainDate; readonly end: PlainDate }): number {
  const dayAfter = addDays(run.end, 1);
  let months = 0;
  while (compareDates(monthsLater(run.start, months + 1), dayAfter) <= 0) months += 1;
  return months;
}

/** The result of a continuity check: the longest run, its whole months, and whether it reaches `months`. */
export type ContinuityResult = { readonly run: EmploymentRun | null; readonly months: number; readonly isContinuous: boolean };

/**
 * Whether the person was employed for `months` whole months without a break, on the spells as of `asOf`:
 * the run with the most whole months decides (the latest one among equals).
 *
 * @example
 * continuousEmployment([{ start: '2026-01-15', end: null }], 3, '2026-04-13').isContinuous // false (a day short)
 * continuousEmployment([{ start: '2026-01-15', end: null }], 3, '2026-04-14').isContinuous // true
 */
export function continuousEmployment(spells: readonly EmploymentSpell[], months: number, asOf: PlainDate, allowedGapDays = 0): ContinuityResult {
  if (!Number.isInteger(months) || months < 1) throw new RuleInputError('months', 'not-a-positive-integer');
  let best: EmploymentRun | null = null;
  let bestMonths = 0;
  for (const run of employmentRuns(spells, asOf, allowedGapDays)) {
    const counted = fullMonths(run);
    if (best === null || counted >= bestMonths) {
      best = run;
      bestMonths = counted;
    }
  }
  return { run: best, months: bestMonths, isContinuous: bestMonths >= months };
}
