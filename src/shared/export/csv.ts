/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the ANSI code page and
 * Chinese turns to mojibake), CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would run as a
 * formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe: the OWASP
 * advice against CSV injection. The apostrophe shows in the cell, which is the price of never running it.
 */
const formulaStart = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are the list's own (counts, ids): they cannot hold a formula, and a negative stays a number.
  const text = typeof value === 'number' ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const byteOrderMark = '\uFEFF';

/** A CSV byte stream from rows read as it is consumed: one line in memory at a time (plus a small buffer). */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly CsvCell[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(byteOrderMark + csvLine(header)));
          return;
        }
        // A few hundred lines per chunk: fewer, larger writes, still a bounded buffer.
        let chunk = '';
        for (let i = 0; i < 200; i++) {
          const next = await iterator.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += csvLine(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
