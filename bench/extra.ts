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
  // Health and the severance calculator against the bare routes are in bench/request-path.ts (BENCH_ONLY=http).
  // Violations: import of a generated 300,000-row MOL file next to COPY, and search latency (violations.bench.ts).
  // Staff list: p95 of GET /api/v1/staff/employers at 100,000 rows next to the same SQL (staff-list.bench.ts).
  // Stalls: the worst event-loop stall during an export, an import and crafted bodies (stalls.bench.ts).
  return [
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
