/**
 * @module export
 * One export service for every staff list: CSV (streamed, UTF-8 with a BOM, formula cells neutralised),
 * XLSX and ODS (SheetJS CE; the whole workbook is built in memory, in a worker thread so that the event loop
 * stays free, and these formats have a row cap) and PDF (the bureau's A4 table, streamed page by page).
 * Each list gives its columns once; the same columns, headers in the caller's language and values masked as
 * in the list, serve all four formats.
 */
import { Readable } from 'node:stream';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import { renderTablePdf, type Letterhead } from '../documents/pdf.ts';
import type { ExportFormat } from '../http/list.ts';
import { csvStream, type CsvCell } from './csv.ts';
import { buildWorkbook } from './workbook.ts';

export type ExportCell = string | number | null;

export type ExportColumn<T> = {
  /** Server i18n key of the header (`columns.employers.name`). */
  header: string;
  value: (item: T) => ExportCell;
  /** Relative width in the PDF table. */
  weight?: number;
};

/**
 * XLSX and ODS workbooks are written whole, in memory (SheetJS has no streaming writer for them), so they
 * hold at most this many rows; a longer list is refused with EXPORT_TOO_LARGE, which suggests CSV.
 */
export const workbookRowCap = 50_000;

export const exportContentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  pdf: 'application/pdf',
};

export type ExportRequest<T> = {
  format: ExportFormat;
  locale: Locale;
  /** File name stem, ASCII (`employers`); the date and extension are added. */
  fileStem: string;
  /** Server i18n key of the list's title. */
  title: string;
  /** Lines describing the filter, already worded for the caller (printed on the PDF). */
  filterLines: readonly string[];
  columns: readonly ExportColumn<T>[];
  /** How many rows `rows` will yield: checked against the workbook cap before anything is read. */
  rowCount: number;
  rows: AsyncIterable<T>;
  /** The export's date, `YYYY-MM-DD` in the bureau's time zone. */
  date: string;
  letterhead: Letterhead;
  rowCap?: number;
};

async function* cellsOf<T>(rows: AsyncIterable<T>, columns: readonly ExportColumn<T>[]): AsyncGenerator<ExportCell[]> {
  for await (const row of rows) yield columns.map((column) => column.value(row));
}

async function* textsOf(cells: AsyncIterable<ExportCell[]>): AsyncGenerator<string[]> {
  for await (const row of cells) yield row.map((cell) => (cell === null ? '' : String(cell)));
}

/** The HTTP answer for an export: the file in its format, with its content type and an attachment name. */
export async function exportResponse<T>(request: ExportRequest<T>): Promise<Response> {
  const { format, locale } = request;
  const cap = request.rowCap ?? workbookRowCap;
  if ((format === 'xlsx' || format === 'ods') && request.rowCount > cap) {
    throw new AppError('EXPORT_TOO_LARGE', { params: { count: request.rowCount, limit: cap, format: format.toUpperCase() } });
  }
  const header = request.columns.map((column) => translate(locale, column.header));
  const title = translate(locale, request.title);
  const cells = cellsOf(request.rows, request.columns);
  let body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  if (format === 'csv') {
    body = csvStream(header, cells as AsyncIterable<CsvCell[]>);
  } else if (format === 'pdf') {
    const doc = renderTablePdf({
      locale,
      letterhead: request.letterhead,
      title,
      subtitleLines: [...request.filterLines, translate(locale, 'documents.row_count', { count: request.rowCount })],
      date: request.date,
      columns: request.columns.map((column, index) => ({ header: header[index] ?? '', weight: column.weight ?? 1 })),
      rows: textsOf(cells),
    });
    body = Readable.toWeb(doc) as ReadableStream<Uint8Array>;
  } else {
    body = await buildWorkbook({ format, sheetName: title, header }, cells);
  }
  const fileName = `${request.fileStem}-${request.date.replaceAll('-', '')}.${format}`;
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': exportContentTypes[format],
      'content-disposition': `attachment; filename="${fileName}"`,
      // Exports hold staff data: never kept by a shared cache.
      'cache-control': 'no-store',
    },
  });
}
