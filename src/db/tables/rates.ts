import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

export type RateKindsTable = { kind: string };

export type PublishedRatesTable = {
  id: Generated<string>;
  kind: string;
  effective_from: string;
  payload: JsonValue;
  source_name: string;
  source_number: string;
  source_date: string;
  source_url: string;
  created_by: string | null;
  created_at: Date;
};

export type RatesTables = {
  rate_kinds: RateKindsTable;
  published_rates: PublishedRatesTable;
};

export const ratesColumns = {
  rate_kinds: ['kind'],
  published_rates: ['id', 'kind', 'effective_from', 'payload', 'source_name', 'source_number', 'source_date', 'source_url', 'created_by', 'created_at'],
} as const;
