/**
 * Violations registry at national scale: a generated 300,000-row MOL-format CSV file (BENCH_VIOLATION_ROWS
 * to change it) is
 *  - parsed (decode, CSV, header aliases, dates, articles, law inference, hashes) — pure CPU;
 *  - imported with our importer (parse + batched INSERT … ON CONFLICT DO NOTHING, one transaction);
 *  - loaded with PostgreSQL COPY into the same database, twice: the raw file into a table of nine text
 *    columns (the floor for moving the bytes in), and the rows our parser derived into violation_records
 *    itself, with the same indexes (the floor for the same table);
 *  - searched: p50/p95 of typical public queries at that size.
 * Engine: the PostgreSQL server in BENCH_DATABASE_URL or DATABASE_URL (a scratch database is created and
 * dropped), else PGlite in a temporary folder, as `npm start` runs it.
 *
 * COPY on PGlite reads `/dev/blob` (the `blob` query option). On a server, COPY … FROM STDIN needs the
 * copy sub-protocol, which node-postgres leaves to the pg-copy-streams package; we do not depend on it,
 * so `copyFromStdin` below speaks that sub-protocol through node-postgres's documented "submittable"
 * hook (an object with `submit`), sending the file as CopyData messages. That is a real COPY FROM STDIN,
 * so the comparison is like for like on both engines.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { wrapPgPool, wrapPglite, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { employerNameKey } from '../src/modules/employers/employers.service.ts';
import { csvField } from '../src/modules/violations/violations.csv.ts';
import { parseViolationsFile, type ViolationRow } from '../src/modules/violations/violations.rows.ts';
import { createViolationsService, type ViolationFilters } from '../src/modules/violations/violations.service.ts';

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// ------------------------------------------------------------------------------------------------
// A realistic file

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const header = '主管機關,公告日期,處分日期,處分字號,事業單位名稱或負責人,違法法規法條,違反法規內容,罰鍰金額,備註說明';

const lawCitations: { law: string; share: number; fined: number; items: [string, string][] }[] = [
  {
    law: '勞動基準法',
    share: 0.6,
    fined: 1,
    items: [
      ['第22條第2項', '工資未全額給付予勞工'],
      ['第24條', '延長工時工資未依法給付'],
      ['第30條第6項', '未依規定逐日覈實記載勞工出勤情形至分鐘為止'],
      ['第32條第2項', '延長工作時間超過法定上限'],
      ['第36條第1項', '未使勞工每七日中有二日之休息'],
      ['第38條第4項', '未依規定給付特休未休之工資'],
      ['第39條', '休假日工作未加倍發給工資'],
      ['第9條之1', '離職後競業禁止約定不符規定'],
    ],
  },
  {
    law: '職業安全衛生法',
    share: 0.2,
    fined: 0.5,
    items: [
      ['第6條第1項', '未符合規定之必要安全衛生設備及措施'],
      ['第20條第1項', '未對勞工施行健康檢查'],
      ['第32條第1項', '未對勞工施以從事工作與預防災變所必要之安全衛生教育及訓練'],
    ],
  },
  {
    law: '勞工退休金條例',
    share: 0.1,
    fined: 1,
    items: [
      ['第14條第1項', '雇主未按月為勞工提繳退休金'],
      ['第19條第1項', '雇主應為適用勞退新制之勞工按月提繳退休金，未依規定按月提繳。'],
    ],
  },
  {
    law: '性別平等工作法',
    share: 0.05,
    fined: 0.4,
    items: [
      ['第13條第2項', '雇主於知悉性騷擾情事後，未採取立即有效之糾正及補救措施。'],
      ['第21條第1項', '拒絕受僱者請求育嬰留職停薪'],
    ],
  },
  { law: '就業服務法', share: 0.05, fined: 1, items: [['第57條第1款', '聘僱未經許可之外國人']] },
];

const places = ['台中', '臺中', '大里', '豐原', '太平', '烏日', '大甲', '清水', '沙鹿', '梧棲', '霧峰', '潭子', '大雅', '神岡', '后里'];
const cores = '興隆成家福捷順國泰宇祥永豐長榮聯華新光統一大同華新宏達正新巨大美利達友達群創穩懋億光全興佳世達';
const trades = ['精密', '機械', '食品', '營造', '交通', '科技', '實業', '企業', '電子', '紡織', '塑膠', '物流', '餐飲', '工程', '光電'];
const suffixes = ['股份有限公司', '有限公司', '企業社', '工程行', '股份有限公司'];
const surnames = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高';
const given = '志明家豪俊傑淑芬美玲雅婷怡君建宏文華國榮秀英麗華明德修祥俊超毓釗';

const taichungFixture = [
  '台中市,20210308,20210108,府授勞動字第1100001441號,興隆成工業有限公司/鄭潘田,勞動基準法第22條第2項;勞動基準法第38條第4項,工資未全額給付予勞工;未依規定給付特休未休之工資,40000,',
  '台中市,20210308,20210111,府授勞動字第1100005340號,家福股份有限公司_王俊超,勞動基準法第30條第6項;勞動基準法第32條第1項;勞動基準法第49條第1項,未依規定逐日覈實記載勞工出勤情形至分鐘為止;未經工會同意使勞工於正常工作時間外工作;未經工會同意實施女性夜間工作,80000,行政救濟中',
  '台中市,20240305,20240109,府授勞動字第1130006507號,捷順交通股份有限公司(郭修祥),勞動基準法第22條第2項,未全額給付勞工工資,30000,',
];

/** MOL-format CSV bytes (UTF-8 with BOM) of `rows` rows: about 60,000 employers, 1–3 citations a row. */
export function generateMolCsv(rows: number): Uint8Array {
  const next = random(20260302);
  const pick = <T>(list: readonly T[] | string): T => list[Math.floor(next() * list.length)] as T;
  const employerCount = Math.max(10, Math.round(rows / 5));
  const employers = Array.from({ length: employerCount }, () => {
    const company = `${pick<string>(places)}${pick<string>(cores)}${pick<string>(cores)}${pick(trades)}${pick(suffixes)}`;
    const person = `${pick<string>(surnames)}${pick<string>(given)}${pick<string>(given)}`;
    const style = next();
    return style < 0.5 ? `${company}/${person}` : style < 0.7 ? `${company}_${person}` : `${company}(${person})`;
  });
  const lines = [header, ...taichungFixture];
  for (let i = lines.length - 1; i < rows; i += 1) {
    // Some employers are published often, most once or twice.
    const employer = employers[Math.floor(employerCount * next() ** 2)] as string;
    let roll = next();
    const law = lawCitations.find((l) => (roll -= l.share) < 0) ?? lawCitations[0];
    if (!law) throw new Error('no law');
    const count = 1 + Math.floor(next() * Math.min(3, law.items.length));
    const chosen = [...new Set(Array.from({ length: count }, () => pick(law.items)))];
    const year = 2015 + Math.floor(next() * 12);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const decided = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const announced = `${month === 12 ? year + 1 : year}${String(month === 12 ? 1 : month + 1).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const note = next() < 0.05 ? '行政救濟中' : next() < 0.02 ? '訴願中' : '';
    const fine = next() < law.fined ? String(20000 * (1 + Math.floor(next() * 10))) : '';
    lines.push(
      [
        '台中市',
        announced,
        decided,
        `府授勞動字第${year - 1911}${String(i).padStart(7, '0')}號`,
        employer,
        chosen.map(([article]) => `${law.law}${article}`).join(';'),
        chosen.map(([, text]) => text).join(';'),
        fine,
        note,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

// ------------------------------------------------------------------------------------------------
// Engines

type Engine = {
  label: string;
  db: Db;
  /** COPY … FROM STDIN / '/dev/blob' of CSV bytes; answers the rows copied. */
  copy(sql: string, bytes: Uint8Array): Promise<number>;
  close(): Promise<void>;
};

/** COPY FROM STDIN through node-postgres's submittable hook (what pg-copy-streams does, minimally). */
export function copyFromStdin(client: pg.PoolClient, sql: string, bytes: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    let copied = 0;
    let failure: Error | undefined;
    const submittable = {
      submit(connection: { query(text: string): void }) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }) {
        const chunkSize = 64 * 1024;
        for (let start = 0; start < bytes.length; start += chunkSize) {
          connection.sendCopyFromChunk(Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(chunkSize, bytes.length - start)));
        }
        connection.endCopyFrom();
      },
      handleCommandComplete(message: { text: string }) {
        copied = Number(/COPY (\d+)/.exec(message.text)?.[1] ?? 0);
      },
      handleError(error: Error) {
        // Rejected at once as well: after a failed COPY node-postgres was seen not to report ReadyForQuery.
        failure = error;
        reject(error);
      },
      handleReadyForQuery() {
        if (failure) reject(failure);
        else resolve(copied);
      },
    };
    void client.query(submittable as never);
  });
}

async function openEngine(scratch: string): Promise<Engine> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `lap_bench_violations_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    const db = wrapPgPool(pool);
    await migrate(db);
    return {
      label: `PostgreSQL server (${new URL(serverUrl).host})`,
      db,
      async copy(sql, bytes) {
        const client = await pool.connect();
        try {
          return await copyFromStdin(client, sql.replace('FROM_SOURCE', 'FROM STDIN'), bytes);
        } finally {
          client.release();
        }
      },
      async close() {
        await db.close();
        const again = new pg.Client({ connectionString: serverUrl });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name}`);
        await again.end();
      },
    };
  }
  const pglite = await PGlite.create({ dataDir: join(scratch, 'pglite') });
  const db = wrapPglite(pglite);
  await migrate(db);
  return {
    label: 'PGlite (embedded, folder)',
    db,
    async copy(sql, bytes) {
      const result = await pglite.query(sql.replace('FROM_SOURCE', "FROM '/dev/blob'"), [], { blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
      return result.affectedRows ?? 0;
    },
    close: () => db.close(),
  };
}

// ------------------------------------------------------------------------------------------------
// Measurements

const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

/** violation_records rows, as our parser derived them, in COPY's CSV format. */
export function derivedCsv(rows: readonly ViolationRow[]): Uint8Array {
  const lines = rows.map((row) =>
    [
      'mol-import',
      'published',
      row.authority ?? '',
      row.announcedOn,
      row.decidedOn ?? '',
      row.decisionNumber ?? '',
      row.employerName,
      row.companyName,
      row.responsiblePerson ?? '',
      row.employerKey,
      employerNameKey(row.companyName),
      row.searchKey,
      pgArray(row.searchGrams),
      row.law,
      pgArray(row.articles),
      pgArray(row.articleKeys),
      pgArray(row.violations),
      row.fine === null ? '' : String(row.fine),
      row.fineKind,
      String(row.disputed),
      row.note ?? '',
      row.rowHash,
    ]
      .map(csvField)
      .join(','),
  );
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function violationsBenchmarks(): Promise<string[][]> {
  const rowsWanted = Number(process.env.BENCH_VIOLATION_ROWS ?? 300_000);
  const scratch = mkdtempSync(join(tmpdir(), 'lap-bench-violations-'));
  const out: string[][] = [];
  const engine = await openEngine(scratch);
  try {
    const bytes = generateMolCsv(rowsWanted);
    const size = `${format(bytes.length / 1024 / 1024, 1)} MB`;

    let started = performance.now();
    const parsed = parseViolationsFile(bytes);
    const parseMs = performance.now() - started;
    if (!parsed.ok || parsed.rejected.length) throw new Error(`generated file did not parse cleanly: ${JSON.stringify(parsed).slice(0, 300)}`);
    const rows = parsed.rows.length;
    out.push([`violations: parse ${format(rows)} MOL rows (${size}, decode + CSV + rules + hashes)`, `${format(rows / (parseMs / 1000))} rows/s (${format(parseMs / 1000, 1)} s)`]);

    const service = createViolationsService({ db: engine.db, clock: () => new Date(), authority: '臺中市' });
    // The import is parse + write; the file is parsed once above and the write half timed here.
    started = performance.now();
    const imported = await service.importParsed({ parsed, fileSha256: 'bench', fileName: 'bench.csv', actor: null, channel: 'cli' });
    const writeMs = performance.now() - started;
    if (!imported.ok || imported.imported !== rows) throw new Error(`import did not take every row: ${JSON.stringify(imported).slice(0, 300)}`);
    const importMs = parseMs + writeMs;
    out.push([
      `violations: our import on ${engine.label} (parse + staged batches in short transactions + publish + ANALYZE)`,
      `${format(rows / (importMs / 1000))} rows/s (${format(importMs / 1000, 1)} s, of which writing ${format(writeMs / 1000, 1)} s)`,
    ]);

    // Search at that size, through the service the API calls.
    // The cursor a visitor holds on page 500 (after 499 pages of 20), for the keyset shape.
    const deep = await engine.db.query<{ announced_on: string; id: number }>(
      `SELECT announced_on::text, id FROM violation_records WHERE status = 'published' ORDER BY announced_on DESC, id DESC OFFSET 9979 LIMIT 1`,
    );
    const deepCursor = deep.rows[0] ? `${deep.rows[0].announced_on}.${deep.rows[0].id}` : undefined;
    const queries: [string, ViolationFilters & { page?: number; after?: string | undefined }][] = [
      ['q=家福 (2 characters, rare)', { q: '家福' }],
      // 台中 is read as the authority (issue 15 §6), which every generated record is: what is left to narrow
      // is 精密, a trade word in one name of 15 (20,000 matches). The two shapes below show that cost.
      ['q=台中 精密 (the authority, and a common word)', { q: '台中 精密' }],
      ['q=精密 (one common word)', { q: '精密' }],
      ['q=大里 精密 (two common name words)', { q: '大里 精密' }],
      ['q=家福股份有限公司_王俊超 (punctuation)', { q: '家福股份有限公司_王俊超' }],
      ['q=(郭修祥)', { q: '(郭修祥)' }],
      ['law=職業安全衛生法&article=6', { law: '職業安全衛生法', article: '6' }],
      ['from=2024-01-01&to=2024-12-31', { from: '2024-01-01', to: '2024-12-31' }],
      ['no filter, page 1', {}],
      ['no filter, page 500', { page: 500 }],
      ['no filter, page 500 by keyset cursor (after=)', { after: deepCursor }],
    ];
    for (const [label, filters] of queries) {
      const times: number[] = [];
      let total = '';
      for (let i = 0; i < 15; i += 1) {
        const t0 = performance.now();
        const found = await service.search({ ...filters, page: filters.page ?? 1, pageSize: 20 });
        times.push(performance.now() - t0);
        total = `${format(found.total)}${found.totalExact ? '' : '+'}`;
      }
      times.sort((a, b) => a - b);
      out.push([
        `violations: search ${label} at ${format(rows)} rows`,
        `p50 ${format(percentile(times, 50), 1)} ms, p95 ${format(percentile(times, 95), 1)} ms (${total} matches; budget p95 50 ms)`,
      ]);
    }

    // COPY of the same file's rows, raw: the floor for getting the bytes into the database.
    await engine.db.exec(
      'CREATE TABLE bench_mol_copy (authority text, announced text, decided text, decision text, employer text, articles text, violations text, fine text, note text)',
    );
    const body = bytes.subarray(3); // COPY does not skip a BOM: it would be part of the header line it skips anyway
    started = performance.now();
    const rawCopied = await engine.copy('COPY bench_mol_copy FROM_SOURCE WITH (FORMAT csv, HEADER true)', body);
    const rawMs = performance.now() - started;
    out.push([`violations: COPY of the same file into a 9-text-column table`, `${format(rawCopied / (rawMs / 1000))} rows/s (${format(rawMs / 1000, 1)} s)`]);

    // COPY of the same rows as our parser derived them, into violation_records with all its indexes.
    const derived = derivedCsv(parsed.rows);
    await engine.db.exec('TRUNCATE violation_records CASCADE');
    started = performance.now();
    const tableCopied = await engine.copy(
      `COPY violation_records (source, status, authority, announced_on, decided_on, decision_number, employer_name, company_name,
         responsible_person, employer_key, employer_match_key, search_key, search_grams, law, articles, article_keys, violations,
         fine, fine_kind, disputed, note, row_hash) FROM_SOURCE WITH (FORMAT csv)`,
      derived,
    );
    const tableMs = performance.now() - started;
    out.push([
      `violations: COPY of the derived rows into violation_records (same indexes; parsing not counted)`,
      `${format(tableCopied / (tableMs / 1000))} rows/s (${format(tableMs / 1000, 1)} s); our import is ${format((100 * (tableMs + parseMs)) / importMs, 0)} % of COPY's speed with parsing added to COPY`,
    ]);
  } finally {
    await engine.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}

// `node bench/violations.bench.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await violationsBenchmarks();
  const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
  for (const [label, value] of rows) console.log(`${(label ?? '').padEnd(width)}  ${value}`);
}
