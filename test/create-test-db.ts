/**
 * A migrated, empty database per test file, on the engine the suite runs against.
 * PGlite: migrate one in-memory template per process, then `clone()` it (≈0.5 s instead of ≈4 s).
 * PostgreSQL (DATABASE_URL): migrate a template database once, then CREATE DATABASE … TEMPLATE it.
 */
import { PGlite } from '@electric-sql/pglite';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { wrapPgPool, wrapPglite, type Db } from '../src/db/client.ts';
import { listMigrations, migrate } from '../src/db/migrate.ts';

let pgliteTemplate: Promise<PGlite> | undefined;
let serverTemplate: Promise<string> | undefined;

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const m of listMigrations()) hash.update(m.id).update(m.sql);
  return hash.digest('hex').slice(0, 12);
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function ensureServerTemplate(baseUrl: string): Promise<string> {
  const name = `lap_template_${migrationsFingerprint()}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    // One runner at a time builds the template; the others wait on the lock and reuse it.
    await client.query('SELECT pg_advisory_lock(742002)');
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}`);
      const pool = new pg.Pool({ connectionString: withDatabase(baseUrl, name), max: 1 });
      const db = wrapPgPool(pool);
      try {
        await migrate(db);
      } catch (error) {
        await db.close();
        await client.query(`DROP DATABASE ${name}`);
        throw error;
      }
      await db.close();
    }
    await client.query('SELECT pg_advisory_unlock(742002)');
  } finally {
    await client.end();
  }
  return name;
}

export async function createTestDb(): Promise<Db> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    serverTemplate ??= ensureServerTemplate(baseUrl);
    const template = await serverTemplate;
    const name = `lap_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(baseUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    const db = wrapPgPool(new pg.Pool({ connectionString: withDatabase(baseUrl, name), max: 5 }));
    return {
      ...db,
      close: async () => {
        await db.close();
        await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name}`);
      },
    };
  }
  pgliteTemplate ??= (async () => {
    const template = await PGlite.create();
    await migrate(wrapPglite(template));
    return template;
  })();
  const clone = await (await pgliteTemplate).clone();
  return wrapPglite(clone);
}
