import type { runLoad as RunLoad } from './load.ts';
import { indicatorsBenchmarks } from './indicators.bench.ts';
import { staffListBenchmarks } from './staff-list.bench.ts';
import { publicLoadBenchmarks } from './public-load.bench.ts';
import { stallBenchmarks } from './stalls.bench.ts';
import { vacanciesBenchmarks } from './vacancies.bench.ts';
import { violationsBenchmarks } from './violations.bench.ts';

/**
 * Benchmarks that modules add (calculators, imports, search) register here, so that `npm run bench`
 * stays one command and measures them against the same running server.
 */
export async function extraBenchmarks(context: {
  port: number;
  /** The bare Hono server (bench/bare-server.ts): GET and POST /bare. */
  barePort: number;
  concurrency: number;
  seconds: number;
  runLoad: typeof RunLoad;
}): Promise<string[][]> {
  // Violations: import of a generated 300,000-row MOL file next to COPY, and search latency (violations.bench.ts).
  // Staff list: p95 of GET /api/v1/staff/employers at 100,000 rows next to the same SQL (staff-list.bench.ts).
  // Stalls: the worst event-loop stall during an export, an import and crafted bodies (stalls.bench.ts).
  return [
    ...(await severancePay(context)),
    ...(await staffListBenchmarks(context)),
    ...(await violationsBenchmarks()),
    // Indicators: the year's list over 10,000,000 generated source events next to one aggregate pass (indicators.bench.ts).
    ...(await indicatorsBenchmarks()),
    // Vacancies: public search and matching at 1,000,000 vacancies and 500,000 job seekers next to bare SQL (vacancies.bench.ts).
    ...(await vacanciesBenchmarks()),
    ...(await stallBenchmarks()),
    // Public load: 200 visitors on the PostgreSQL server, 50 on PGlite, a realistic mix (public-load.bench.ts).
    ...(await publicLoadBenchmarks()),
  ];
}

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * POST /api/v1/calculators/severance-pay with a realistic mixed-service case: hired under the old
 * system in 1998, switched to the new system on 2005-07-01, terminated in 2026, so both parts, the
 * service-from-dates walk and the step texts in the caller's language are all exercised.
 */
async function severancePay({ port, barePort, concurrency, seconds, runLoad }: Parameters<typeof extraBenchmarks>[0]): Promise<string[][]> {
  const url = `http://127.0.0.1:${port}/api/v1/calculators/severance-pay?lang=vi`;
  const body = JSON.stringify({ averageMonthlyWage: 48250, hireDate: '1998-03-16', switchDate: '2005-07-01', terminationDate: '2026-02-27' });
  const load = { url, method: 'POST', body, headers: { 'content-type': 'application/json' }, concurrency };
  const bareLoad = { ...load, url: `http://127.0.0.1:${barePort}/bare` };
  await runLoad({ ...load, seconds: 1 });
  await runLoad({ ...bareLoad, seconds: 1 });
  const result = await runLoad({ ...load, seconds });
  const bare = await runLoad({ ...bareLoad, seconds });
  const errors = result.errors ? `, ${result.errors} errors` : '';
  return [
    [
      `POST /api/v1/calculators/severance-pay (mixed service, vi), ${concurrency} connections`,
      `${format(result.rps)} req/s (p50 ${format(result.p50ms, 1)} ms, p95 ${format(result.p95ms, 1)} ms${errors})`,
    ],
    [`POST /bare (bare Hono route parsing the same body), ${concurrency} connections`, `${format(bare.rps)} req/s (p50 ${format(bare.p50ms, 1)} ms)`],
    ['severance-pay as a share of bare POST', `${format((100 * result.rps) / bare.rps, 1)} % (target ≥ 70 %)`],
  ];
}
