import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './client.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export type Migration = { id: string; sql: string };

/** The committed migrations, in file-name order (`NNNN-what-changed.sql`). */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d{4}-[a-z0-9-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.sql$/, ''), sql: readFileSync(migrationsDir + name, 'utf8') }));
}

/**
 * Applies the migrations not yet recorded, each in its own transaction together with its record, so a
 * failed migration leaves the schema as it was. Returns the ids applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Set(
    (await db.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((row) => row.id),
  );
  const done: string[] = [];
  for (const migration of listMigrations()) {
    if (applied.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      // Serialises concurrent starts against one PostgreSQL server.
      await tx.query('SELECT pg_advisory_xact_lock(742001)');
      const again = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (again.rowCount > 0) return;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    });
    done.push(migration.id);
  }
  return done;
}

/**
 * Splits a migration into statements so each runs through the same parameterised path inside the
 * transaction. Dollar-quoted bodies (functions) are kept whole; `--` comments are dropped.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    const trimmed = line.trim();
    if (!inDollar && trimmed.startsWith('--')) continue;
    const dollars = line.match(/\$\$/g)?.length ?? 0;
    if (dollars % 2 === 1) inDollar = !inDollar;
    current += line + '\n';
    if (!inDollar && trimmed.endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
