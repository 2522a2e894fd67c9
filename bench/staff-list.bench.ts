/**
 * A staff list at 100,000 rows (BENCH_LIST_ROWS to change it): employers generated on the PostgreSQL
 * server in BENCH_DATABASE_URL or DATABASE_URL (a scratch database, dropped afterwards), else PGlite in
 * memory. It prints the p95 of GET /api/v1/staff/employers over real HTTP (session, access check, zod,
 * Kysely compile, count + page, JSON) next to the bare SQL of the same two statements sent straight to the
 * driver with the same concurrency, and the time and heap growth of a CSV export of the whole list and a PDF
 * export of one district. Figures compare within one run.
 */
import { scratchDatabase } from './scratch-database.ts';
import { serve } from '@hono/node-server';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { wrapPgPool, wrapPglite, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createAccessService } from '../src/modules/access/access.service.ts';
import { createEmployersService } from '../src/modules/employers/employers.service.ts';
import { createReferenceData, loadCityConfig } from '../src/modules/reference-data/reference-data.ts';
import { countList, pageOfList } from '../src/shared/http/list.ts';
import { createLogger } from '../src/shared/logger.ts';
import type { runLoad as RunLoad } from './load.ts';

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rowCount = Number(process.env.BENCH_LIST_ROWS ?? 100_000);

async function openEngine(): Promise<{ label: string; db: Db; close: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = wrapPglite(await PGlite.create());
    return { label: 'PGlite (memory)', db, close: () => db.close() };
  }
  const scratch = await scratchDatabase(serverUrl, 'lists');
  const url = new URL(scratch.url);
  const db = wrapPgPool(new pg.Pool({ connectionString: url.toString(), max: 10 }));
  return {
    label: `PostgreSQL server (${url.host})`,
    db,
    close: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}

/** Closed loop like runLoad, for a function instead of an HTTP request. */
async function loopLatency(work: () => Promise<unknown>, concurrency: number, seconds: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        await work();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50ms: latencies[Math.floor(latencies.length * 0.5)] ?? 0, p95ms: latencies[Math.floor(latencies.length * 0.95)] ?? 0, requests: latencies.length };
}

export async function staffListBenchmarks(context: { concurrency: number; seconds: number; runLoad: typeof RunLoad }): Promise<string[][]> {
  const engine = await openEngine();
  const { db } = engine;
  const rows: string[][] = [];
  try {
    await migrate(db);
    const generated = performance.now();
    await db.query(
      `INSERT INTO employers (ubn, name, name_key, industry_code, district_code, address)
       SELECT lpad(i::text, 8, '0'), '臺中事業 ' || md5(i::text), '臺中事業' || md5(i::text), 'C' || (i % 30),
              (ARRAY['66000010','66000020','66000060','66000070','66000100'])[1 + i % 5], '臺中市西屯區臺灣大道 ' || i || ' 號'
         FROM generate_series(1, $1::int) AS i`,
      [rowCount],
    );
    await db.query('ANALYZE employers');
    rows.push([`staff list: ${format(rowCount)} employers generated (${engine.label})`, `${format(performance.now() - generated)} ms`]);

    const referenceData = createReferenceData(loadCityConfig('taichung'));
    const settings = { sessionTtlMinutes: 60, loginMaxFailures: 5, loginLockoutMinutes: 15, bodyLimitBytes: 65_536, secureCookies: false, trustProxy: false };
    const clock = () => new Date();
    await createAccessService({ db, clock, settings, referenceData }).createAccount(
      null,
      { username: 'bench', displayName: 'bench', password: 'bench password 123', roles: ['employment-officer'], homeUnit: { kind: 'station', code: 'dajia' } },
      { requestId: 'bench' },
    );
    const app = createApp({ db, logger: createLogger('silent'), referenceData, clock, settings });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench', password: 'bench password 123' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const employers = createEmployersService({ db, referenceData });
      const cases = [
        { label: 'first page, by name', query: '', filters: {}, sort: undefined },
        { label: 'district filter, page 50, by -ubn', query: 'district=66000060&page=50&sort=-ubn', filters: { district: '66000060' }, sort: '-ubn' as const, page: 50 },
        { label: 'name search 臺中事業 ab', query: `q=${encodeURIComponent('臺中事業 ab')}`, filters: { q: '臺中事業 ab' }, sort: undefined },
      ];
      for (const item of cases) {
        const url = `http://127.0.0.1:${port}/api/v1/staff/employers?${item.query}`;
        const load = { url, headers: { cookie }, concurrency: context.concurrency };
        await context.runLoad({ ...load, seconds: 1 });
        const http = await context.runLoad({ ...load, seconds: context.seconds });
        const list = employers.list(item.filters);
        const params = { page: item.page ?? 1, pageSize: 20, sort: item.sort };
        await loopLatency(() => pageOfList(db, list, params), context.concurrency, 1);
        const bare = await loopLatency(() => pageOfList(db, list, params), context.concurrency, context.seconds);
        rows.push([
          `GET /api/v1/staff/employers (${item.label}), ${context.concurrency} connections`,
          `p95 ${format(http.p95ms, 1)} ms (${format(http.rps)} req/s${http.errors ? `, ${http.errors} errors` : ''}); same SQL straight to the driver p95 ${format(bare.p95ms, 1)} ms (${format(bare.requests / context.seconds)} req/s)`,
        ]);
        // On PGlite's one connection the requests wait in one line: each HTTP request queues three times
        // (session, count, page) and the bare loop twice, which spreads the p95 apart at equal throughput.
        // One connection shows what a request itself costs.
        const single = await context.runLoad({ ...load, concurrency: 1, seconds: Math.min(3, context.seconds) });
        const bareSingle = await loopLatency(() => pageOfList(db, list, params), 1, Math.min(3, context.seconds));
        rows.push([
          `GET /api/v1/staff/employers (${item.label}), 1 connection`,
          `p50 ${format(single.p50ms, 1)} ms, p95 ${format(single.p95ms, 1)} ms; same SQL straight to the driver p50 ${format(bareSingle.p50ms, 1)} ms, p95 ${format(bareSingle.p95ms, 1)} ms`,
        ]);
      }
      const total = await countList(db, employers.list({}));
      // The server runs in this process: sample its heap while the download is read and thrown away chunk by chunk.
      // The PDF lays out every cell (about 1 ms a row), so it is measured on one district (a fifth) to keep the bench short.
      for (const [exportFormat, filter, label] of [
        ['csv', '', `all ${format(total)} rows`],
        ['pdf', '&district=66000060', `one district, ${format(await countList(db, employers.list({ district: '66000060' })))} rows`],
      ] as const) {
        globalThis.gc?.();
        const baseline = process.memoryUsage().heapUsed;
        let peak = baseline;
        const sampler = setInterval(() => {
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        }, 20);
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/staff/employers?format=${exportFormat}${filter}`, { headers: { cookie } });
        let bytes = 0;
        for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
        clearInterval(sampler);
        rows.push([
          `staff list ${exportFormat.toUpperCase()} export, ${label} (keyset batches, streamed)`,
          `${format(performance.now() - started)} ms, ${format(bytes / 1e6, 1)} MB; heap grew at most ${format((peak - baseline) / 1e6, 1)} MB`,
        ]);
      }
    } finally {
      server.close();
    }
  } finally {
    await engine.close();
  }
  return rows;
}
