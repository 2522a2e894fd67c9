/**
 * From a violations CSV file (MOL open data, or a local government's variant) to checked rows ready to
 * store, and the rows refused with their line number and a reason key. Pure: no I/O, no clock.
 */
import { createHash } from 'node:crypto';
import { decodeCsvSteps, parseCsv, type Encoding } from './violations.csv.ts';
import {
  articleKeys,
  canonicalLaw,
  charPairs,
  inferLaw,
  isDisputed,
  nameKey,
  normalizeArticle,
  parseDate,
  parseFine,
  splitEmployerName,
  normalizeTai,
  splitList,
} from './violations.normalize.ts';
import type { RejectReason } from './violations.reasons.ts';

export { rejectReasons, type RejectReason } from './violations.reasons.ts';

export type Column =
  | 'authority'
  | 'announcedOn'
  | 'decidedOn'
  | 'decisionNumber'
  | 'employerName'
  | 'responsiblePerson'
  | 'law'
  | 'articles'
  | 'violations'
  | 'fine'
  | 'fineKind'
  | 'note';

/**
 * Header spellings seen in MOL files and in local-government variants (data-formats.md §1). Compared
 * after NFKC with spaces removed, so `罰鍰金額（元）` and `罰鍰金額(元)` are one spelling.
 */
export const headerAliases: Record<Column, readonly string[]> = {
  authority: ['主管機關', '縣市別', '縣市', '處分機關'],
  announcedOn: ['公告日期', '公布日期'],
  decidedOn: ['處分日期', '裁處日期'],
  decisionNumber: ['處分字號', '裁處書字號', '處分文號'],
  employerName: [
    '事業單位名稱或負責人',
    '事業單位名稱',
    '雇主名稱',
    '事業單位或事業主之名稱',
    '事業單位名稱/自然人姓名',
    '事業單位或事業組織名稱',
  ],
  responsiblePerson: ['負責人姓名', '事業單位代表人', '負責人'],
  // Our own CSV export carries the law, so that a downloaded file imports back as the same rows.
  law: ['法規', '法規名稱'],
  articles: ['違法法規法條', '違反法規法條', '違反法條', '違反法規條款'],
  violations: ['違反法規內容', '違法內容', '違反內容'],
  fine: ['罰鍰金額', '罰鍰金額(元)', '處分金額或滯納金', '處分金額'],
  // Our export says per row whether the amount may be a surcharge, since a result can mix laws.
  fineKind: ['金額性質'],
  note: ['備註說明', '備註'],
};

const requiredColumns: readonly Column[] = ['announcedOn', 'employerName', 'articles'];

export type FineKind = 'fine' | 'fine-or-surcharge';

export type HeaderMap = {
  columns: Partial<Record<Column, number>>;
  /** The law named by the file itself: a header like `違反勞動基準法條款`. */
  lawFromHeader: string | null;
  fineKind: FineKind;
};

const headerKey = (text: string) => normalizeTai(text.normalize('NFKC')).replace(/^\uFEFF/, '').replace(/\s+/g, '');

/** The usual header names of columns a file lacks, for a message: `公告日期, 違法法規法條`. */
export function expectedHeaders(columns: readonly string[] = []): string {
  return columns.map((column) => headerAliases[column as Column]?.[0] ?? column).join(', ');
}

export function mapHeader(fields: readonly string[]): { ok: true; header: HeaderMap } | { ok: false; missing: Column[] } {
  const columns: Partial<Record<Column, number>> = {};
  let lawFromHeader: string | null = null;
  let fineKind: FineKind = 'fine';
  const lookup = new Map<string, Column>();
  for (const [column, aliases] of Object.entries(headerAliases) as [Column, readonly string[]][]) {
    for (const alias of aliases) lookup.set(headerKey(alias), column);
  }
  fields.forEach((raw, index) => {
    const key = headerKey(raw);
    let column = lookup.get(key);
    if (!column) {
      // Taipei's files name the law in the header: 違反勞動基準法條款, 違反職業安全衛生法條款.
      const named = /^違反(.+?(?:法|條例))(?:條款|法條)$/u.exec(key);
      if (named?.[1]) {
        column = 'articles';
        lawFromHeader = canonicalLaw(named[1]);
      }
    }
    if (column && columns[column] === undefined) {
      columns[column] = index;
      if (column === 'fine' && key.includes('滯納金')) fineKind = 'fine-or-surcharge';
    }
  });
  const missing = requiredColumns.filter((column) => columns[column] === undefined);
  return missing.length ? { ok: false, missing } : { ok: true, header: { columns, lawFromHeader, fineKind } };
}

export type Rejected = { line: number; reason: RejectReason };

/** A checked row, with the keys it is searched and matched on. */
export type ViolationRow = {
  line: number;
  authority: string | null;
  announcedOn: string;
  decidedOn: string | null;
  decisionNumber: string | null;
  employerName: string;
  companyName: string;
  responsiblePerson: string | null;
  employerKey: string;
  searchKey: string;
  searchGrams: string[];
  law: string;
  articles: string[];
  articleKeys: string[];
  violations: string[];
  fine: number | null;
  fineKind: FineKind;
  disputed: boolean;
  note: string | null;
  rowHash: string;
};

const maxCellLength = 4000;

/** A cell as text: trimmed, and a spreadsheet-formula guard (`'=…`) that our own export adds removed. */
function cellText(fields: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  const value = (fields[index] ?? '').trim();
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

export function toViolationRow(
  line: number,
  fields: readonly string[],
  header: HeaderMap,
): { ok: true; row: ViolationRow } | { ok: false; rejected: Rejected } {
  const reject = (reason: RejectReason) => ({ ok: false as const, rejected: { line, reason } });
  if (fields.some((field) => field.length > maxCellLength)) return reject('cell-too-long');
  const cell = (column: Column) => cellText(fields, header.columns[column]);

  const employerName = cell('employerName').replace(/\s+/g, ' ');
  if (!employerName || nameKey(employerName) === '') return reject('employer-missing');
  const announced = parseDate(cell('announcedOn'));
  if (!announced.ok) return reject('announced-on-invalid');
  if (!announced.value) return reject('announced-on-missing');
  const decided = parseDate(cell('decidedOn'));
  if (!decided.ok) return reject('decided-on-invalid');
  const articles = splitList(cell('articles')).map(normalizeArticle);
  if (articles.length === 0) return reject('articles-missing');
  const lawCell = cell('law');
  const law = lawCell ? canonicalLaw(lawCell) : (header.lawFromHeader ?? inferLaw(articles));
  if (!law) return reject('law-unknown');
  const fine = parseFine(cell('fine'));
  if (fine === undefined) return reject('fine-invalid');
  const fineKindCell = cell('fineKind');
  const fineKind: FineKind = fineKindCell.includes('滯納金') ? 'fine-or-surcharge' : fineKindCell ? 'fine' : header.fineKind;

  const split = splitEmployerName(employerName);
  const personColumn = cell('responsiblePerson');
  const companyName = personColumn ? employerName : split.company;
  const responsiblePerson = personColumn || split.responsiblePerson;
  const note = cell('note');
  const authorityText = normalizeTai(cell('authority'));
  const searchKey = nameKey(responsiblePerson && personColumn ? `${employerName} ${personColumn}` : employerName);
  const row: Omit<ViolationRow, 'rowHash'> = {
    line,
    authority: authorityText || null,
    announcedOn: announced.value,
    decidedOn: decided.value,
    decisionNumber: cell('decisionNumber') || null,
    employerName,
    companyName,
    responsiblePerson: responsiblePerson || null,
    employerKey: nameKey(companyName),
    searchKey,
    searchGrams: charPairs(searchKey),
    law,
    articles,
    articleKeys: articleKeys(articles, law),
    violations: splitList(cell('violations')),
    fine,
    fineKind,
    disputed: isDisputed(note),
    note: note || null,
  };
  return { ok: true, row: { ...row, rowHash: rowHash(row) } };
}

/**
 * What makes two rows the same row: their published content after normalising. A file re-downloaded,
 * re-encoded in Big5 or exported by us and imported back gives the same hashes.
 */
export function rowHash(row: Omit<ViolationRow, 'rowHash'>): string {
  const content = [
    row.authority,
    row.announcedOn,
    row.decidedOn,
    row.decisionNumber,
    row.employerName,
    row.responsiblePerson,
    row.law,
    row.articles,
    row.violations,
    row.fine,
    row.fineKind,
    row.note,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export type ParsedFile =
  | { ok: true; encoding: Encoding; rowsRead: number; rows: ViolationRow[]; rejected: Rejected[] }
  | { ok: false; reason: 'encoding-unknown' | 'empty' | 'header-unrecognized'; missing?: Column[] };

/** Reads a whole file. Header problems refuse the file; row problems refuse only the row. */
/**
 * The file's rows, read in steps of `recordsPerStep` records: the import yields to the event loop between
 * steps, because a national file (300,000 rows) takes seconds of CPU to read and would otherwise hold
 * every other request that long (issue 16, finding 1).
 */
function* parseSteps(bytes: Uint8Array, recordsPerStep: number): Generator<void, ParsedFile> {
  const decoded = yield* decodeCsvSteps(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const records = parseCsv(decoded.text);
  let header: HeaderMap | undefined;
  let width = 0;
  const rows: ViolationRow[] = [];
  const rejected: Rejected[] = [];
  let rowsRead = 0;
  let sinceStep = 0;
  for (const record of records) {
    sinceStep += 1;
    if (sinceStep >= recordsPerStep) {
      sinceStep = 0;
      yield;
    }
    if ('error' in record) {
      if (!header) return { ok: false, reason: 'header-unrecognized' };
      rowsRead += 1;
      rejected.push({ line: record.line, reason: record.error });
      continue;
    }
    if (record.fields.every((field) => field.trim() === '')) continue;
    if (!header) {
      const mapped = mapHeader(record.fields);
      if (!mapped.ok) return { ok: false, reason: 'header-unrecognized', missing: mapped.missing };
      header = mapped.header;
      width = record.fields.length;
      continue;
    }
    rowsRead += 1;
    let fields = record.fields;
    // Trailing empty cells (a spreadsheet's extra commas) are harmless; missing or extra data is not.
    while (fields.length > width && fields[fields.length - 1]?.trim() === '') fields = fields.slice(0, -1);
    if (fields.length !== width) {
      rejected.push({ line: record.line, reason: 'field-count' });
      continue;
    }
    const result = toViolationRow(record.line, fields, header);
    if (result.ok) rows.push(result.row);
    else rejected.push(result.rejected);
  }
  if (!header) return { ok: false, reason: 'empty' };
  return { ok: true, encoding: decoded.encoding, rowsRead, rows, rejected };
}

export function parseViolationsFile(bytes: Uint8Array): ParsedFile {
  const steps = parseSteps(bytes, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same reading, giving the event loop a turn every `recordsPerStep` records. */
export async function parseViolationsFileYielding(bytes: Uint8Array, recordsPerStep = 500): Promise<ParsedFile> {
  const steps = parseSteps(bytes, recordsPerStep);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
