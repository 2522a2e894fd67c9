/**
 * kill -9 (issue 16 §3), on the engine the suite runs on: a real server process killed in the middle of a
 * burst of staff writes, and the import command killed in the middle of a file. After a restart the
 * database opens, every write that was acknowledged is there, and nothing of the interrupted import is.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { generateMolCsv } from '../bench/violations.bench.ts';
import { wrapPgPool, wrapPglite, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { withUbnCheckDigit } from '../src/db/seed/demo-data.ts';
import { createAccessService } from '../src/modules/access/access.service.ts';
import { staleImportMs, visibleRecordSql } from '../src/modules/violations/violations.import.ts';
import { createViolationsService } from '../src/modules/violations/violations.service.ts';
import { createReferenceData, loadCityConfig } from '../src/modules/reference-data/reference-data.ts';
import { killServer, startServer, stopServer, type ServerProcess } from './server-process.ts';

const databaseUrl = process.env.DATABASE_URL;
const password = 'crash safety pass 4K';
const importCli = fileURLToPath(new URL('../src/cli/import-violations.ts', import.meta.url));

describe('crash safety: kill -9', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lap-crash-'));
  const scratch = `lap_crash_${process.pid}`;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  const scratchUrl = () => {
    const url = new URL(databaseUrl!);
    url.pathname = `/${scratch}`;
    return url.toString();
  };
  async function openDirect(): Promise<Db> {
    return databaseUrl ? wrapPgPool(new pg.Pool({ connectionString: scratchUrl(), max: 2 })) : wrapPglite(await PGlite.create({ dataDir: join(folder, 'data') }));
  }

  before(async () => {
    if (databaseUrl) {
      await admin(`DROP DATABASE IF EXISTS ${scratch}`);
      await admin(`CREATE DATABASE ${scratch}`);
    }
    const db = await openDirect();
    await migrate(db);
    const access = createAccessService({
      db,
      clock: () => new Date(),
      settings: { sessionTtlMinutes: 60, loginMaxFailures: 5, loginLockoutMinutes: 15 },
      referenceData: createReferenceData(loadCityConfig('taichung')),
    });
    await access.createAccount(
      null,
      { username: 'crash-officer', displayName: 'crash-officer', password, roles: ['employment-officer'], homeUnit: { kind: 'station', code: 'dali' } },
      { requestId: 'test' },
    );
    await db.close();
    env = databaseUrl ? { DATABASE_URL: scratchUrl(), DEMO_DATA: 'false' } : { DATA_DIR: join(folder, 'data'), DEMO_DATA: 'false' };
  });
  after(async () => {
    await stopServer(server);
    rmSync(folder, { recursive: true, force: true });
    if (databaseUrl) await admin(`DROP DATABASE IF EXISTS ${scratch}`);
  });

  async function signIn(url: string) {
    const response = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'crash-officer', password }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
  }

  it('keeps every acknowledged staff write when the server is killed in a burst of them', async () => {
    server = await startServer(env);
    const session = await signIn(server.url);
    const acknowledged: string[] = [];
    let sent = 0;
    const writer = async () => {
      for (;;) {
        const n = sent++;
        if (n >= 400) return;
        try {
          const response = await fetch(`${server!.url}/api/v1/staff/employers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
            body: JSON.stringify({ name: `當機測試${n}有限公司`, ubn: withUbnCheckDigit(String(3000000 + n)), districtCode: '66000130' }),
          });
          if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
          else assert.fail(`write ${n}: ${response.status} ${await response.text()}`);
        } catch (error) {
          if ((error as Error).name === 'AssertionError') throw error;
          return; // the connection died with the server: not acknowledged
        }
      }
    };
    const writers = Promise.all([writer(), writer(), writer(), writer()]);
    while (acknowledged.length < 25) await new Promise((resolve) => setTimeout(resolve, 10));
    await killServer(server.child);
    await writers;
    assert.ok(acknowledged.length >= 25);

    // The restarted server opens the database (PGlite recovers its folder from its write-ahead log).
    server = await startServer(env);
    await signIn(server.url);
    await stopServer(server);
    const db = await openDirect();
    try {
      const found = await db.query<{ id: string }>('SELECT id FROM employers WHERE id = ANY($1::uuid[])', [acknowledged]);
      const kept = new Set(found.rows.map((row) => row.id));
      const missing = acknowledged.filter((id) => !kept.has(id));
      assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged writes are gone after kill -9`);
    } finally {
      await db.close();
    }
  });

  it('leaves nothing of an import killed half-way, and the database opens again', async () => {
    const file = join(folder, 'mol.csv');
    writeFileSync(file, generateMolCsv(60_000));
    const child = spawn(process.execPath, [importCli, file], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Killed once it has written some batches: the progress line (every 25 % without a terminal) is past 0 %.
    const started = Date.now();
    while (!/(25|50|75)%/.test(output) && child.exitCode === null && Date.now() - started < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(child.exitCode, null, `the import ended before it could be killed:\n${output}`);
    await killServer(child);

    const db = await openDirect();
    try {
      // The import is written in short transactions (finding 1): what it wrote before the kill is there, hidden
      // behind its unpublished state, and nothing of it is published or shown.
      const imports = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM violation_imports WHERE state = 'published'`);
      const records = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM violation_records WHERE ${visibleRecordSql()}`);
      assert.deepEqual([imports.rows[0]!.n, records.rows[0]!.n], [0, 0], 'a partial import survived the kill');
      // The next import, once the killed one's heartbeat is stale, deletes what it left behind.
      const later = new Date(Date.now() + staleImportMs + 1000);
      const service = createViolationsService({ db, clock: () => later, authority: '臺中市' });
      const next = await service.importFile({ bytes: generateMolCsv(10), fileName: 'next.csv', actor: null, channel: 'cli' });
      assert.ok(next.ok);
      const left = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM violation_records WHERE import_id <> $1`, [next.importId]);
      assert.equal(left.rows[0]!.n, 0, 'the killed import left rows behind');
    } finally {
      await db.close();
    }
  });
});
