import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

// indicators module (0015-indicators.sql, ADR 0022). numeric columns arrive as text from the drivers.
export type IndicatorDefinitionsTable = {
  code: string;
  from_year: number;
  position: number;
  dimension: string;
  plan_ref: string;
  weight: string;
  name: JsonValue;
  formula: string;
  numerator_description: JsonValue;
  denominator_description: JsonValue | null;
  factor: string;
  unit: string;
  decimals: number;
  direction: string;
  source: string;
  module: string | null;
  officer_role: string | null;
  created_at: Generated<Date>;
  denominator_entered: Generated<boolean>;
};

export type IndicatorTargetsTable = {
  code: string;
  year: number;
  unit_kind: Generated<string>;
  unit_code: Generated<string>;
  kind: string;
  value: string | null;
  baseline_value: string | null;
  baseline_year: number | null;
  annual_change_percent: string | null;
  source: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
};

export type IndicatorEntriesTable = {
  id: Generated<string>;
  code: string;
  period: string;
  period_start: string;
  period_end: string;
  numerator: string | null;
  denominator: string | null;
  value: string | null;
  source_document: string;
  source_date: string;
  entered_by: string;
  entered_at: Date;
};

export type IndicatorPeriodValuesTable = {
  period: string;
  version: number;
  code: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  target: string | null;
  met: boolean | null;
  source: string;
  closed_by: string | null;
  closed_at: Date;
  reason: string | null;
  denominator_source: string | null;
};

export type IndicatorsTables = {
  indicator_definitions: IndicatorDefinitionsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_entries: IndicatorEntriesTable;
  indicator_period_values: IndicatorPeriodValuesTable;
};

export const indicatorsColumns = {
  indicator_definitions: ['code', 'from_year', 'position', 'dimension', 'plan_ref', 'weight', 'name', 'formula', 'numerator_description', 'denominator_description', 'factor', 'unit', 'decimals', 'direction', 'source', 'module', 'officer_role', 'created_at', 'denominator_entered'],
  indicator_targets: ['code', 'year', 'unit_kind', 'unit_code', 'kind', 'value', 'baseline_value', 'baseline_year', 'annual_change_percent', 'source', 'updated_by', 'updated_at'],
  indicator_entries: ['id', 'code', 'period', 'period_start', 'period_end', 'numerator', 'denominator', 'value', 'source_document', 'source_date', 'entered_by', 'entered_at'],
  indicator_period_values: ['period', 'version', 'code', 'value', 'numerator', 'denominator', 'target', 'met', 'source', 'closed_by', 'closed_at', 'reason', 'denominator_source'],
} as const;
