import pg from 'pg';
import { wrapPgPool } from './src/db/client.ts';
import { migrate } from './src/db/migrate.ts';
import { parseViolationsFile } from './src/modules/violations/violations.rows.ts';
import { copyFromStdin, derivedCsv, generateMolCsv } from './bench/violations.bench.ts';
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
await admin.connect(); await admin.query('DROP DATABASE IF EXISTS lap_db_plan'); await admin.query('CREATE DATABASE lap_db_plan'); await admin.end();
const url = 'postgres://postgres@127.0.0.1:5432/lap_db_plan';
const db = wrapPgPool(new pg.Pool({ connectionString: url, max: 1 }));
await migrate(db);
await db.close();
const p = parseViolationsFile(generateMolCsv(100_000));
if (!p.ok) throw new Error('parse');
const client = new pg.Client({ connectionString: url }); await client.connect();
await copyFromStdin(client as never, `COPY violation_records (source, status, authority, announced_on, decided_on, decision_number, employer_name, company_name,
         responsible_person, employer_key, employer_match_key, search_key, search_grams, law, articles, article_keys, violations,
         fine, fine_kind, disputed, note, row_hash) FROM STDIN WITH (FORMAT csv)`, derivedCsv(p.rows));
await client.query('VACUUM ANALYZE violation_records');
await client.end();
console.log('ok');
