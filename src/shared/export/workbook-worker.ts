/**
 * The worker thread that writes an XLSX or ODS workbook (see workbook.ts). SheetJS builds the whole file in
 * one synchronous call that takes seconds at the 50,000-row cap; here it holds only this thread, never the
 * server's event loop (issue 16, finding 1). Rows arrive in chunks as the export reads them; the finished
 * file goes back as a transferred buffer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';
import type { WorkbookJob, WorkbookMessage } from './workbook.ts';

const job = workerData as WorkbookJob;
const rows: (string | number | null)[][] = [job.header];

parentPort?.on('message', (message: WorkbookMessage) => {
  if (message.kind === 'rows') {
    for (const row of message.rows) rows.push(row);
    return;
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, job.sheetName);
  const file = XLSX.write(book, { type: 'buffer', bookType: job.format, compression: true }) as Buffer;
  // A copy into a buffer of its own, so that it can be transferred rather than cloned.
  const bytes = new Uint8Array(file);
  parentPort?.postMessage(bytes, [bytes.buffer]);
});
