import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDb } from '../../test/create-test-db.ts';
import type { Db } from './client.ts';
import { databaseColumns } from './database.ts';
import { qb, run } from './query.ts';

describe('the Kysely table types', () => {
  let db: Db;
  before(async () => {
    db = await createTestDb();
  });
  after(() => db.close());

  it('name exactly the tables and columns of the migrated schema', async () => {
    const result = await db.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.column_name`,
    );
    const migrated = new Map<string, string[]>();
    for (const row of result.rows) migrated.set(row.table_name, [...(migrated.get(row.table_name) ?? []), row.column_name]);
    const typed = new Map(Object.entries(databaseColumns).map(([table, columns]) => [table, [...columns].sort()]));
    assert.deepEqual([...typed.keys()].sort(), [...migrated.keys()].sort(), 'tables in src/db/database.ts vs the migrations');
    for (const [table, columns] of migrated) {
      assert.deepEqual(typed.get(table), columns.sort(), `columns of ${table} in src/db/database.ts vs the migrations`);
    }
  });

  it('runs a built query on the database and inside a transaction, on this engine', async () => {
    const query = qb.selectFrom('schema_migrations').select(['id']).orderBy('id').limit(1);
    const rows = await run(db, query);
    assert.equal(rows.length, 1);
    const inTx = await db.transaction((tx) => run(tx, query));
    assert.deepEqual(inTx, rows);
  });
});
