/**
 * Reading the bytes of an open-data CSV file: which encoding it is in, and its records (RFC 4180:
 * quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR). Pure: no I/O, no clock.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'big5';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'encoding-unknown' };

/**
 * UTF-8 with a BOM, UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 without one, else Big5 (some MOL
 * and Taipei files are Big5). A file that is none of these is refused rather than read as mojibake.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  const steps = decodeCsvSteps(bytes, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `decodeCsv` a piece at a time: it yields after each `chunkBytes` decoded, so that a caller can give the
 * event loop a turn (a 28 MB upload took 58 ms to decode in one step, issue 16 finding 1).
 */
export function* decodeCsvSteps(bytes: Uint8Array, chunkBytes = 1 << 20): Generator<void, Decoded> {
  const decoded = yield* decodeText(bytes, chunkBytes);
  // A NUL is no character of a CSV file (a binary file, or UTF-16 without its BOM), and PostgreSQL
  // refuses it in text: refused here as an unknown encoding rather than failing the insert with a 500.
  if (decoded.ok && decoded.text.includes('\u0000')) return { ok: false, reason: 'encoding-unknown' };
  return decoded;
}

function* decodeText(bytes: Uint8Array, chunkBytes: number): Generator<void, Decoded> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = yield* tryDecode('utf-8', bytes.subarray(3), chunkBytes);
    return utf8 === undefined ? { ok: false, reason: 'encoding-unknown' } : { ok: true, text: utf8, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const utf16 = yield* tryDecode('utf-16le', bytes.subarray(2), chunkBytes);
    return utf16 === undefined ? { ok: false, reason: 'encoding-unknown' } : { ok: true, text: utf16, encoding: 'utf-16le' };
  }
  const utf8 = yield* tryDecode('utf-8', bytes, chunkBytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const big5 = isBig5(bytes) ? yield* tryDecode('big5', bytes, chunkBytes) : undefined;
  if (big5 !== undefined) return { ok: true, text: big5, encoding: 'big5' };
  return { ok: false, reason: 'encoding-unknown' };
}

/**
 * Whether the bytes are well-formed Big5: ASCII, or a lead byte 0x81–0xFE followed by a trail byte
 * 0x40–0x7E or 0xA1–0xFE. Checked by hand because Node's (ICU) decoder maps stray bytes such as 0x80
 * and 0xFF to characters instead of failing. User-defined characters (造字) are well-formed and kept.
 */
export function isBig5(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    if (byte < 0x81 || byte > 0xfe) return false;
    const trail = bytes[i + 1] ?? 0;
    if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return false;
    i += 1;
  }
  return true;
}

function* tryDecode(label: string, bytes: Uint8Array, chunkBytes: number): Generator<void, string | undefined> {
  // ignoreBOM: a BOM has already been removed above; a second one would be data. A streaming decoder
  // keeps a character cut at a chunk's end for the next chunk, so the pieces join into the same text.
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  try {
    for (let start = 0; start < bytes.length; start += chunkBytes) {
      parts.push(decoder.decode(bytes.subarray(start, start + chunkBytes), { stream: true }));
      yield;
    }
    parts.push(decoder.decode());
  } catch {
    return undefined;
  }
  return parts.join('');
}

/** One record of the file; `line` is the 1-based line it starts on (a quoted field may span lines). */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: 'unterminated-quote' };

/**
 * Splits CSV text into records. Blank lines are skipped. A quote left open at the end of the file is
 * reported on the line where its record started, and everything after it belongs to that record —
 * the same reading a spreadsheet program would make.
 */
export function* parseCsv(text: string): Generator<CsvRecord> {
  const length = text.length;
  let position = 0;
  let line = 1;
  while (position < length) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let inQuotes = false;
    let fieldStarted = false;
    let ended = false;
    while (position < length) {
      const ch = text.charCodeAt(position);
      if (inQuotes) {
        if (ch === 0x22) {
          if (text.charCodeAt(position + 1) === 0x22) {
            field += '"';
            position += 2;
            continue;
          }
          inQuotes = false;
          position += 1;
          continue;
        }
        if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(position + 1) !== 0x0a)) line += 1;
        field += text[position];
        position += 1;
        continue;
      }
      if (ch === 0x2c) {
        fields.push(field);
        field = '';
        quoted = false;
        fieldStarted = true;
        position += 1;
        continue;
      }
      if (ch === 0x0d || ch === 0x0a) {
        position += ch === 0x0d && text.charCodeAt(position + 1) === 0x0a ? 2 : 1;
        line += 1;
        ended = true;
        break;
      }
      if (ch === 0x22 && field === '' && !quoted) {
        inQuotes = true;
        quoted = true;
        fieldStarted = true;
        position += 1;
        continue;
      }
      // A quote inside an unquoted field, or text after a closing quote: kept as written (lenient,
      // like spreadsheet programs), so that one sloppy cell does not swallow the rest of the file.
      field += text[position];
      fieldStarted = true;
      position += 1;
    }
    if (inQuotes) {
      yield { line: startLine, error: 'unterminated-quote' };
      return;
    }
    if (!fieldStarted && field === '' && fields.length === 0) {
      if (ended) continue; // a blank line
      break;
    }
    fields.push(field);
    yield { line: startLine, fields };
  }
}

/** Quotes a value for CSV output when it needs it (comma, quote, line break). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
