/**
 * CSV evidence can carry formulas (`=HYPERLINK(...)`, `@SUM(...)`) that run when the inspector opens the file
 * in a spreadsheet (issue 16, finding 10). The original is kept as filed, because it is evidence; the page
 * warns before downloading it and offers a neutralised copy, whose formula-like cells get the apostrophe
 * that the platform's own exports use (OWASP's advice on CSV injection).
 */
import { byteOrderMark, csvLine, neutraliseCell } from '../../shared/export/csv.ts';
import { decodeCsv, parseCsv } from '../violations/violations.csv.ts';

function records(bytes: Uint8Array): string[][] | undefined {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return undefined;
  const rows: string[][] = [];
  for (const record of parseCsv(decoded.text)) {
    // An unterminated quote: the rest of the file is one field, as a spreadsheet would read it.
    rows.push('fields' in record ? record.fields : [decoded.text]);
  }
  return rows;
}

/** How many cells a spreadsheet would run as a formula. */
export function formulaCellCount(bytes: Uint8Array): number {
  const rows = records(bytes);
  if (!rows) return 0;
  let count = 0;
  for (const row of rows) for (const cell of row) if (neutraliseCell(cell) !== cell) count += 1;
  return count;
}

/** The same rows and cells, each formula-like cell neutralised, as UTF-8 CSV with a byte-order mark. */
export function neutralisedCsv(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const rows = records(bytes) ?? [];
  return new TextEncoder().encode(byteOrderMark + rows.map((row) => csvLine(row)).join(''));
}
