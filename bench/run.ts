/**
 * `npm run bench`: prints the platform's speed figures. Everything runs on this machine, against
 * loopback, for a bounded time. Figures are for comparison within one run, not absolute targets.
 *  - cold start: spawning the server on a fresh embedded database (migrate + demo data) until the
 *    first healthy answer, and again on the now-existing folder;
 *  - requests per second of GET /api/v1/health next to a bare route of the same framework;
 *  - the gzipped JavaScript the first load of / downloads, next to its 150 KB budget (bench/first-load.ts;
 *    it builds web/dist with its Vite manifest first, so the figure is of the code as it is now).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLoadBudgetBytes, firstLoadJs } from './first-load.ts';
import { runLoad } from './load.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no healthy answer from ${url} within ${limitMs} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function startPlatform(dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['src/server.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitHealthy(`http://127.0.0.1:${port}/api/v1/health`, child);
  return { child, port, ms: performance.now() - started };
}

async function startBare() {
  const port = await freePort();
  const child = spawn(process.execPath, ['bench/bare-server.ts'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await waitHealthy(`http://127.0.0.1:${port}/bare`, child);
  return { child, port };
}

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const dataDir = mkdtempSync(join(tmpdir(), 'lap-bench-'));
const rows: string[][] = [];
const firstLoad = firstLoadJs(process.cwd(), { build: true });
const kb = (bytes: number) => `${format(bytes / 1024, 1)} KB`;
rows.push([
  `public first load of / (gzipped JS: entry + static imports, ${firstLoad.files.length} files)`,
  `${kb(firstLoad.bytes)} of ${kb(firstLoadBudgetBytes)} budget${firstLoad.bytes > firstLoadBudgetBytes ? ' (OVER BUDGET)' : ''}`,
]);
try {
  const first = await startPlatform(dataDir);
  await stop(first.child);
  const second = await startPlatform(dataDir);
  rows.push(['cold start, fresh embedded database (migrate + demo data)', `${format(first.ms)} ms`]);
  rows.push(['cold start, existing embedded database (to healthy, with Node start)', `${format(second.ms)} ms`]);
  await stop(second.child);
  // The floor: Node starting and PGlite opening the same folder, nothing of ours (issue 16 §4: ≤ 1.5 s + this).
  const bareOpenStarted = performance.now();
  const bareOpen = spawnSync(process.execPath, ['bench/bare-pglite-open.ts', dataDir], { encoding: 'utf8' });
  const bareOpenMs = performance.now() - bareOpenStarted;
  rows.push(['bare PGlite open of the same folder (with Node start)', `${format(bareOpenMs)} ms (open itself ${bareOpen.stdout.trim()} ms)`]);
  rows.push(['warm start over the bare open', `${format(second.ms - bareOpenMs)} ms (budget 1,500 ms)`]);
  const warm = await startPlatform(dataDir);
  Object.assign(second, { child: warm.child, port: warm.port });

  const bare = await startBare();
  // Warm both up, then measure each for the same time with the same client.
  await runLoad({ url: `http://127.0.0.1:${bare.port}/bare`, concurrency, seconds: 1 });
  await runLoad({ url: `http://127.0.0.1:${second.port}/api/v1/health`, concurrency, seconds: 1 });
  const bareResult = await runLoad({ url: `http://127.0.0.1:${bare.port}/bare`, concurrency, seconds });
  const health = await runLoad({ url: `http://127.0.0.1:${second.port}/api/v1/health`, concurrency, seconds });
  rows.push([`GET /bare (bare Hono route), ${concurrency} connections`, `${format(bareResult.rps)} req/s (p50 ${format(bareResult.p50ms, 1)} ms, p95 ${format(bareResult.p95ms, 1)} ms)`]);
  rows.push([`GET /api/v1/health (full middleware + database), ${concurrency} connections`, `${format(health.rps)} req/s (p50 ${format(health.p50ms, 1)} ms, p95 ${format(health.p95ms, 1)} ms)`]);
  rows.push(['health as a share of bare GET', `${format((100 * health.rps) / bareResult.rps, 1)} % (target ≥ 50 %)`]);
  if (health.errors || bareResult.errors) rows.push(['errors', `${health.errors + bareResult.errors}`]);

  const { extraBenchmarks } = await import('./extra.ts');
  for (const row of await extraBenchmarks({ port: second.port, barePort: bare.port, concurrency, seconds, runLoad })) rows.push(row);

  await stop(bare.child);
  await stop(second.child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
console.log(`\nLabor Affairs Platform benchmark (Node ${process.versions.node}, ${seconds} s per load, loopback)\n`);
for (const [label, value] of rows) console.log(`${(label ?? '').padEnd(width)}  ${value}`);
console.log('');
