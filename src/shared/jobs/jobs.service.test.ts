import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import type { Db } from '../../db/client.ts';
import { createLogger } from '../logger.ts';
import { createJobsService, type JobsService } from './jobs.service.ts';

/** Polls `check` until it holds (jobs run on pg-boss's own timers, not ours). */
async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('durable jobs (pg-boss)', () => {
  let db: Db;
  let jobs: JobsService;
  before(async () => {
    db = await createTestDb();
    jobs = createJobsService({ db, logger: createLogger('silent') });
    const started = performance.now();
    await jobs.start();
    // What start costs (schema creation on a fresh database): printed so that a slow-down is seen.
    console.log(`# pg-boss start on ${db.engine}: ${Math.round(performance.now() - started)} ms`);
  });
  after(async () => {
    await jobs.stop();
    await db.close();
  });

  it('retries a failing job with growing delays until it succeeds', async () => {
    const tries: number[] = [];
    await jobs.work<{ n: number }>(
      'test-flaky',
      async (job) => {
        tries.push(Date.now());
        assert.equal(job.data.n, 7);
        if (job.attempt < 3) throw new Error(`try ${job.attempt} failed`);
      },
      { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true, pollingIntervalSeconds: 0.5 },
    );
    const id = await jobs.send('test-flaky', { n: 7 });
    assert.ok(id);
    const done = await waitFor(async () => {
      const job = await jobs.get(id);
      return job?.state === 'completed' && job;
    });
    assert.equal(tries.length, 3);
    assert.equal(done.attempts, 3);
    assert.equal(done.lastError, null);
    const [first = 0, second = 0, third = 0] = tries;
    // Backoff from a 1 s delay: 1–2 s before the second try, 2–4 s before the third.
    assert.ok(second - first >= 950, `first retry after ${second - first} ms`);
    assert.ok(third - second >= 1950, `second retry after ${third - second} ms`);
  });

  it('after its last try keeps the job as failed with its error, and runs it again when retried', async () => {
    let fail = true;
    let runs = 0;
    await jobs.work(
      'test-broken',
      async () => {
        runs += 1;
        if (fail) throw new Error('SMTP refused: 554 relay denied');
      },
      { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
    );
    const id = await jobs.send('test-broken', {});
    assert.ok(id);
    const failed = await waitFor(async () => {
      const job = await jobs.get(id);
      return job?.state === 'failed' && job;
    });
    assert.equal(runs, 2, 'the first try and one retry');
    assert.equal(failed.attempts, 2);
    assert.equal(failed.lastError, 'SMTP refused: 554 relay denied');
    assert.deepEqual(
      (await jobs.list({ state: 'failed' })).map((job) => job.id),
      [id],
    );

    fail = false;
    assert.equal(await jobs.retry(id), 'retried');
    assert.equal(await jobs.retry(id), 'not-failed', 'queued again: nothing to retry');
    const done = await waitFor(async () => {
      const job = await jobs.get(id);
      return job?.state === 'completed' && job;
    });
    assert.equal(runs, 3);
    assert.equal(done.attempts, 3);
    assert.equal(await jobs.retry('00000000-0000-4000-8000-000000000000'), 'not-found');
    assert.equal(await jobs.retry('not-a-uuid'), 'not-found');
  });

  it('enqueues in the caller’s transaction: a rolled-back change leaves no job', async () => {
    const seen: string[] = [];
    await jobs.work<{ tag: string }>('test-tx', async (job) => void seen.push(job.data.tag), { pollingIntervalSeconds: 0.5 });
    await assert.rejects(
      db.transaction(async (tx) => {
        await jobs.send('test-tx', { tag: 'rolled-back' }, { tx });
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const kept = await db.transaction((tx) => jobs.send('test-tx', { tag: 'committed' }, { tx }));
    assert.ok(kept);
    await waitFor(async () => seen.includes('committed'));
    const { rows } = await db.query(`SELECT data->>'tag' AS tag FROM pgboss.job WHERE name = 'test-tx'`);
    assert.deepEqual(rows, [{ tag: 'committed' }]);
    assert.deepEqual(seen, ['committed']);
  });

  it('keeps one queued job per singleton key on a short queue, and honours startAfter', async () => {
    await jobs.work('test-later', async () => undefined, { pollingIntervalSeconds: 0.5, policy: 'short' });
    const later = new Date(Date.now() + 60 * 60_000);
    const first = await jobs.send('test-later', {}, { singletonKey: 'complaint-1', startAfter: later });
    const second = await jobs.send('test-later', {}, { singletonKey: 'complaint-1', startAfter: later });
    assert.ok(first);
    assert.equal(second, null);
    const job = await jobs.get(first);
    assert.equal(job?.state, 'created');
    assert.equal(job?.attempts, 0);
    assert.equal(job?.runAt, later.toISOString());
    const other = await jobs.send('test-later', {}, { singletonKey: 'complaint-2', startAfter: later });
    assert.ok(other && other !== first, 'another key is another job');
  });

  it('stops gracefully: a job that is running finishes before stop() returns', async () => {
    let running = false;
    let finished = false;
    await jobs.work(
      'test-slow',
      async () => {
        running = true;
        await new Promise((resolve) => setTimeout(resolve, 1000));
        finished = true;
      },
      { pollingIntervalSeconds: 0.5 },
    );
    const id = await jobs.send('test-slow', {});
    await waitFor(async () => running);
    await jobs.stop({ timeoutMs: 5000 });
    assert.equal(finished, true);
    assert.equal(jobs.started, false);
    const { rows } = await db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [id]);
    assert.equal(rows[0]?.state, 'completed');
  });

  it('on a later start, creates nothing for a queue already there, and still brings its options up to the code', async () => {
    const noop = async () => undefined;
    const first = createJobsService({ db, logger: createLogger('silent') });
    await first.start();
    await first.work('test-restart-options', noop, { retryLimit: 2, retryDelaySeconds: 5 });
    await first.stop({ timeoutMs: 1000 });
    const retryLimit = async () =>
      (await db.query<{ retry_limit: number }>(`SELECT retry_limit FROM pgboss.queue WHERE name = 'test-restart-options'`)).rows[0]?.retry_limit;
    assert.equal(await retryLimit(), 2);
    // A later release (a second service on the same database) changes the retries.
    const later = createJobsService({ db, logger: createLogger('silent') });
    await later.start();
    try {
      await later.work('test-restart-options', noop, { retryLimit: 6, retryDelaySeconds: 5 });
      assert.equal(await retryLimit(), 6);
      // And one with the same options as stored: the queue is left as it is, and works.
      await later.work('test-restart-same', noop, { retryLimit: 3 });
      const id = await later.send('test-restart-same', {});
      assert.ok(id);
    } finally {
      await later.stop({ timeoutMs: 1000 });
    }
  });
});
