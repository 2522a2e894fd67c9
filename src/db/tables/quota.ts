import type { Generated } from 'kysely';

export type QuotaEmployerMonthsTable = {
  employer_id: string;
  month: string;
  sector: string;
  disabled_severe: Generated<number>;
  disabled_other: Generated<number>;
  disabled_part_time_half_wage: Generated<number>;
  source: string;
  updated_by: string | null;
  updated_at: Date;
};

export type QuotaPaymentRatesTable = { effective_from: string; monthly_amount: number; source: string; entered_by: string | null; entered_at: Date };

export type QuotaHeadcountImportsTable = {
  id: Generated<string>;
  file_sha256: string;
  rows_imported: number;
  rows_rejected: number;
  notices_issued: number;
  created_by: string | null;
  created_at: Date;
};

export type QuotaPaymentNoticesTable = {
  id: Generated<string>;
  employer_id: string;
  employer_name: string;
  employer_ubn: string;
  month: string;
  required: number;
  counted: number;
  shortfall: number;
  monthly_amount: number;
  amount: string;
  source: string;
  article: string;
  import_id: string | null;
  issued_at: Date;
};

export type QuotaTables = {
  quota_employer_months: QuotaEmployerMonthsTable;
  quota_payment_rates: QuotaPaymentRatesTable;
  quota_headcount_imports: QuotaHeadcountImportsTable;
  quota_payment_notices: QuotaPaymentNoticesTable;
};

export const quotaColumns = {
  quota_employer_months: ['employer_id', 'month', 'sector', 'disabled_severe', 'disabled_other', 'disabled_part_time_half_wage', 'source', 'updated_by', 'updated_at'],
  quota_payment_rates: ['effective_from', 'monthly_amount', 'source', 'entered_by', 'entered_at'],
  quota_headcount_imports: ['id', 'file_sha256', 'rows_imported', 'rows_rejected', 'notices_issued', 'created_by', 'created_at'],
  quota_payment_notices: ['id', 'employer_id', 'employer_name', 'employer_ubn', 'month', 'required', 'counted', 'shortfall', 'monthly_amount', 'amount', 'source', 'article', 'import_id', 'issued_at'],
} as const;
