import pg from 'pg';
import { wrapPgPool, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { parseViolationsFile } from '../src/modules/violations/violations.rows.ts';
import { createViolationsService } from '../src/modules/violations/violations.service.ts';
import { generateMolCsv } from './violations.bench.ts';
const name = 'lap_tmp_viol';
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
await admin.connect();
const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname=$1', [name])).rowCount;
if (!exists) await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:5432/${name}`, max: 2 });
const db = wrapPgPool(pool);
const captured: [string, unknown[]][] = [];
const spy = new Proxy(db, { get(target, prop, receiver) {
  const value = Reflect.get(target, prop, receiver);
  if (prop === 'query' && typeof value === 'function') return (text: string, params: unknown[]) => { captured.push([text, params]); return value.call(target, text, params); };
  return typeof value === 'function' ? value.bind(target) : value;
} }) as Db;
const service = createViolationsService({ db: spy, clock: () => new Date(), authority: '臺中市' });
if (!exists) {
  await migrate(db);
  const parsed = parseViolationsFile(generateMolCsv(300_000));
  if (!parsed.ok) throw new Error('parse');
  await service.importParsed({ parsed, fileSha256: 'bench', fileName: 'bench.csv', actor: null, channel: 'cli' });
}
for (const q of ['家福', '台中 精密', '精密', '大里 精密', '(郭修祥)', '台中', '台中 捷順']) {
  const times: number[] = []; let total = 0;
  for (let i = 0; i < 15; i++) { const t = performance.now(); const r = await service.search({ q, page: 1, pageSize: 20 }); times.push(performance.now() - t); total = r.items.length; }
  times.sort((a, b) => a - b);
  console.log(q, 'p50', times[7]!.toFixed(1), 'p95', times[14]!.toFixed(1), 'items', total);
}
for (const q of (process.env.EXPLAIN ?? '').split('|').filter(Boolean)) {
  captured.length = 0;
  await service.search({ q, page: 1, pageSize: 20 });
  for (const [text, params] of captured) {
    const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params as never[]);
    console.log(`---- ${q}\n${text.slice(0, 600)}\n${JSON.stringify(params)}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
}
await pool.end();
