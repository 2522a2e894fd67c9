import type { Generated } from 'kysely';

// programs: payment batches and recoveries (migration 0041, ADR 0039)
export type ProgramPayeesTable = {
  application_id: string;
  payee_name: string;
  bank_code: string;
  account_number: string;
  recorded_by: string;
  recorded_at: Date;
};

export type ProgramPaymentBatchesTable = {
  id: Generated<string>;
  number: string;
  status: string;
  prepared_by: string;
  prepared_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  first_exported_at: Date | null;
  export_count: Generated<number>;
};

export type ProgramPaymentLinesTable = {
  id: Generated<string>;
  batch_id: string;
  line_no: number;
  application_id: string;
  program_code: string;
  quota_year: number;
  amount_twd: number;
  payee_name: string;
  bank_code: string;
  account_number: string;
  status: string;
  result_reason: string | null;
  result_at: Date | null;
  result_by: string | null;
};

export type ProgramRecoveriesTable = {
  id: Generated<string>;
  application_id: string;
  program_code: string;
  quota_year: number;
  amount_twd: number;
  recovered_twd: Generated<number>;
  reason: string;
  legal_basis: string;
  due_on: string;
  status: string;
  opened_by: string;
  opened_at: Date;
  write_off_reason: string | null;
  write_off_requested_by: string | null;
  write_off_requested_at: Date | null;
  written_off_by: string | null;
  written_off_at: Date | null;
};

export type ProgramRecoveryRepaymentsTable = {
  id: Generated<string>;
  recovery_id: string;
  amount_twd: number;
  received_on: string;
  note: string | null;
  recorded_by: string;
  recorded_at: Date;
};

export type ProgramPaymentsTables = {
  program_payees: ProgramPayeesTable;
  program_payment_batches: ProgramPaymentBatchesTable;
  program_payment_lines: ProgramPaymentLinesTable;
  program_recoveries: ProgramRecoveriesTable;
  program_recovery_repayments: ProgramRecoveryRepaymentsTable;
};

export const programPaymentsColumns = {
  program_payees: ['application_id', 'payee_name', 'bank_code', 'account_number', 'recorded_by', 'recorded_at'],
  program_payment_batches: ['id', 'number', 'status', 'prepared_by', 'prepared_at', 'approved_by', 'approved_at', 'first_exported_at', 'export_count'],
  program_payment_lines: ['id', 'batch_id', 'line_no', 'application_id', 'program_code', 'quota_year', 'amount_twd', 'payee_name', 'bank_code', 'account_number', 'status', 'result_reason', 'result_at', 'result_by'],
  program_recoveries: ['id', 'application_id', 'program_code', 'quota_year', 'amount_twd', 'recovered_twd', 'reason', 'legal_basis', 'due_on', 'status', 'opened_by', 'opened_at', 'write_off_reason', 'write_off_requested_by', 'write_off_requested_at', 'written_off_by', 'written_off_at'],
  program_recovery_repayments: ['id', 'recovery_id', 'amount_twd', 'received_on', 'note', 'recorded_by', 'recorded_at'],
} as const;
