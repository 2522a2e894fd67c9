/**
 * A migrated, empty database per test file, on the engine the suite runs against.
 * PGlite: migrate one in-memory template per process, then `clone()` it (≈0.5 s instead of ≈4 s).
 * PostgreSQL (DATABASE_URL): migrate a template database once, then CREATE DATABASE … TEMPLATE it.
 */
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { spawnSync } from 'node:child_process';
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

async function cloneServerDatabase(baseUrl: string, template: string): Promise<Db> {
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

function pgliteMigrated(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const template = await PGlite.create();
    await migrate(wrapPglite(template));
    return template;
  })();
  return pgliteTemplate;
}

export async function createTestDb(): Promise<Db> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) return cloneServerDatabase(baseUrl, await (serverTemplate ??= ensureServerTemplate(baseUrl)));
  return wrapPglite(await (await pgliteMigrated()).clone());
}

/** The password of the demo accounts in `createDemoTestDb`'s databases. */
export const demoTestPassword = 'demo password 1';

let pgliteDemoTemplate: Promise<PGliteInterface> | undefined;
let serverDemoTemplate: Promise<string> | undefined;

/** Loads the demo data as `npm start` does, for Taichung. Imported here only, so other files do not load the seed. */
async function loadDemo(db: Db): Promise<void> {
  const [{ loadDemoData }, { loadCityConfig }] = await Promise.all([import('../src/db/seed/demo-data.ts'), import('../src/modules/reference-data/reference-data.ts')]);
  await loadDemoData(db, { city: loadCityConfig('taichung'), password: demoTestPassword });
}

/**
 * A database holding the demo data, on the suite's engine. The seed runs once per process, through the
 * services as `npm start` runs it (so a seed that fails still fails every file that asks), and each file
 * gets a copy: 16 files each loading it took 9 s apiece, 140 s per engine of a CI run.
 */
export async function createDemoTestDb(): Promise<Db> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    serverDemoTemplate ??= (async () => {
      const name = `lap_demo_${process.pid}_${randomBytes(4).toString('hex')}`;
      const template = await (serverTemplate ??= ensureServerTemplate(baseUrl));
      await adminQuery(baseUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      // A template database may have no open connection while it is copied: the seed's pool is closed first.
      const db = wrapPgPool(new pg.Pool({ connectionString: withDatabase(baseUrl, name), max: 5 }));
      try {
        await loadDemo(db);
      } finally {
        await db.close();
      }
      process.once('exit', () => {
        // Dropped when the run ends. An exit handler cannot wait for a query, so a child process runs it.
        spawnSync(process.execPath, ['-e', dropScript, baseUrl, name], { stdio: 'ignore' });
      });
      return name;
    })();
    return cloneServerDatabase(baseUrl, await serverDemoTemplate);
  }
  const demo = (pgliteDemoTemplate ??= (async () => {
    const template = await (await pgliteMigrated()).clone();
    await loadDemo(wrapPglite(template));
    return template;
  })());
  return wrapPglite(await (await demo).clone());
}

const dropScript = `const pg = require('pg'); const [url, name] = process.argv.slice(1);
const c = new pg.Client({ connectionString: url }); c.connect().then(() => c.query('DROP DATABASE IF EXISTS ' + name)).finally(() => c.end());`;
