import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

export type HeatForecastsTable = {
  district_code: string;
  valid_at: Date;
  source: string;
  temperature_c: number;
  relative_humidity: number;
  apparent_temperature_c: number | null;
  heat_index_c: number;
  level: number;
  fetched_at: Date;
};

export type HeatInjuryForecastsTable = {
  district_code: string;
  valid_at: Date;
  source: string;
  heat_injury_index: number | null;
  warning: string | null;
  fetched_at: Date;
};

export type HeatObservationsTable = {
  id: Generated<number>;
  source: string;
  district_code: string;
  station_id: string | null;
  station_name: string | null;
  observed_at: Date;
  temperature_c: number;
  relative_humidity: number;
  heat_index_c: number;
  level: number;
  entered_by: string | null;
  created_at: Generated<Date>;
};

export type HeatSourceStatusTable = {
  dataset: string;
  last_attempt_at: Date;
  last_success_at: Date | null;
  last_error: string | null;
  records: Generated<number>;
};

export type HeatWarningsTable = {
  id: Generated<string>;
  district_codes: string[];
  level: number;
  message_keys: Generated<string[]>;
  texts: Generated<JsonValue>;
  valid_from: Date;
  valid_until: Date;
  published_by: string | null;
  published_at: Date;
  withdrawn_by: string | null;
  withdrawn_at: Date | null;
};

export type HeatTables = {
  heat_forecasts: HeatForecastsTable;
  heat_injury_forecasts: HeatInjuryForecastsTable;
  heat_observations: HeatObservationsTable;
  heat_source_status: HeatSourceStatusTable;
  heat_warnings: HeatWarningsTable;
};

export const heatColumns = {
  heat_forecasts: ['district_code', 'valid_at', 'source', 'temperature_c', 'relative_humidity', 'apparent_temperature_c', 'heat_index_c', 'level', 'fetched_at'],
  heat_injury_forecasts: ['district_code', 'valid_at', 'source', 'heat_injury_index', 'warning', 'fetched_at'],
  heat_observations: ['id', 'source', 'district_code', 'station_id', 'station_name', 'observed_at', 'temperature_c', 'relative_humidity', 'heat_index_c', 'level', 'entered_by', 'created_at'],
  heat_source_status: ['dataset', 'last_attempt_at', 'last_success_at', 'last_error', 'records'],
  heat_warnings: ['id', 'district_codes', 'level', 'message_keys', 'texts', 'valid_from', 'valid_until', 'published_by', 'published_at', 'withdrawn_by', 'withdrawn_at'],
} as const;
