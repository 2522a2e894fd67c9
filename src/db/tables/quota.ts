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

export type QuotaTables = {
  quota_employer_months: QuotaEmployerMonthsTable;
  quota_payment_rates: QuotaPaymentRatesTable;
};

export const quotaColumns = {
  quota_employer_months: ['employer_id', 'month', 'sector', 'disabled_severe', 'disabled_other', 'disabled_part_time_half_wage', 'source', 'updated_by', 'updated_at'],
  quota_payment_rates: ['effective_from', 'monthly_amount', 'source', 'entered_by', 'entered_at'],
} as const;
