/**
 * @module indicators.values
 * How one indicator's value is worked out for a range of days (ADR 0022), DHIS2's model: numerator ÷
 * denominator × factor, aggregated first and divided after. A module supplies its figures through a
 * provider registered once; figures the platform cannot hold come from analysts' entries.
 */
import type { Queryable } from '../../db/client.ts';
import { round, type IndicatorDefinition } from './indicators.definitions.ts';
import { monthsOf, type DayRange } from './indicators.periods.ts';

export const drillDimensions = ['station', 'district', 'region', 'group', 'month'] as const;
export type DrillDimension = (typeof drillDimensions)[number];
export type UnitDimension = Exclude<DrillDimension, 'month'>;

export type FigurePart = { unit: string; numerator: number; denominator: number | null };
export type Figures = { numerator: number; denominator: number | null; parts?: FigurePart[] };

/**
 * What a module registers for its indicator: its read model, asked for a range and optionally split by a
 * unit dimension it supports (the parts must add up to the whole; indicators.values.test checks the ones
 * plugged in here). A drill-down by month is done here, by asking month by month.
 */
export type IndicatorProvider = {
  dimensions: readonly UnitDimension[];
  compute(query: DayRange & { by?: UnitDimension }): Promise<Figures>;
};

export type Source = 'computed' | 'entered' | 'missing';
export type Evaluated = { value: number | null; numerator: number | null; denominator: number | null; source: Source };

export function valueOf(definition: Pick<IndicatorDefinition, 'factor' | 'decimals' | 'denominatorDescription'>, numerator: number, denominator: number | null): number | null {
  if (definition.denominatorDescription === null) return round(numerator * definition.factor, definition.decimals);
  if (denominator === null || denominator === 0) return null;
  return round((numerator / denominator) * definition.factor, definition.decimals);
}

type EntryRow = { numerator: string | null; denominator: string | null; value: string | null; period: string };

/**
 * The entered figure for a range: the entry for the latest period inside it (entered figures are reported
 * year-to-date, e.g. budget execution to the end of March), the longer period first when two end on the
 * same day, and the latest entry when a figure was corrected.
 */
export async function enteredFigure(db: Queryable, definition: IndicatorDefinition, range: DayRange): Promise<Evaluated> {
  const { rows } = await db.query<EntryRow>(
    `SELECT numerator::text, denominator::text, value::text, period FROM indicator_entries
      WHERE code = $1 AND period_start >= $2 AND period_end <= $3
      ORDER BY period_end DESC, period_start ASC, entered_at DESC
      LIMIT 1`,
    [definition.code, range.from, range.to],
  );
  const row = rows[0];
  if (!row) return { value: null, numerator: null, denominator: null, source: 'missing' };
  const numerator = row.numerator === null ? null : Number(row.numerator);
  const denominator = row.denominator === null ? null : Number(row.denominator);
  const value = row.value !== null ? Number(row.value) : numerator === null ? null : valueOf(definition, numerator, denominator);
  return { value, numerator, denominator, source: 'entered' };
}

export async function evaluate(
  db: Queryable,
  providers: ReadonlyMap<string, IndicatorProvider>,
  definition: IndicatorDefinition,
  range: DayRange,
): Promise<Evaluated> {
  if (definition.source === 'entered') return enteredFigure(db, definition, range);
  const provider = definition.module ? providers.get(definition.module) : undefined;
  if (!provider) return { value: null, numerator: null, denominator: null, source: 'missing' };
  const figures = await provider.compute(range);
  return { value: valueOf(definition, figures.numerator, figures.denominator), numerator: figures.numerator, denominator: figures.denominator, source: 'computed' };
}

export type Part = { unit: string; value: number | null; numerator: number | null; denominator: number | null };

/** The parts of a drill-down, or null when the source cannot be split that way. */
export async function drill(
  db: Queryable,
  providers: ReadonlyMap<string, IndicatorProvider>,
  definition: IndicatorDefinition,
  range: DayRange,
  by: DrillDimension,
): Promise<Part[] | null> {
  if (by === 'month') {
    const parts: Part[] = [];
    for (const { month, range: part } of monthsOf(range)) {
      const figure = await evaluate(db, providers, definition, part);
      parts.push({ unit: month, value: figure.value, numerator: figure.numerator, denominator: figure.denominator });
    }
    return parts;
  }
  const provider = definition.source === 'module' && definition.module ? providers.get(definition.module) : undefined;
  if (!provider || !provider.dimensions.includes(by)) return null;
  const figures = await provider.compute({ ...range, by });
  return (figures.parts ?? []).map((p) => ({ ...p, value: valueOf(definition, p.numerator, p.denominator) }));
}
