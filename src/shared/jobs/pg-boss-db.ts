/**
 * pg-boss's `db` option over our own database, so that pg-boss uses the connection (PGlite) or pool
 * (PostgreSQL) the platform already opened, and a job can be written in one of our transactions.
 */
import type { Db as IDatabase } from 'pg-boss';
import type { Db, Queryable } from '../../db/client.ts';

/**
 * pg-boss sends two kinds of SQL: statements with parameters, and parameterless scripts of several
 * statements (schema creation, migrations, locked maintenance blocks). PGlite's `query` runs one
 * statement only, so scripts go through `Db.script`, which returns the rows of every statement: pg-boss
 * reads a RETURNING in the middle of BEGIN … COMMIT and asserts that a custom db hands it back.
 */
export function bossDatabase(db: Db): IDatabase {
  return {
    async executeSql(text, values) {
      if (values?.length) return { rows: (await db.query(text, values)).rows };
      return { rows: await db.script(text) };
    },
  };
}

/** One of our open transactions as pg-boss's per-call `db`: the job commits or rolls back with it. */
export function bossTransaction(tx: Queryable): IDatabase {
  return {
    async executeSql(text, values) {
      return { rows: (await tx.query(text, values ?? [])).rows };
    },
  };
}
