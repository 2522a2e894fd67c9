/**
 * @module db/query
 * Typed SQL through Kysely, used only to build queries (ADR 0012): Kysely compiles a statement to SQL text
 * and `$n` parameters, and our own `Queryable` runs it. `db.transaction` and both engines (PGlite and
 * node-postgres, client.ts) stay exactly as they are, and a compiled query runs inside a transaction just
 * like a hand-written one.
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type InferResult,
} from 'kysely';
import type { Queryable, Row } from './client.ts';
import type { Database } from './database.ts';

/** The query builder. It has no connection: `DummyDriver` refuses to execute, so nothing runs by accident. */
export const qb = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Runs a built query on the database or an open transaction and returns its rows, typed from the query. */
export async function run<Q extends Compilable<unknown>>(on: Queryable, query: Q): Promise<InferResult<Q>> {
  const compiled = query.compile();
  const result = await on.query<Row>(compiled.sql, compiled.parameters);
  return result.rows as InferResult<Q>;
}

/** The first row of a built query, or undefined. */
export async function runFirst<Q extends Compilable<unknown>>(on: Queryable, query: Q): Promise<InferResult<Q>[number] | undefined> {
  return (await run(on, query))[0];
}
