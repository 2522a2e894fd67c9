/**
 * The worst event-loop stall (issue 16, finding 1: no request may hold the loop for more than 100 ms) while
 * the embedded engine, as `npm start` runs it, serves:
 *  - an anonymous CSV export of BENCH_STALL_ROWS (120,000) violation records;
 *  - a staff import of a generated MOL file of the same size;
 *  - crafted bodies: 1 MB of nested arrays to a calculator, a multipart complaint of 100,000 fields.
 * A 5 ms timer measures the longest gap between its ticks; health is probed every 100 ms to show what a
 * visitor waits (a long transaction holds PGlite's one connection, which the stall does not show; the import
 * is staged in short transactions for that reason, ADR 0044).
 * In-process requests, so the figures are the server's work; a real socket adds only waiting.
 */
import { createTestContext } from '../test/test-app.ts';
import { createViolationsService } from '../src/modules/violations/violations.service.ts';
import { generateMolCsv } from './violations.bench.ts';

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const rows = Number(process.env.BENCH_STALL_ROWS ?? 120_000);

async function watch<T>(work: () => Promise<T>, probe: () => Promise<unknown>): Promise<{ stallMs: number; probeMaxMs: number; ms: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  let done = false;
  let probeMaxMs = 0;
  const probing = (async () => {
    while (!done) {
      const started = performance.now();
      await probe();
      probeMaxMs = Math.max(probeMaxMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  done = true;
  await probing;
  clearInterval(timer);
  return { stallMs, probeMaxMs, ms };
}

export async function stallBenchmarks(): Promise<string[][]> {
  const t = await createTestContext({ bodyLimitBytes: 2 * 1024 * 1024 });
  const health = async () => t.app.request('/api/v1/health');
  const out: string[][] = [];
  try {
    const service = createViolationsService({ db: t.db, clock: () => new Date(), authority: '臺中市' });
    // The file is made before the watch: the client's work must not count as the server's stall.
    const file = generateMolCsv(rows);
    const importRun = await watch(() => service.importFile({ bytes: file, fileName: 'bench.csv', actor: null, channel: 'upload' }), health);
    out.push([`worst event-loop stall: import of ${format(rows)} MOL rows (PGlite)`, `${format(importRun.stallMs)} ms (budget 100 ms); import ${format(importRun.ms)} ms; health waited up to ${format(importRun.probeMaxMs)} ms`]);
    const exportRun = await watch(async () => {
      const response = await t.app.request('/api/v1/violations.csv');
      await response.arrayBuffer();
    }, health);
    out.push([`worst event-loop stall: anonymous CSV export of ${format(rows)} rows (PGlite)`, `${format(exportRun.stallMs)} ms (budget 100 ms); export ${format(exportRun.ms)} ms; health waited up to ${format(exportRun.probeMaxMs)} ms`]);
    const nested = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    // Built before the watch, as bytes: the client's own work must not count as the server's stall.
    const boundary = 'benchboundary';
    const parts: string[] = [];
    for (let i = 0; i < 100_000; i += 1) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`);
    const multipart = new TextEncoder().encode(`${parts.join('')}--${boundary}--\r\n`);
    const crafted = await watch(async () => {
      await t.app.request('/api/v1/calculators/severance-pay', { method: 'POST', body: nested, headers: { 'content-type': 'application/json' } });
      await t.app.request('/api/v1/complaints', { method: 'POST', body: multipart, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    }, health);
    out.push(['worst event-loop stall: crafted bodies (1 MB nested arrays; 100,000 multipart fields)', `${format(crafted.stallMs)} ms (budget 100 ms)`]);
  } finally {
    await t.close();
  }
  return out;
}

if (import.meta.main) for (const [label, value] of await stallBenchmarks()) console.log(`${label}  ${value}`);
