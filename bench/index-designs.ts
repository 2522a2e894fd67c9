/**
 * ADR 0044's measurement: what each index design for the violations name search costs to write and how
 * fast it finds the same names, on the engine in BENCH_DATABASE_URL / DATABASE_URL (a scratch database) or
 * PGlite. For each design a copy of violation_records (no rows, no indexes) gets that design's indexes, the
 * same derived rows are COPYed in, and the bench's name searches run against it (count and first page).
 * `node bench/index-designs.ts` (BENCH_VIOLATION_ROWS, default 300,000).
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { charPairs, searchTokens } from '../src/modules/violations/violations.normalize.ts';
import { parseViolationsFile } from '../src/modules/violations/violations.rows.ts';
import { copyFromStdin, derivedCsv, generateMolCsv } from './violations.bench.ts';
import { scratchDatabase } from './scratch-database.ts';

type Run = { query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>; copy(sql: string, bytes: Uint8Array): Promise<void>; close(): Promise<void>; label: string };

const columns = `source, status, authority, announced_on, decided_on, decision_number, employer_name, company_name,
  responsible_person, employer_key, employer_match_key, search_key, search_grams, law, articles, article_keys, violations,
  fine, fine_kind, disputed, note, row_hash`;

// The indexes every design keeps (0002 + 0023), and the name index each design adds.
const common = (t: string) => [
  `ALTER TABLE ${t} ADD PRIMARY KEY (id)`,
  `CREATE UNIQUE INDEX ON ${t} (row_hash)`,
  `CREATE INDEX ON ${t} (announced_on DESC, id DESC) WHERE status = 'published'`,
  `CREATE INDEX ON ${t} (law, announced_on DESC)`,
  `CREATE INDEX ON ${t} (employer_key)`,
  `CREATE INDEX ON ${t} (employer_id) WHERE employer_id IS NOT NULL`,
  `CREATE INDEX ON ${t} (import_id)`,
  `CREATE INDEX ON ${t} (decision_number, decided_on) WHERE source = 'mol-import' AND decision_number IS NOT NULL`,
];
type Design = {
  name: string;
  indexes: (t: string) => string[];
  where: (word: string) => { sql: string; params: unknown[] };
  /** Work after the COPY that the design needs before its searches work (counted in its write time). */
  after?: (t: string) => string[];
};
const like = (word: string) => ({ sql: `search_key LIKE '%' || $1 || '%'`, params: [word] });
const designs: Design[] = [
  {
    name: 'no name index (floor)',
    indexes: (t) => [...common(t), `CREATE INDEX ON ${t} USING gin (article_keys)`],
    where: like,
  },
  {
    name: 'bigram GIN on text[] (today)',
    indexes: (t) => [...common(t), `CREATE INDEX ON ${t} USING gin (article_keys)`, `CREATE INDEX ON ${t} USING gin (search_grams)`],
    where: (word) => {
      const pairs = charPairs(word);
      return pairs.length
        ? { sql: `search_grams @> cast($2 as text[]) AND search_key LIKE '%' || $1 || '%'`, params: [word, pairs] }
        : like(word);
    },
  },
  {
    name: 'bigram GIN, fastupdate off',
    indexes: (t) => [...common(t), `CREATE INDEX ON ${t} USING gin (article_keys)`, `CREATE INDEX ON ${t} USING gin (search_grams) WITH (fastupdate = off)`],
    where: (word) => {
      const pairs = charPairs(word);
      return pairs.length
        ? { sql: `search_grams @> cast($2 as text[]) AND search_key LIKE '%' || $1 || '%'`, params: [word, pairs] }
        : like(word);
    },
  },
  {
    name: 'pg_trgm GIN on search_key',
    indexes: (t) => [...common(t), `CREATE INDEX ON ${t} USING gin (article_keys)`, `CREATE INDEX ON ${t} USING gin (search_key gin_trgm_ops)`],
    where: like,
  },
  {
    // A different key: the distinct names (a fifth of the rows here, fewer in the real files, where an employer
    // is published again and again) carry the pairs; the records only a b-tree on their name key.
    name: 'bigram GIN on a table of distinct names',
    indexes: (t) => [
      ...common(t),
      `CREATE INDEX ON ${t} USING gin (article_keys)`,
      `CREATE INDEX ON ${t} (search_key)`,
      'DROP TABLE IF EXISTS exp_names',
      'CREATE TABLE exp_names (search_key text PRIMARY KEY, search_grams text[] NOT NULL)',
      'CREATE INDEX ON exp_names USING gin (search_grams)',
    ],
    after: (t) => [`INSERT INTO exp_names SELECT DISTINCT ON (search_key) search_key, search_grams FROM ${t} ON CONFLICT DO NOTHING`],
    where: (word) => {
      const pairs = charPairs(word);
      return {
        sql: `search_key IN (SELECT n.search_key FROM exp_names n WHERE ${pairs.length ? 'n.search_grams @> cast($2 as text[]) AND ' : ''}n.search_key LIKE '%' || $1 || '%')`,
        params: pairs.length ? [word, pairs] : [word],
      };
    },
  },
];

const rowsWanted = Number(process.env.BENCH_VIOLATION_ROWS ?? 300_000);

async function open(): Promise<Run> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await scratchDatabase(serverUrl, 'index_designs');
    const pool = new pg.Pool({ connectionString: scratch.url, max: 1 });
    return {
      label: `PostgreSQL ${new URL(serverUrl).host}`,
      query: (sql, params) => pool.query(sql, params as unknown[]),
      async copy(sql, bytes) {
        // A client of its own: after a COPY through the submittable hook a pooled client was seen to hang.
        const client = new pg.Client({ connectionString: scratch.url });
        await client.connect();
        try {
          await copyFromStdin(client as unknown as pg.PoolClient, sql, bytes);
        } finally {
          await client.end();
        }
      },
      async close() {
        await pool.end();
        await scratch.drop();
      },
    };
  }
  const folder = mkdtempSync(join(tmpdir(), 'lap-index-designs-'));
  const db = await PGlite.create({ dataDir: join(folder, 'pglite'), extensions: { pg_trgm } });
  return {
    label: 'PGlite',
    query: (sql, params) => db.query(sql, params),
    async copy(sql, bytes) {
      await db.query(sql.replace('FROM STDIN', "FROM '/dev/blob'"), [], { blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
    },
    async close() {
      await db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const searches = ['家福', '台中 精密', '家福股份有限公司_王俊超', '(郭修祥)', '王俊超'];
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const run = await open();
try {
  await run.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  const parsed = parseViolationsFile(generateMolCsv(rowsWanted));
  if (!parsed.ok) throw new Error('generated file did not parse');
  const derived = derivedCsv(parsed.rows);
  console.log(`${run.label}, ${f(parsed.rows.length)} rows`);
  const expected = new Map<string, number>();
  for (const design of designs) {
    const t = 'exp_records';
    await run.query(`DROP TABLE IF EXISTS ${t}`);
    await run.query(`CREATE TABLE ${t} (LIKE violation_records_shape INCLUDING DEFAULTS INCLUDING IDENTITY)`).catch(async () => {
      // The shape: violation_records' columns, without its constraints or indexes.
      await run.query(`CREATE TABLE violation_records_shape (
        id bigint GENERATED ALWAYS AS IDENTITY, source text NOT NULL, status text NOT NULL DEFAULT 'published', authority text,
        announced_on date, decided_on date, decision_number text, employer_name text NOT NULL, company_name text NOT NULL,
        responsible_person text, employer_key text NOT NULL, employer_match_key text NOT NULL, search_key text NOT NULL,
        search_grams text[] NOT NULL DEFAULT '{}', law text, articles text[] NOT NULL DEFAULT '{}', article_keys text[] NOT NULL DEFAULT '{}',
        violations text[] NOT NULL DEFAULT '{}', fine integer, fine_kind text NOT NULL DEFAULT 'fine', disputed boolean NOT NULL DEFAULT false,
        note text, employer_id uuid, import_id bigint, row_hash text, created_by uuid, published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), revised_at timestamptz,
        withdrawn_reason text, withdrawn_at timestamptz, withdrawn_by uuid)`);
      await run.query(`CREATE TABLE ${t} (LIKE violation_records_shape INCLUDING DEFAULTS INCLUDING IDENTITY)`);
    });
    for (const statement of design.indexes(t)) await run.query(statement);
    let started = performance.now();
    await run.copy(`COPY ${t} (${columns}) FROM STDIN WITH (FORMAT csv)`, derived);
    for (const statement of design.after?.(t) ?? []) await run.query(statement);
    const copyMs = performance.now() - started;
    await run.query(`VACUUM ANALYZE ${t}`);
    if (design.after) await run.query('VACUUM ANALYZE exp_names');
    const size = (await run.query(`SELECT coalesce(sum(pg_relation_size(indexrelid)), 0)::bigint AS b FROM pg_index WHERE indrelid = '${t}'::regclass`)).rows[0]?.b;
    const parts: string[] = [];
    for (const search of searches) {
      const words = searchTokens(search);
      const conditions: string[] = [];
      const params: unknown[] = [];
      for (const word of words) {
        const where = design.where(word);
        conditions.push(where.sql.replace(/\$(\d)/g, (_, n) => `$${Number(n) + params.length}`));
        params.push(...where.params);
      }
      const where = `status = 'published' AND ${conditions.join(' AND ')}`;
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < 11; i += 1) {
        started = performance.now();
        const [c] = await Promise.all([
          run.query(`SELECT count(*)::int AS n FROM ${t} WHERE ${where}`, params),
          run.query(`SELECT id FROM ${t} WHERE ${where} ORDER BY announced_on DESC, id DESC LIMIT 20`, params),
        ]);
        times.push(performance.now() - started);
        count = Number(c.rows[0]?.n);
      }
      times.sort((a, b) => a - b);
      if (!expected.has(search)) expected.set(search, count);
      const same = expected.get(search) === count ? '' : ` MISMATCH ${count}`;
      parts.push(`${search} p50 ${f(pct(times, 50), 1)} p95 ${f(pct(times, 95), 1)} ms (${f(count)})${same}`);
    }
    console.log(`- ${design.name}: COPY ${f(parsed.rows.length / (copyMs / 1000))} rows/s (${f(copyMs / 1000, 1)} s), indexes ${f(Number(size) / 1024 / 1024)} MB`);
    for (const part of parts) console.log(`    ${part}`);
  }
} finally {
  await run.close();
}
