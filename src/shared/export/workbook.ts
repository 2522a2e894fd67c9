/**
 * XLSX and ODS workbooks built off the event loop (issue 16, finding 1: no request may hold it for more
 * than 100 ms). SheetJS has no streaming writer: it lays out the whole workbook in one synchronous call,
 * seconds at the 50,000-row cap. The rows are read here, batch by batch as the list's keyset walk yields
 * them, and posted in chunks to a worker thread that writes the file (ADR 0045). At most two workbooks are
 * written at once: each holds its rows in memory, and staff rarely need more.
 */
import { Worker } from 'node:worker_threads';
import type { ExportCell } from './export.ts';

export type WorkbookJob = { format: 'xlsx' | 'ods'; sheetName: string; header: string[] };
export type WorkbookMessage = { kind: 'rows'; rows: ExportCell[][] } | { kind: 'write' };

const chunkRows = 1000;
const parallelBuilds = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= parallelBuilds) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/** The workbook's bytes. A failure while reading the rows (the database) stops the worker and is thrown. */
export async function buildWorkbook(job: WorkbookJob, cells: AsyncIterable<ExportCell[]>): Promise<Uint8Array<ArrayBuffer>> {
  const release = await slot();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheetName = job.sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
  const worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { workerData: { ...job, sheetName } });
  try {
    const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      worker.once('message', (bytes: Uint8Array<ArrayBuffer>) => resolve(bytes));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the workbook worker stopped (exit code ${code})`)));
    });
    // Without a handler a worker that fails before the rows are all read would be an unhandled rejection.
    done.catch(() => undefined);
    let chunk: ExportCell[][] = [];
    for await (const row of cells) {
      chunk.push(row);
      if (chunk.length >= chunkRows) {
        worker.postMessage({ kind: 'rows', rows: chunk } satisfies WorkbookMessage);
        chunk = [];
      }
    }
    if (chunk.length) worker.postMessage({ kind: 'rows', rows: chunk } satisfies WorkbookMessage);
    worker.postMessage({ kind: 'write' } satisfies WorkbookMessage);
    return await done;
  } finally {
    release();
    await worker.terminate();
  }
}
