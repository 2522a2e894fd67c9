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
  /**
   * 'year' for a read model that counts a calendar year as a whole (indicators 5 and 7: the unions reached,
   * the enrolments of the year): any range answers its year's figure as recorded, so there is no month drill.
   * 'day' (the default) for one that counts any range of days.
   */
  granularity?: 'day' | 'year';
  /**
   * Returns `denominator: null` when the module holds only the numerator (indicator 4: young people served);
   * the definition then says `denominatorEntered`, and the denominator is the latest analyst entry for the
   * range (`enteredDenominator`).
   */
  compute(query: DayRange & { by?: UnitDimension }): Promise<Figures>;
};

export type Source = 'computed' | 'entered' | 'missing';
/** `denominatorSource` says where the denominator came from when it differs by side (null: no denominator). */
export type Evaluated = { value: number | null; numerator: number | null; denominator: number | null; source: Source; denominatorSource: Source | null };

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
  const sideOf = (found: boolean): Source | null => (definition.denominatorDescription === null ? null : found ? 'entered' : 'missing');
  const row = rows[0];
  if (!row) return { value: null, numerator: null, denominator: null, source: 'missing', denominatorSource: sideOf(false) };
  const numerator = row.numerator === null ? null : Number(row.numerator);
  const denominator = row.denominator === null ? null : Number(row.denominator);
  const value = row.value !== null ? Number(row.value) : numerator === null ? null : valueOf(definition, numerator, denominator);
  return { value, numerator, denominator, source: 'entered', denominatorSource: sideOf(denominator !== null) };
}

/**
 * The denominator an analyst entered for a module indicator whose module holds only the numerator: the
 * latest entry carrying a denominator whose period overlaps the range (a year's youth population applies to
 * each of its months), the period ending last first, the longer one first, the latest correction first.
 */
export async function enteredDenominator(db: Queryable, code: string, range: DayRange): Promise<number | null> {
  const { rows } = await db.query<{ denominator: string }>(
    `SELECT denominator::text FROM indicator_entries
      WHERE code = $1 AND denominator IS NOT NULL AND period_start <= $3 AND period_end >= $2
      ORDER BY period_end DESC, period_start ASC, entered_at DESC
      LIMIT 1`,
    [code, range.from, range.to],
  );
  return rows[0] ? Number(rows[0].denominator) : null;
}

export async function evaluate(
  db: Queryable,
  providers: ReadonlyMap<string, IndicatorProvider>,
  definition: IndicatorDefinition,
  range: DayRange,
): Promise<Evaluated> {
  if (definition.source === 'entered') return enteredFigure(db, definition, range);
  const hasDenominator = definition.denominatorDescription !== null;
  const provider = definition.module ? providers.get(definition.module) : undefined;
  if (!provider) {
    // Not plugged in yet: no value, but an entered denominator is still shown for what it is.
    const denominator = definition.denominatorEntered ? await enteredDenominator(db, definition.code, range) : null;
    return { value: null, numerator: null, denominator, source: 'missing', denominatorSource: !hasDenominator ? null : denominator === null ? 'missing' : 'entered' };
  }
  const figures = await provider.compute(range);
  if (definition.denominatorEntered) {
    // A mixed source (indicator 4): the module's numerator over the analyst's denominator.
    const denominator = await enteredDenominator(db, definition.code, range);
    return {
      value: valueOf(definition, figures.numerator, denominator),
      numerator: figures.numerator,
      denominator,
      source: 'computed',
      denominatorSource: denominator === null ? 'missing' : 'entered',
    };
  }
  return {
    value: valueOf(definition, figures.numerator, figures.denominator),
    numerator: figures.numerator,
    denominator: figures.denominator,
    source: 'computed',
    denominatorSource: hasDenominator ? 'computed' : null,
  };
}

export type Part = { unit: string; value: number | null; numerator: number | null; denominator: number | null };

/**
 * The parts of a drill-down, or null when the source cannot be split that way. A source split by district
 * but not by region is split by region here, each district's figures added to its region's (`regionOf`:
 * the city's rehabilitation regions, which cover every district), so the parts still add up to the whole.
 */
export async function drill(
  db: Queryable,
  providers: ReadonlyMap<string, IndicatorProvider>,
  definition: IndicatorDefinition,
  range: DayRange,
  by: DrillDimension,
  regionOf?: (districtCode: string) => string | null,
): Promise<Part[] | null> {
  const provider = definition.source === 'module' && definition.module ? providers.get(definition.module) : undefined;
  if (by === 'month') {
    if (provider?.granularity === 'year') return null;
    const parts: Part[] = [];
    for (const { month, range: part } of monthsOf(range)) {
      const figure = await evaluate(db, providers, definition, part);
      parts.push({ unit: month, value: figure.value, numerator: figure.numerator, denominator: figure.denominator });
    }
    return parts;
  }
  if (!provider) return null;
  if (by === 'region' && !provider.dimensions.includes('region') && provider.dimensions.includes('district') && regionOf) {
    const districts = (await provider.compute({ ...range, by: 'district' })).parts ?? [];
    const regions = new Map<string, FigurePart>();
    for (const p of districts) {
      const unit = (p.unit === noUnit ? null : regionOf(p.unit)) ?? noUnit;
      const sum = regions.get(unit) ?? { unit, numerator: 0, denominator: p.denominator === null ? null : 0 };
      sum.numerator += p.numerator;
      sum.denominator = sum.denominator === null || p.denominator === null ? null : sum.denominator + p.denominator;
      regions.set(unit, sum);
    }
    return [...regions.values()]
      .sort((a, b) => (a.unit === noUnit ? 1 : b.unit === noUnit ? -1 : a.unit.localeCompare(b.unit)))
      .map((p) => ({ ...p, value: valueOf(definition, p.numerator, p.denominator) }));
  }
  if (!provider.dimensions.includes(by)) return null;
  const figures = await provider.compute({ ...range, by });
  return (figures.parts ?? []).map((p) => ({ ...p, value: valueOf(definition, p.numerator, p.denominator) }));
}

/** The unit of a part whose records name none (a job seeker without a district): providers call it this. */
export const noUnit = 'none';
