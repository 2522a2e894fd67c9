/**
 * A process that runs one job and dies in it: it opens the database the environment names (DATABASE_URL, or
 * PGlite in DATA_DIR), sends one `crash-test` job, and works it with a handler that records that it began and
 * then never finishes. The test kills this process with SIGKILL once the begin mark is in the database.
 */
import { openDb } from '../src/db/client.ts';
import { createJobsService } from '../src/shared/jobs/jobs.service.ts';
import { createLogger } from '../src/shared/logger.ts';
import { crashQueue, crashQueueOptions } from './job-crash.ts';

const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
const jobs = createJobsService({ db, logger: createLogger('silent') });
await jobs.start();
await jobs.work<{ order: string }>(
  crashQueue,
  async (job) => {
    await db.query('INSERT INTO crash_job_marks (job_id, attempt) VALUES ($1, $2)', [job.id, job.attempt]);
    process.stdout.write(`began ${job.id}\n`);
    await new Promise(() => undefined);
  },
  crashQueueOptions,
);
await jobs.send(crashQueue, { order: 'first' });
