/**
 * The request path against the bare framework (issue 16 §4): GET /api/v1/health next to a bare GET route,
 * and POST /api/v1/calculators/severance-pay next to a bare POST route that parses the same JSON body
 * (bench/bare-server.ts). On a shared machine the load of the moment moves every figure, so each round runs
 * the bare route and ours back to back, and the ratio of a round is of two runs a few seconds apart. The
 * rounds' median is printed with the lowest and highest, as the spread is part of the figure.
 */
import type { LoadResult, runLoad as RunLoad } from './load.ts';

export type RequestPathContext = {
  port: number;
  barePort: number;
  concurrency: number;
  seconds: number;
  rounds: number;
  runLoad: typeof RunLoad;
};

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** A realistic mixed-service case: old system from 1998, new system from 2005-07-01, ended in 2026, steps in Vietnamese. */
export const severanceBody = JSON.stringify({ averageMonthlyWage: 48250, hireDate: '1998-03-16', switchDate: '2005-07-01', terminationDate: '2026-02-27' });

type Load = Omit<Parameters<typeof RunLoad>[0], 'seconds' | 'concurrency'>;

async function compare(context: RequestPathContext, ours: Load, bare: Load) {
  const { runLoad, concurrency, seconds } = context;
  // Warm both (JIT, connection set-up), then alternate which goes first so neither always meets the same load.
  await runLoad({ ...ours, concurrency, seconds: 1 });
  await runLoad({ ...bare, concurrency, seconds: 1 });
  const rounds: { ours: LoadResult; bare: LoadResult; ratio: number }[] = [];
  for (let round = 0; round < context.rounds; round += 1) {
    const first = round % 2 === 0 ? bare : ours;
    const second = first === bare ? ours : bare;
    const a = await runLoad({ ...first, concurrency, seconds });
    const b = await runLoad({ ...second, concurrency, seconds });
    const [oursResult, bareResult] = first === bare ? [b, a] : [a, b];
    rounds.push({ ours: oursResult, bare: bareResult, ratio: oursResult.rps / bareResult.rps });
  }
  const ratios = rounds.map((r) => 100 * r.ratio);
  return {
    oursRps: median(rounds.map((r) => r.ours.rps)),
    oursP50: median(rounds.map((r) => r.ours.p50ms)),
    oursP95: median(rounds.map((r) => r.ours.p95ms)),
    bareRps: median(rounds.map((r) => r.bare.rps)),
    bareP50: median(rounds.map((r) => r.bare.p50ms)),
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
    errors: rounds.reduce((sum, r) => sum + r.ours.errors + r.bare.errors, 0),
  };
}

export async function requestPathBenchmarks(context: RequestPathContext): Promise<string[][]> {
  const { port, barePort, concurrency, rounds } = context;
  const of = `median of ${rounds} round${rounds === 1 ? '' : 's'}`;
  const spread = (r: { low: number; high: number }) => (rounds > 1 ? `, rounds ${format(r.low, 1)}–${format(r.high, 1)} %` : '');
  const rows: string[][] = [];

  const health = await compare(context, { url: `http://127.0.0.1:${port}/api/v1/health` }, { url: `http://127.0.0.1:${barePort}/bare` });
  rows.push(
    [`GET /bare (bare Hono route), ${concurrency} connections`, `${format(health.bareRps)} req/s (p50 ${format(health.bareP50, 1)} ms, ${of})`],
    [
      `GET /api/v1/health (full middleware + database state), ${concurrency} connections`,
      `${format(health.oursRps)} req/s (p50 ${format(health.oursP50, 1)} ms, p95 ${format(health.oursP95, 1)} ms)`,
    ],
    ['health as a share of bare GET', `${format(health.ratio, 1)} % (target ≥ 50 %${spread(health)})`],
  );

  const post = { method: 'POST', body: severanceBody, headers: { 'content-type': 'application/json' } };
  const severance = await compare(
    context,
    { ...post, url: `http://127.0.0.1:${port}/api/v1/calculators/severance-pay?lang=vi` },
    { ...post, url: `http://127.0.0.1:${barePort}/bare` },
  );
  rows.push(
    [`POST /bare (bare Hono route parsing the same body), ${concurrency} connections`, `${format(severance.bareRps)} req/s (p50 ${format(severance.bareP50, 1)} ms, ${of})`],
    [
      `POST /api/v1/calculators/severance-pay (mixed service, vi), ${concurrency} connections`,
      `${format(severance.oursRps)} req/s (p50 ${format(severance.oursP50, 1)} ms, p95 ${format(severance.oursP95, 1)} ms)`,
    ],
    ['severance-pay as a share of bare POST', `${format(severance.ratio, 1)} % (target ≥ 70 %${spread(severance)})`],
  );
  // The share above includes the law and its wording, which a bare route does not do: the same work through a
  // bare route shows what the platform itself (middleware, validation, routing, headers) costs on top of it.
  const sameWork = await compare(
    context,
    { ...post, url: `http://127.0.0.1:${port}/api/v1/calculators/severance-pay?lang=vi` },
    { ...post, url: `http://127.0.0.1:${barePort}/bare-severance` },
  );
  rows.push(
    [
      `POST /bare-severance (bare Hono route, the same rule and Vietnamese wording), ${concurrency} connections`,
      `${format(sameWork.bareRps)} req/s (p50 ${format(sameWork.bareP50, 1)} ms, ${of})`,
    ],
    ['severance-pay as a share of the same work on a bare route', `${format(sameWork.ratio, 1)} %${rounds > 1 ? ` (rounds ${format(sameWork.low, 1)}–${format(sameWork.high, 1)} %)` : ''}`],
  );
  const errors = health.errors + severance.errors + sameWork.errors;
  if (errors) rows.push(['request path errors', String(errors)]);
  return rows;
}
