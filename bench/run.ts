/**
 * `npm run bench`: prints the platform's speed figures. Everything runs on this machine, against
 * loopback, for a bounded time. Figures are for comparison within one run, not absolute targets.
 *  - cold start: spawning the server on a fresh embedded database (migrate + demo data) until the
 *    first healthy answer; then the warm start on the now-existing folder next to a bare PGlite open of it;
 *  - requests per second of GET /api/v1/health and of the severance calculator, each next to a bare route
 *    of the same framework (bench/request-path.ts);
 *  - a throttled phone's first visit to / in Chromium: first contentful paint, JavaScript and total bytes over
 *    the wire, requests, and the precache size (bench/first-paint.ts);
 *  - the gzipped JavaScript the first load of / downloads, next to its 150 KB budget (bench/first-load.ts;
 *    it builds web/dist with its Vite manifest first, so the figure is of the code as it is now);
 *  - the modules' benchmarks (bench/extra.ts).
 * BENCH_ONLY runs some of them: a comma-separated list of `first-load`, `start`, `http`, `extra`
 * (`BENCH_ONLY=start,http` for the start and request-path figures alone). BENCH_ROUNDS (3) is how many
 * times the warm start and the request-path pairs are measured; the median is printed with the spread.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLoadBudgetBytes, firstLoadJs } from './first-load.ts';
import { firstPaintBenchmarks } from './first-paint.ts';
import { runLoad } from './load.ts';
import { requestPathBenchmarks } from './request-path.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const loadAtStart = loadavg();
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const parts = ['first-load', 'start', 'http', 'extra'] as const;
const only = new Set((process.env.BENCH_ONLY ?? parts.join(',')).split(',').map((part) => part.trim()).filter(Boolean));
for (const part of only) {
  if (!(parts as readonly string[]).includes(part)) throw new Error(`BENCH_ONLY: unknown part "${part}" (one of ${parts.join(', ')})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, limitMs = 600_000): Promise<void> {
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
  await waitHealthy(`http://127.0.0.1:${port}/api/v1/health`, child).catch(async (error: unknown) => {
    await stop(child); // not left running on a folder the bench is about to delete
    throw error;
  });
  return { child, port, ms: performance.now() - started, cpuMs: cpuMsOf(child.pid) };
}

/**
 * CPU time a process has used so far (Linux /proc; undefined elsewhere). On a loaded machine the wall time of
 * a start is mostly waiting for a core; its CPU time says what the start itself costs.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100) ticks
  } catch {
    return undefined;
  }
}

async function startBare() {
  const port = await freePort();
  const child = spawn(process.execPath, ['bench/bare-server.ts'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await waitHealthy(`http://127.0.0.1:${port}/bare`, child);
  return { child, port };
}

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const dataDir = mkdtempSync(join(tmpdir(), 'lap-bench-'));
const rows: string[][] = [];
if (only.has('first-load')) {
  const firstLoad = firstLoadJs(process.cwd(), { build: true });
  const kb = (bytes: number) => `${format(bytes / 1024, 1)} KB`;
  rows.push([
    `public first load of / (gzipped JS: entry + static imports, ${firstLoad.files.length} files)`,
    `${kb(firstLoad.bytes)} of ${kb(firstLoadBudgetBytes)} budget${firstLoad.bytes > firstLoadBudgetBytes ? ' (OVER BUDGET)' : ''}`,
  ]);
}
try {
  const first = await startPlatform(dataDir);
  rows.push(['cold start, fresh embedded database (migrate + demo data)', `${format(first.ms)} ms`]);
  let running = first;
  if (only.has('start')) {
    await stop(first.child);
    // The floor: Node starting and PGlite opening the same folder, nothing of ours (issue 16 §4: ≤ 1.5 s + this).
    // Each round starts ours and opens the bare folder back to back; the first warm start also fills Node's
    // compile cache, as the first start of an install does, so it is not counted.
    const warmUp = await startPlatform(dataDir);
    await stop(warmUp.child);
    const warm: number[] = [];
    const warmCpu: number[] = [];
    const bare: number[] = [];
    const bareOpen: number[] = [];
    const bareCpu: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const started = await startPlatform(dataDir);
      warm.push(started.ms);
      if (started.cpuMs !== undefined) warmCpu.push(started.cpuMs);
      await stop(started.child);
      const bareStarted = performance.now();
      const result = spawnSync(process.execPath, ['bench/bare-pglite-open.ts', dataDir], { encoding: 'utf8' });
      bare.push(performance.now() - bareStarted);
      const [openMs, cpuMs] = result.stdout.trim().split(' ').map(Number);
      bareOpen.push(openMs ?? 0);
      if (cpuMs !== undefined) bareCpu.push(cpuMs);
    }
    const over = warm.map((ms, round) => ms - (bare[round] ?? 0));
    const of = `median of ${rounds}${rounds > 1 ? `, rounds ${over.map((ms) => format(ms)).join(' / ')} ms` : ''}`;
    rows.push(['cold start, existing embedded database (to healthy, with Node start)', `${format(median(warm))} ms`]);
    rows.push(['bare PGlite open of the same folder (with Node start)', `${format(median(bare))} ms (open itself ${format(median(bareOpen))} ms)`]);
    rows.push(['warm start over the bare open', `${format(median(over))} ms (budget 1,500 ms; ${of})`]);
    if (warmCpu.length && bareCpu.length) {
      rows.push(['CPU time: warm start / bare open (to healthy; less swayed by the load)', `${format(median(warmCpu))} ms / ${format(median(bareCpu))} ms, ${format(median(warmCpu) - median(bareCpu))} ms over`]);
    }
    running = await startPlatform(dataDir);
  }

  // The throttled phone's first visit (issue 15 §7), against the platform as it runs.
  if (only.has('first-load')) rows.push(...(await firstPaintBenchmarks(`http://127.0.0.1:${running.port}/`)));

  if (only.has('http') || only.has('extra')) {
    const bare = await startBare();
    if (only.has('http')) rows.push(...(await requestPathBenchmarks({ port: running.port, barePort: bare.port, concurrency, seconds, rounds, runLoad })));
    if (only.has('extra')) {
      const { extraBenchmarks } = await import('./extra.ts');
      for (const row of await extraBenchmarks({ port: running.port, barePort: bare.port, concurrency, seconds, runLoad })) rows.push(row);
    }
    await stop(bare.child);
  }
  await stop(running.child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
console.log(`\nLabor Affairs Platform benchmark (Node ${process.versions.node}, ${seconds} s per load, loopback; load average ${loadAtStart.map((n) => n.toFixed(1)).join(' ')} at start, ${loadavg().map((n) => n.toFixed(1)).join(' ')} at end, on ${availableParallelism()} cores)\n`);
for (const [label, value] of rows) console.log(`${(label ?? '').padEnd(width)}  ${value}`);
console.log('');
