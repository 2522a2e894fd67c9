/**
 * The worst event-loop stall (issue 16, finding 1: no request may hold the loop for more than 100 ms) while
 * the embedded engine, as `npm start` runs it (on its own thread, ADR 0048), serves:
 *  - an anonymous CSV export of BENCH_STALL_ROWS (120,000) violation records, the same as JSON, and three
 *    CSV exports at once;
 *  - a staff import of a generated MOL file of the same size;
 *  - staff list exports of BENCH_STALL_LIST_ROWS (50,000, the workbook cap) employers: XLSX, ODS, CSV and
 *    the PDF of one district;
 *  - crafted bodies: 1 MB of nested arrays to a calculator, a multipart complaint of 100,000 fields.
 * A 5 ms timer measures the longest gap between its ticks; health is probed every 100 ms to show what a
 * visitor waits (a long transaction holds PGlite's one connection, which the stall does not show; the import
 * is staged in short transactions for that reason, ADR 0044).
 * In-process requests, so the figures are the server's work; a real socket adds only waiting. On a shared
 * machine another process taking the core shows as a gap too: run it on a quiet one.
 */
import { openDb } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { preloadPdfFonts } from '../src/shared/documents/pdf.ts';
import { createTestContext } from '../test/test-app.ts';
import { createViolationsService } from '../src/modules/violations/violations.service.ts';
import { generateMolCsv } from './violations.bench.ts';

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const rows = Number(process.env.BENCH_STALL_ROWS ?? 120_000);
const listRows = Number(process.env.BENCH_STALL_LIST_ROWS ?? 50_000);

/** This thread's CPU time in ms: what our code held the loop for, whatever the other processes do. */
const threadCpuMs = () => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function watch<T>(work: () => Promise<T>, probe: () => Promise<unknown>): Promise<{ stallMs: number; stallCpuMs: number; probeMaxMs: number; ms: number }> {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let stallMs = 0;
  let stallCpuMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    stallMs = Math.max(stallMs, now - last);
    // On a shared machine a gap also holds time when another process had the core; the main thread's own
    // CPU time between two ticks is the longest step our code took.
    stallCpuMs = Math.max(stallCpuMs, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
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
  return { stallMs, stallCpuMs, probeMaxMs, ms };
}

export async function stallBenchmarks(): Promise<string[][]> {
  // The database as `npm start` opens it: PGlite on its own thread (ADR 0048), migrated here.
  const db = await openDb({});
  await migrate(db);
  const t = await createTestContext({ bodyLimitBytes: 2 * 1024 * 1024, db });
  const health = async () => t.app.request('/api/v1/health');
  const out: string[][] = [];
  try {
    const service = createViolationsService({ db: t.db, clock: () => new Date(), authority: '臺中市' });
    // The file is made before the watch: the client's work must not count as the server's stall.
    const file = generateMolCsv(rows);
    const importRun = await watch(() => service.importFile({ bytes: file, fileName: 'bench.csv', actor: null, channel: 'upload' }), health);
    out.push([`worst event-loop stall: import of ${format(rows)} MOL rows (PGlite)`, `${format(importRun.stallMs)} ms (budget 100 ms; longest step by this thread's CPU ${format(importRun.stallCpuMs)} ms); import ${format(importRun.ms)} ms; health waited up to ${format(importRun.probeMaxMs)} ms`]);
    const drain = async (path: string, headers: Record<string, string> = {}) => {
      const response = await t.app.request(path, { headers });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
      // Read and dropped chunk by chunk, as a browser's download does: arrayBuffer() would join the whole
      // body in one step at the end, the client's work showing as a stall of the server (350 ms for three).
      for await (const chunk of response.body ?? []) void chunk;
    };
    const exportLine = (label: string, run: Awaited<ReturnType<typeof watch>>) =>
      [`worst event-loop stall: ${label}`, `${format(run.stallMs)} ms (budget 100 ms; longest step by this thread's CPU ${format(run.stallCpuMs)} ms); export ${format(run.ms)} ms; health waited up to ${format(run.probeMaxMs)} ms`];
    out.push(exportLine(`anonymous CSV export of ${format(rows)} rows (PGlite)`, await watch(() => drain('/api/v1/violations.csv'), health)));
    out.push(exportLine(`anonymous JSON export of ${format(rows)} rows (PGlite)`, await watch(() => drain('/api/v1/violations.json'), health)));
    out.push(
      exportLine(
        `three anonymous CSV exports of ${format(rows)} rows at once (PGlite)`,
        await watch(async () => {
          await Promise.all([1, 2, 3].map(() => drain('/api/v1/violations.csv')));
        }, health),
      ),
    );

    const officer = await t.signIn('officer', ['employment-officer']);
    await t.db.query(
      `INSERT INTO employers (ubn, name, name_key, industry_code, district_code, address)
       SELECT lpad(i::text, 8, '0'), '臺中事業 ' || md5(i::text), '臺中事業' || md5(i::text), 'C' || (i % 30),
              (ARRAY['66000010','66000020','66000060','66000070','66000100'])[1 + i % 5], '臺中市西屯區臺灣大道 ' || i || ' 號'
         FROM generate_series(1, $1::int) AS i`,
      [listRows],
    );
    const staff = { cookie: officer.cookie, 'accept-language': 'zh-TW' };
    // The server reads the PDF fonts once it listens (server.main.ts); so does the bench, before the watch.
    await preloadPdfFonts();
    for (const [label, query] of [
      ['XLSX', 'format=xlsx'],
      ['ODS', 'format=ods'],
      ['CSV', 'format=csv'],
      ['PDF of one district', 'format=pdf&district=66000010'],
    ] as const) {
      out.push(exportLine(`staff ${label} export of ${format(listRows)} employers (PGlite)`, await watch(() => drain(`/api/v1/staff/employers?${query}`, staff), health)));
    }

    const nested = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    // Built before the watch, as bytes: the client's own work must not count as the server's stall.
    const boundary = 'benchboundary';
    const parts: string[] = [];
    for (let i = 0; i < 100_000; i += 1) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`);
    const multipart = new TextEncoder().encode(`${parts.join('')}--${boundary}--\r\n`);
    // Each body on its own watch, so that the line says which one held the loop. Each says its length, as a
    // browser's does: without one the route's size limit reads the whole body to count it.
    for (const [label, send] of [
      ['1 MB of nested arrays to a calculator', () => t.app.request('/api/v1/calculators/severance-pay', { method: 'POST', body: nested, headers: { 'content-type': 'application/json', 'content-length': String(nested.length) } })],
      ['a multipart complaint of 100,000 fields', () => t.app.request('/api/v1/complaints', { method: 'POST', body: multipart, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(multipart.byteLength) } })],
    ] as const) {
      let status = 0;
      const crafted = await watch(async () => {
        const answer = await send();
        await answer.arrayBuffer();
        status = answer.status;
      }, health);
      out.push([
        `worst event-loop stall: crafted body, ${label}`,
        `${format(crafted.stallMs)} ms (budget 100 ms; longest step by this thread's CPU ${format(crafted.stallCpuMs)} ms); answered ${status}`,
      ]);
    }
  } finally {
    await t.close();
  }
  return out;
}

if (import.meta.main) for (const [label, value] of await stallBenchmarks()) console.log(`${label}  ${value}`);
