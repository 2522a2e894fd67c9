/**
 * @module indicators.definitions
 * Definitions as data (ADR 0022): each indicator's version in force in a year, its target for that year
 * (absolute, or worked out from a baseline), and the check that a year's weights add up to 100 %.
 */
import type { Queryable } from '../../db/client.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

export type Dimension = 'business' | 'staffing' | 'budget';
export type Words = Record<Locale, string>;

export type IndicatorDefinition = {
  code: string;
  fromYear: number;
  position: number;
  dimension: Dimension;
  planRef: string;
  weight: number;
  name: Words;
  formula: string;
  numeratorDescription: Words;
  denominatorDescription: Words | null;
  factor: number;
  unit: 'percent' | 'per-thousand' | 'number';
  decimals: number;
  direction: 'higher' | 'lower';
  source: 'module' | 'entered';
  module: string | null;
  officerRole: string | null;
  /** The module supplies the numerator only; the denominator is an analyst's entry (indicator 4). */
  denominatorEntered: boolean;
};

type DefinitionRow = {
  code: string;
  from_year: number;
  position: number;
  dimension: Dimension;
  plan_ref: string;
  weight: string;
  name: Words;
  formula: string;
  numerator_description: Words;
  denominator_description: Words | null;
  factor: string;
  unit: IndicatorDefinition['unit'];
  decimals: number;
  direction: IndicatorDefinition['direction'];
  source: IndicatorDefinition['source'];
  module: string | null;
  officer_role: string | null;
  denominator_entered: boolean;
};

const toDefinition = (row: DefinitionRow): IndicatorDefinition => ({
  code: row.code,
  fromYear: row.from_year,
  position: row.position,
  dimension: row.dimension,
  planRef: row.plan_ref,
  weight: Number(row.weight),
  name: row.name,
  formula: row.formula,
  numeratorDescription: row.numerator_description,
  denominatorDescription: row.denominator_description,
  factor: Number(row.factor),
  unit: row.unit,
  decimals: row.decimals,
  direction: row.direction,
  source: row.source,
  module: row.module,
  officerRole: row.officer_role,
  denominatorEntered: row.denominator_entered,
});

/**
 * The definitions in force in `year`: the set of the latest year at or before it. A set is replaced as a
 * whole (`defineYear`), so that each year's weights are checked together and an earlier year keeps its own.
 */
export async function definitionsFor(db: Queryable, year: number): Promise<IndicatorDefinition[]> {
  const { rows } = await db.query<DefinitionRow>(
    `SELECT d.* FROM indicator_definitions d
      WHERE d.from_year = (SELECT max(from_year) FROM indicator_definitions WHERE from_year <= $1)
      ORDER BY d.position`,
    [year],
  );
  return rows.map(toDefinition);
}

/** Weights of one year's set, in hundredths so that 11 + 9 + … is exact. */
export function weightProblem(definitions: readonly Pick<IndicatorDefinition, 'weight'>[]): string | null {
  const total = definitions.reduce((sum, d) => sum + Math.round(d.weight * 100), 0);
  return total === 10_000 ? null : `weights add up to ${total / 100} %, not 100 %`;
}

export type TargetRow = {
  code: string;
  year: number;
  unit_kind: string;
  unit_code: string;
  kind: 'absolute' | 'relative';
  value: string | null;
  baseline_value: string | null;
  baseline_year: number | null;
  annual_change_percent: string | null;
  source: string;
};

export type Target = { value: number; rule: string; source: string; year: number };

export type TargetUnitKind = 'station' | 'district' | 'region';

/**
 * The city-wide target of each code for `year`: that year's row, or a relative rule set in an earlier year
 * (a rule such as "falls 1 % a year" goes on applying). An absolute target is never carried into a later
 * year: without a row for the year there is no target, and the card says so.
 */
export async function targetsFor(db: Queryable, year: number, decimalsByCode: Map<string, number>): Promise<Map<string, Target>> {
  const { rows } = await db.query<TargetRow>(
    `SELECT * FROM indicator_targets
      WHERE unit_kind = 'city' AND (year = $1 OR (kind = 'relative' AND year < $1))
      ORDER BY code, year`,
    [year],
  );
  return resolveTargets(rows, year, decimalsByCode, (row) => row.code);
}

/**
 * One indicator's targets for `year` per unit of a kind (station, district, region), by unit code, under the
 * same rules as the city-wide one: shown against the parts of a drill-down.
 */
export async function unitTargetsFor(db: Queryable, code: string, year: number, unitKind: TargetUnitKind, decimals: number): Promise<Map<string, Target>> {
  const { rows } = await db.query<TargetRow>(
    `SELECT * FROM indicator_targets
      WHERE code = $1 AND unit_kind = $2 AND (year = $3 OR (kind = 'relative' AND year < $3))
      ORDER BY unit_code, year`,
    [code, unitKind, year],
  );
  return resolveTargets(rows, year, new Map([[code, decimals]]), (row) => row.unit_code);
}

/** Every target row of a year (city-wide and per unit), for the admin screen. */
export async function targetRowsOf(db: Queryable, year: number): Promise<TargetRow[]> {
  const { rows } = await db.query<TargetRow>(
    `SELECT code, year, unit_kind, unit_code, kind, value::text, baseline_value::text, baseline_year, annual_change_percent::text, source
       FROM indicator_targets WHERE year = $1 ORDER BY length(code), code, unit_kind, unit_code`,
    [year],
  );
  return rows;
}

function resolveTargets(rows: TargetRow[], year: number, decimalsByCode: Map<string, number>, keyOf: (row: TargetRow) => string): Map<string, Target> {
  const out = new Map<string, Target>();
  for (const row of rows) {
    const key = keyOf(row);
    const decimals = decimalsByCode.get(row.code) ?? 2;
    if (row.kind === 'absolute') {
      if (row.year === year) out.set(key, { value: Number(row.value), rule: 'absolute', source: row.source, year: row.year });
      continue;
    }
    if (row.year === year || !out.has(key) || out.get(key)!.year < row.year) {
      const value = relativeTarget(Number(row.baseline_value), Number(row.baseline_year), Number(row.annual_change_percent), year, decimals);
      out.set(key, {
        value,
        rule: `${row.baseline_value} (${row.baseline_year}) × (1 ${Number(row.annual_change_percent) < 0 ? '−' : '+'} ${Math.abs(Number(row.annual_change_percent))} %)^${year - Number(row.baseline_year)}`,
        source: row.source,
        year: row.year,
      });
    }
  }
  return out;
}

/** baseline × (1 + change %)^(years since the baseline), rounded to the indicator's decimals: 5.089 × 0.99 = 5.038. */
export function relativeTarget(baseline: number, baselineYear: number, annualChangePercent: number, year: number, decimals: number): number {
  const raw = baseline * (1 + annualChangePercent / 100) ** (year - baselineYear);
  return round(raw, decimals);
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}
