/**
 * @module db
 * One small interface over the two engines: embedded PGlite (default; a folder, or memory) and a
 * PostgreSQL server through node-postgres (when DATABASE_URL is set). Both run the same SQL.
 * `openDb` runs PGlite on its own thread (ADR 0048); `wrapPglite` runs it on the caller's, for the tests'
 * cloned in-memory databases and the benches that compare with a bare PGlite.
 */
import { type PGliteInterface } from '@electric-sql/pglite';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { openPgliteInThread } from './pglite-in-thread.ts';
import { DATE_OID, INT8_OID, pgliteParsers } from './pglite-protocol.ts';

export type Row = Record<string, unknown>;

/** What a query can run on: the database itself or an open transaction. */
export type Queryable = {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[]; rowCount: number }>;
};

export type Db = Queryable & {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs a script of several statements without parameters and returns the rows of every statement,
   * in order (pg-boss's BEGIN … RETURNING … COMMIT blocks). A failure inside the script's own
   * transaction rolls it back, so that the connection is not left in an aborted transaction.
   */
  script(sql: string): Promise<Row[]>;
  close(): Promise<void>;
};

// The same type parsers as PGlite's (pglite-protocol.ts): a `date` stays the calendar day PostgreSQL sends.
pg.types.setTypeParser(DATE_OID, pgliteParsers[DATE_OID]);
pg.types.setTypeParser(INT8_OID, pgliteParsers[INT8_OID]);

export function wrapPglite(pglite: PGliteInterface, onClose?: () => Promise<void>): Db {
  const run = async <T extends Row>(target: Pick<PGliteInterface, 'query'>, sql: string, params?: readonly unknown[]) => {
    const result = await target.query<T>(sql, params as unknown[] | undefined, { parsers: pgliteParsers });
    // PGlite runs each query synchronously in WebAssembly and resolves at once, so a loop of queries (an
    // import's batches, an export's chunks) would run as one chain of microtasks and starve every timer
    // for its whole length. One macrotask turn after each query lets other work in; the server's own
    // database runs on its thread instead (openDb), and a node-postgres query waits on the socket.
    await new Promise<void>((resolve) => setImmediate(resolve));
    // PGlite reports affectedRows 0 for a SELECT; node-postgres counts the rows returned.
    return { rows: result.rows, rowCount: result.rows.length || (result.affectedRows ?? 0) };
  };
  return {
    engine: 'pglite',
    query: (sql, params) => run(pglite, sql, params),
    transaction: (work) => pglite.transaction((tx) => work({ query: (sql, params) => run(tx, sql, params) })),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    script: async (sql) => {
      try {
        const results = await pglite.exec(sql);
        return results.flatMap((result) => result.rows as Row[]);
      } catch (error) {
        // One connection: an aborted BEGIN block would poison every later query of the process.
        await pglite.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: async () => {
      await pglite.close();
      await onClose?.();
    },
  };
}

export function wrapPgPool(pool: pg.Pool): Db {
  const run = async <T extends Row>(target: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) => {
    const result = await target.query<T>(sql, params as unknown[] | undefined);
    return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
  };
  return {
    engine: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    script: async (sql) => {
      const client = await pool.connect();
      try {
        // node-postgres answers a multi-statement query with one result per statement.
        const result = (await client.query(sql)) as unknown as pg.QueryResult<Row> | pg.QueryResult<Row>[];
        return (Array.isArray(result) ? result : [result]).flatMap((r) => r.rows ?? []);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export type DbOptions = { databaseUrl?: string | undefined; dataDir?: string | undefined };

/** Opens PostgreSQL when `databaseUrl` is given, else PGlite in `dataDir` (or memory when absent). */
export async function openDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // Fail now, with the server's own message, rather than at the first request.
    const client = await pool.connect();
    client.release();
    return wrapPgPool(pool);
  }
  if (!options.dataDir) return openPgliteInThread({});
  if (prestarted?.dataDir === options.dataDir) {
    const { db } = prestarted;
    prestarted = undefined;
    return db;
  }
  return openFolder(options.dataDir);
}

let prestarted: { dataDir: string; db: Promise<Db> } | undefined;

/**
 * Starts opening the embedded folder now, so that its thread loads PGlite and opens the folder while the
 * server's own code is still loading (server.ts); the next `openDb` of that folder takes it. A failure
 * (the folder in use, damaged) is reported by that `openDb`, as it would have been.
 */
export function prestartEmbeddedDb(dataDir: string): void {
  if (prestarted) return;
  const db = openFolder(dataDir);
  db.catch(() => undefined);
  prestarted = { dataDir, db };
}

async function openFolder(dataDir: string): Promise<Db> {
  const lock: DataDirLock = acquireDataDirLock(dataDir);
  try {
    return await openPgliteInThread({ dataDir, onClose: async () => lock.release() });
  } catch (error) {
    lock.release();
    // PGlite's own words ("failed to initialize properly") do not say what to do about a damaged folder.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The embedded database in ${dataDir} could not be opened (${reason}). Keep the folder as it is; ` +
        'restore the last backup into a new, empty folder (DATA_DIR=<new folder> npm run db:restore -- FILE) and start with that DATA_DIR ' +
        '(docs/operations.md, "Backup and restore").',
      { cause: error },
    );
  }
}
