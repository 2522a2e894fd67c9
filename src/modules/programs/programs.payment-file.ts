/**
 * The bank file of a payment batch (ADR 0039; every column in docs/programs.md): CSV, UTF-8 with a BOM,
 * CRLF, RFC 4180 quoting, a header row of fixed English column names, one row per line of the batch.
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe (src/shared/export/csv.ts),
 * so a payee named "=HYPERLINK(…)" cannot run in whoever opens the file. Amounts are whole NT$ (no
 * separators, no decimals); the value date is ISO 8601 (YYYY-MM-DD), the bureau's day of the download.
 */
import { byteOrderMark, csvLine } from '../../shared/export/csv.ts';

export const paymentFileColumns = [
  'batch_number',
  'line',
  'payee_name',
  'bank_code',
  'account_number',
  'amount_twd',
  'program_code',
  'application_reference',
  'value_date',
] as const;

/** The result file the bank's answer is typed into (or exported to): one row per line that came back. */
export const resultFileColumns = ['batch_number', 'line', 'result', 'reason'] as const;

export type PaymentFileLine = {
  line: number;
  payeeName: string;
  bankCode: string;
  accountNumber: string;
  amountTwd: number;
  programCode: string;
  applicationReference: string;
};

export function paymentFile(batchNumber: string, valueDate: string, lines: readonly PaymentFileLine[]): string {
  let text = byteOrderMark + csvLine(paymentFileColumns);
  for (const line of lines) {
    // Bank code and account number stay text: their leading zeros are part of them.
    text += csvLine([batchNumber, line.line, line.payeeName, line.bankCode, line.accountNumber, line.amountTwd, line.programCode, line.applicationReference, valueDate]);
  }
  return text;
}
