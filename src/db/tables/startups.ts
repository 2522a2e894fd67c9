import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

// 摘星青年 and the youth start-up loan (migration 0042, ADR 0040)
export type StarYouthBasesTable = {
  code: string;
  names: JsonValue;
  district_code: string;
  source: string;
  sort_order: Generated<number>;
};

export type StarYouthUnitsTable = {
  id: Generated<string>;
  base_code: string;
  code: string;
  name: string;
  area_m2: string | null;
  status: Generated<string>;
  demo: Generated<boolean>;
  created_by: string | null;
  created_at: Date;
};

export type StarYouthTenanciesTable = {
  id: Generated<string>;
  unit_id: string;
  application_id: string;
  business_name: string;
  starts_on: string;
  ends_on: string;
  ended_on: string | null;
  created_by: string | null;
  created_at: Date;
};

export type StarYouthVisitsTable = {
  id: Generated<string>;
  tenancy_id: string;
  visited_on: string;
  mentor: string;
  topics: string;
  findings: string;
  follow_ups: string | null;
  follow_up_due_on: string | null;
  recorded_by: string | null;
  recorded_at: Date;
};

export type StartupLoansTable = {
  id: Generated<string>;
  application_id: string;
  lender: string;
  principal_twd: number;
  annual_rate_percent: string;
  starts_on: string;
  term_months: number;
  periods: number;
  repayment: string;
  grace_periods: Generated<number>;
  subsidy_basis: string;
  subsidy_rate_percent: string | null;
  subsidy_share_percent: string | null;
  cap_per_period_twd: number | null;
  cap_per_year_twd: number | null;
  cap_year_basis: Generated<string>;
  max_years: number | null;
  subsidy_source: string;
  updated_by: string | null;
  updated_at: Date;
};

export type StartupLoanClaimsTable = {
  id: Generated<string>;
  loan_id: string;
  period: number;
  starts_on: string;
  ends_on: string;
  interest_twd: number;
  amount_twd: number;
  payment_id: string;
  recorded_by: string | null;
  recorded_at: Date;
};

export type StartupsTables = {
  star_youth_bases: StarYouthBasesTable;
  star_youth_units: StarYouthUnitsTable;
  star_youth_tenancies: StarYouthTenanciesTable;
  star_youth_visits: StarYouthVisitsTable;
  startup_loans: StartupLoansTable;
  startup_loan_claims: StartupLoanClaimsTable;
};

export const startupsColumns = {
  star_youth_bases: ['code', 'names', 'district_code', 'source', 'sort_order'],
  star_youth_units: ['id', 'base_code', 'code', 'name', 'area_m2', 'status', 'demo', 'created_by', 'created_at'],
  star_youth_tenancies: ['id', 'unit_id', 'application_id', 'business_name', 'starts_on', 'ends_on', 'ended_on', 'created_by', 'created_at'],
  star_youth_visits: ['id', 'tenancy_id', 'visited_on', 'mentor', 'topics', 'findings', 'follow_ups', 'follow_up_due_on', 'recorded_by', 'recorded_at'],
  startup_loans: [
    'id', 'application_id', 'lender', 'principal_twd', 'annual_rate_percent', 'starts_on', 'term_months', 'periods', 'repayment', 'grace_periods',
    'subsidy_basis', 'subsidy_rate_percent', 'subsidy_share_percent', 'cap_per_period_twd', 'cap_per_year_twd', 'cap_year_basis', 'max_years',
    'subsidy_source', 'updated_by', 'updated_at',
  ],
  startup_loan_claims: ['id', 'loan_id', 'period', 'starts_on', 'ends_on', 'interest_twd', 'amount_twd', 'payment_id', 'recorded_by', 'recorded_at'],
} as const;
