/**
 * kill -9 during a job (issue 16 §3): the process running a job dies in the middle of it. The job is a row in
 * the database (ADR 0013), so after a restart it is neither lost nor run twice to completion: its try expires,
 * it is tried again, and its effect is recorded exactly once. On the engine the suite runs on.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDb, type Db } from '../src/db/client.ts';
import { createJobsService } from '../src/shared/jobs/jobs.service.ts';
import { createLogger } from '../src/shared/logger.ts';
import { crashQueue, crashQueueOptions } from './job-crash.ts';
import { killServer } from './server-process.ts';

const databaseUrl = process.env.DATABASE_URL;
const workerPath = fileURLToPath(new URL('./job-worker-process.ts', import.meta.url));

describe('crash safety: kill -9 while a job runs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lap-job-crash-'));
  const scratch = `lap_job_crash_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  const target = () => {
    if (!databaseUrl) return { dataDir: join(folder, 'data') };
    const url = new URL(databaseUrl);
    url.pathname = `/${scratch}`;
    return { databaseUrl: url.toString() };
  };
  const open = () => openDb(target());

  before(async () => {
    if (databaseUrl) {
      await admin(`DROP DATABASE IF EXISTS ${scratch}`);
      await admin(`CREATE DATABASE ${scratch}`);
    }
    const db = await open();
    await db.exec('CREATE TABLE crash_job_marks (job_id uuid NOT NULL, attempt int NOT NULL)');
    await db.exec('CREATE TABLE crash_job_effects (job_id uuid PRIMARY KEY, attempt int NOT NULL)');
    await db.close();
  });
  after(async () => {
    rmSync(folder, { recursive: true, force: true });
    if (databaseUrl) await admin(`DROP DATABASE IF EXISTS ${scratch}`);
  });

  it('tries the job again after the restart and completes it once', async () => {
    const { databaseUrl: url, dataDir } = target();
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...(url ? { DATABASE_URL: url } : { DATA_DIR: dataDir! }) };
    const child = spawn(process.execPath, [workerPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const started = Date.now();
    while (!output.includes('began ') && child.exitCode === null && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(output, /began [0-9a-f-]{36}/, `the job never began:\n${output}`);
    await killServer(child);
    const jobId = /began ([0-9a-f-]{36})/.exec(output)![1]!;

    // The restarted process: pg-boss's maintenance finds the try expired (ADR 0013) and the job comes back.
    let db: Db | undefined;
    const jobs = await (async () => {
      db = await open();
      const service = createJobsService({ db, logger: createLogger('silent'), superviseIntervalSeconds: 1 });
      await service.start();
      return service;
    })();
    try {
      const before = await db!.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [jobId]);
      assert.equal(before.rows[0]?.state, 'active', 'the job the killed process held is still marked as running');
      await jobs.work<{ order: string }>(
        crashQueue,
        async (job) => {
          await db!.query('INSERT INTO crash_job_effects (job_id, attempt) VALUES ($1, $2)', [job.id, job.attempt]);
        },
        crashQueueOptions,
      );
      const deadline = Date.now() + 60_000;
      for (;;) {
        const summary = await jobs.get(jobId);
        if (summary?.state === 'completed') break;
        assert.ok(Date.now() < deadline, `the job did not complete after the restart: ${JSON.stringify(summary)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const marks = await db!.query<{ attempt: number }>('SELECT attempt FROM crash_job_marks WHERE job_id = $1', [jobId]);
      const effects = await db!.query<{ attempt: number }>('SELECT attempt FROM crash_job_effects WHERE job_id = $1', [jobId]);
      assert.deepEqual(marks.rows.map((r) => r.attempt), [1], 'the killed try began once');
      assert.deepEqual(effects.rows.map((r) => r.attempt), [2], 'the job completed once, on its second try');
    } finally {
      await jobs.stop({ timeoutMs: 5_000 });
      await db?.close();
    }
  });
});
