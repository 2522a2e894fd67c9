/**
 * Exactly once across instances: two jobs services, each with its own pg-boss and its own connection
 * pool, as two server processes would have, share one PostgreSQL database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createTestDb } from '../../../test/create-test-db.ts';
import { wrapPgPool, type Db } from '../../db/client.ts';
import { createLogger } from '../logger.ts';
import { createJobsService, type JobsService } from './jobs.service.ts';

const databaseUrl = process.env.DATABASE_URL;
const skip = databaseUrl ? false : 'needs a PostgreSQL server: set DATABASE_URL (the embedded engine is one process, ADR 0004)';

describe('jobs on two instances sharing one PostgreSQL', { skip }, () => {
  let db: Db;
  let otherDb: Db;
  let instances: JobsService[];
  before(async () => {
    db = await createTestDb();
    const { rows } = await db.query<{ name: string }>('SELECT current_database() AS name');
    const url = new URL(databaseUrl!);
    url.pathname = `/${rows[0]!.name}`;
    otherDb = wrapPgPool(new pg.Pool({ connectionString: url.toString(), max: 5 }));
    instances = [db, otherDb].map((each) => createJobsService({ db: each, logger: createLogger('silent') }));
    for (const jobs of instances) await jobs.start();
    await db.exec('CREATE TABLE test_job_runs (job_id uuid NOT NULL, instance int NOT NULL)');
  });
  after(async () => {
    for (const jobs of instances ?? []) await jobs.stop();
    await otherDb?.close();
    await db?.close();
  });

  it('hands each of many jobs to exactly one instance', async () => {
    const total = 300;
    for (const [index, jobs] of instances.entries()) {
      await jobs.work<{ n: number }>(
        'test-once',
        async (job) => {
          await (index === 0 ? db : otherDb).query('INSERT INTO test_job_runs (job_id, instance) VALUES ($1, $2)', [job.id, index]);
        },
        { pollingIntervalSeconds: 0.5, concurrency: 2, batchSize: 10 },
      );
    }
    // Sent from both instances, as requests on either server would.
    const ids = await Promise.all(Array.from({ length: total }, (_, n) => instances[n % 2]!.send('test-once', { n })));
    assert.equal(new Set(ids).size, total);

    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'test-once' AND state = 'completed'`,
      );
      if (rows[0]!.count === total) break;
      if (Date.now() > deadline) throw new Error(`only ${rows[0]!.count} of ${total} jobs completed`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { rows: runs } = await db.query<{ job_id: string; runs: number }>(
      'SELECT job_id, count(*)::int AS runs FROM test_job_runs GROUP BY job_id',
    );
    assert.equal(runs.length, total, 'every job ran');
    assert.deepEqual(
      runs.filter((run) => run.runs !== 1),
      [],
      'no job ran twice',
    );
    const { rows: perInstance } = await db.query<{ instance: number; jobs: number }>(
      'SELECT instance, count(*)::int AS jobs FROM test_job_runs GROUP BY instance ORDER BY instance',
    );
    assert.equal(perInstance.length, 2, `both instances took work: ${JSON.stringify(perInstance)}`);
  });
});
