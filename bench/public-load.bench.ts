/**
 * Public load (issue 16 §3): BENCH_LOAD_USERS (200) concurrent visitors for BENCH_LOAD_SECONDS (60), each in a
 * closed loop through a realistic mix of the public site: the home page, Q&A and news, the violations
 * search, the vacancy search, two calculators, the heat page, and now and then a complaint. Each visitor
 * has its own address (X-Forwarded-For behind TRUST_PROXY=1), as real visitors do, so the per-address
 * limits apply as in production. Run against the PostgreSQL server (BENCH_DATABASE_URL or DATABASE_URL, a
 * scratch database) with 200 visitors, and against the embedded engine with BENCH_EMBEDDED_USERS (50),
 * the concurrency the README promises for it. Prints p50/p95/p99 per request kind and every error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/server-process.ts';
import { scratchDatabase } from './scratch-database.ts';

type Step = { kind: string; method: 'GET' | 'POST'; path: string; body?: (user: number, n: number) => string; weight: number };

const steps: Step[] = [
  { kind: 'GET / (page)', method: 'GET', path: '/', weight: 3 },
  { kind: 'GET /api/v1/qa', method: 'GET', path: '/api/v1/qa?lang=zh-TW', weight: 2 },
  { kind: 'GET /api/v1/news', method: 'GET', path: '/api/v1/news', weight: 1 },
  { kind: 'GET /api/v1/violations?q=', method: 'GET', path: `/api/v1/violations?q=${encodeURIComponent('股份有限公司')}`, weight: 3 },
  { kind: 'GET /api/v1/vacancies?q=', method: 'GET', path: `/api/v1/vacancies?q=${encodeURIComponent('作業員')}`, weight: 2 },
  { kind: 'GET /api/v1/heat', method: 'GET', path: '/api/v1/heat?district=66000080', weight: 1 },
  {
    kind: 'POST severance-pay',
    method: 'POST',
    path: '/api/v1/calculators/severance-pay',
    body: () => JSON.stringify({ averageMonthlyWage: 48250, hireDate: '2012-03-16', terminationDate: '2026-02-27' }),
    weight: 2,
  },
  {
    kind: 'POST overtime-pay',
    method: 'POST',
    path: '/api/v1/calculators/overtime-pay',
    body: () => JSON.stringify({ monthlyWage: 32000, days: [{ date: '2026-03-02', dayType: 'workday', hoursWorked: 11 }] }),
    weight: 2,
  },
  {
    kind: 'POST /api/v1/complaints',
    method: 'POST',
    path: '/api/v1/complaints',
    body: (user, n) =>
      JSON.stringify({
        employerName: `負載測試${user}有限公司`,
        districtCode: '66000130',
        law: 'laborStandardsAct',
        description: `第 ${n} 次：加班沒有加班費。`,
        anonymous: true,
      }),
    weight: 0.2,
  },
];

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function pick(random: () => number): Step {
  const total = steps.reduce((sum, step) => sum + step.weight, 0);
  let at = random() * total;
  for (const step of steps) {
    at -= step.weight;
    if (at <= 0) return step;
  }
  return steps[0]!;
}

export async function runPublicLoad(baseUrl: string, users: number, seconds: number): Promise<string[][]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: users });
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const deadline = performance.now() + seconds * 1000;
  const once = (step: Step, user: number, n: number) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const body = step.body?.(user, n);
      const headers: Record<string, string> = { 'x-forwarded-for': `10.${(user >> 8) & 255}.${user & 255}.${1 + (n % 250)}` };
      if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      const request = http.request(new URL(step.path, baseUrl), { method: step.method, agent, headers }, (response) => {
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 400) errors.set(`${step.kind} → ${status}`, (errors.get(`${step.kind} → ${status}`) ?? 0) + 1);
          const list = latencies.get(step.kind) ?? [];
          list.push(performance.now() - started);
          latencies.set(step.kind, list);
          resolve();
        });
      });
      request.on('error', (error) => {
        errors.set(`${step.kind} → ${error.message}`, (errors.get(`${step.kind} → ${error.message}`) ?? 0) + 1);
        resolve();
      });
      request.end(body);
    });
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      let state = 1 + user;
      const random = () => {
        state = (state * 16807) % 2147483647;
        return (state - 1) / 2147483646;
      };
      for (let n = 0; performance.now() < deadline; n += 1) await once(pick(random), user, n);
    }),
  );
  agent.destroy();
  const rows: string[][] = [];
  let total = 0;
  for (const [kind, list] of [...latencies].sort()) {
    list.sort((a, b) => a - b);
    total += list.length;
    const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
    rows.push([`  ${kind}`, `${format(list.length)} requests, p50 ${format(at(0.5), 1)} ms, p95 ${format(at(0.95), 1)} ms, p99 ${format(at(0.99), 1)} ms`]);
  }
  const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
  rows.unshift([`  all requests`, `${format(total)} in ${seconds} s (${format(total / seconds)} req/s), ${errorCount} errors`]);
  for (const [what, n] of errors) rows.push([`  error: ${what}`, String(n)]);
  return rows;
}

async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/server.ts'], {
    // Limits of production, except the complaint filing limit per address, which the visitors' own addresses meet.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', NODE_ENV: 'development', TRUST_PROXY: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, child };
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function publicLoadBenchmarks(): Promise<string[][]> {
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
  const rows: string[][] = [];
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await scratchDatabase(serverUrl, 'load');
    const server = await startServer({ DATABASE_URL: scratch.url, DEMO_DATA: 'true' });
    try {
      const users = Number(process.env.BENCH_LOAD_USERS ?? 200);
      rows.push([`public mix, ${users} visitors, PostgreSQL server`, ''], ...(await runPublicLoad(server.url, users, seconds)));
    } finally {
      await stop(server.child);
      await scratch.drop();
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'lap-bench-load-'));
  const embedded = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
  try {
    const users = Number(process.env.BENCH_EMBEDDED_USERS ?? 50);
    rows.push([`public mix, ${users} visitors, embedded PGlite`, ''], ...(await runPublicLoad(embedded.url, users, seconds)));
  } finally {
    await stop(embedded.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.main) for (const [label, value] of await publicLoadBenchmarks()) console.log(`${(label ?? "").padEnd(60)}  ${value}`);
