/**
 * Backup and restore (issue 16 §3), one command per engine:
 * - embedded PGlite: the data folder as PGlite's own consistent dump (a gzipped tarball taken by the engine,
 *   so no half-written page), and a restore into an empty folder. The server holds the folder's lock, so
 *   stop it first (or run the city on PostgreSQL for backups while serving);
 * - PostgreSQL server: `pg_dump --format=custom` and `pg_restore`, the server's own tools, which take a
 *   consistent snapshot while the platform keeps serving; a restore ends with VACUUM (ANALYZE).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`${command} could not start (${error.message}); install the PostgreSQL client tools`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`))));
  });
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir });
    try {
      const dump = await pglite.dumpDataDir('gzip');
      writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

/** Into an empty or missing folder only: a restore never writes over a database. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).some((name) => !name.startsWith('.'))) {
    throw new Error(`${dataDir} is not empty: restore into a new folder, then point DATA_DIR at it`);
  }
  const lock = acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
    await pglite.query('SELECT 1');
    await pglite.close();
  } finally {
    lock.release();
  }
}

export function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', '--file', file, '--dbname', databaseUrl]);
}

/**
 * Into an empty database (create it first): `--exit-on-error` so a failed restore is never taken for a good one.
 * Then VACUUM (ANALYZE): pg_restore writes the rows but no planner statistics and no visibility map, so until
 * autovacuum came by the planner would guess every table's size, and a public page by number would read the
 * table for each row it skips instead of the index alone (migration 0048).
 */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', databaseUrl, file]);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}
