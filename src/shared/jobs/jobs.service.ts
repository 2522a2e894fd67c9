/**
 * @module jobs
 * Durable jobs on pg-boss (ADR 0013): every deferred or scheduled piece of work is a row in the
 * database, so it survives a restart, is retried with backoff, stays visible with its error after its
 * last try, and is claimed by exactly one of several server instances (SKIP LOCKED).
 *
 * One service per process, created by the server (or a test) and passed to what needs it. Creating it
 * costs nothing; `start()` creates or migrates pg-boss's own `pgboss` schema and starts polling, so only
 * the server and the tests that run jobs pay for it.
 */
import { PgBoss, type Job, type JobResult, type Queue } from 'pg-boss';
import type { Db, Queryable } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import { bossDatabase, bossTransaction } from './pg-boss-db.ts';

export const jobStates = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

export type JobSummary = {
  id: string;
  name: string;
  state: JobState;
  /** Tries so far: 0 while waiting for its first run. */
  attempts: number;
  /** The message of the last failure, when the last try failed. */
  lastError: string | null;
  /** When it runs (queued), ran last (active, failed) or was due (completed). */
  runAt: string;
};

export type RetryOptions = {
  /** Tries after the first one before the job is failed for good. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay at each try (with jitter), from `retryDelaySeconds`. */
  retryBackoff?: boolean;
  retryDelayMaxSeconds?: number;
  /** A try that runs longer than this is failed (and retried). */
  expireInSeconds?: number;
  /**
   * `short`: at most one queued job per `singletonKey` (a second send answers null); `standard`
   * (default) ignores the key. Fixed when the queue is first created.
   */
  policy?: 'standard' | 'short';
};

export type WorkOptions = RetryOptions & {
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
  /** Jobs of this queue run at the same time in this process. */
  concurrency?: number;
  /** Jobs claimed per fetch (run one after the other, each settled on its own); more for busy queues. */
  batchSize?: number;
};

export type JobContext<T> = { id: string; name: string; data: T; /** 1 on the first try. */ attempt: number; signal: AbortSignal };
export type JobHandler<T> = (job: JobContext<T>) => Promise<unknown>;

export type SendOptions = {
  /** Enqueue in this open transaction: the job exists only if the transaction commits. */
  tx?: Queryable;
  startAfter?: Date | number;
  /** On a `short` queue: at most one queued job with this key at a time. */
  singletonKey?: string;
};

export type JobsService = {
  /** Enqueues a job; answers its id (null when a job with the same `singletonKey` is already queued). */
  send(name: string, data?: object, options?: SendOptions): Promise<string | null>;
  /** Runs `handler` for each job of `name`; a thrown error fails the try and schedules a retry. */
  work<T extends object>(name: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** Sends a job `name` on a cron schedule (in the bureau's time zone), once across all instances. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /** Removes the schedule of `name`, if any. */
  unschedule(name: string): Promise<void>;
  /** The most recent jobs, newest first, optionally in one state. */
  list(filter?: { state?: JobState | undefined; limit?: number }): Promise<JobSummary[]>;
  get(id: string): Promise<JobSummary | null>;
  /**
   * Queues a failed job again for one more try. `alongside` runs in the same transaction (the audit
   * record of who retried it).
   */
  retry(
    id: string,
    options?: { alongside?: (tx: Queryable, job: { id: string; name: string }) => Promise<void> },
  ): Promise<'retried' | 'not-found' | 'not-failed'>;
  start(): Promise<void>;
  /** Stops taking work and waits (up to `timeoutMs`) for the jobs that are running. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  readonly started: boolean;
};

export type JobsSettings = {
  db: Db;
  logger: Logger;
  /** Time zone of cron schedules. */
  timeZone?: string;
  /** Seconds between pg-boss maintenance passes (expiry, retention); tests shorten it. */
  superviseIntervalSeconds?: number;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const defaultRetry: Required<Pick<RetryOptions, 'retryLimit' | 'retryDelaySeconds' | 'retryBackoff'>> = {
  retryLimit: 4,
  retryDelaySeconds: 30,
  retryBackoff: true,
};

function queueOptions(options: RetryOptions): Omit<Queue, 'name'> {
  const retry = { ...defaultRetry, ...options };
  return {
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: retry.retryBackoff,
    ...(retry.retryDelayMaxSeconds !== undefined ? { retryDelayMax: retry.retryDelayMaxSeconds } : {}),
    ...(retry.expireInSeconds !== undefined ? { expireInSeconds: retry.expireInSeconds } : {}),
  };
}

type JobRow = {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  started_on: Date | string | null;
  start_after: Date | string;
  output: { message?: unknown } | null;
};

function summary(row: JobRow): JobSummary {
  const failed = row.state === 'failed' || row.state === 'retry';
  const message = failed && row.output && typeof row.output.message === 'string' ? row.output.message : null;
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    attempts: row.started_on ? Number(row.retry_count) + 1 : 0,
    lastError: message ? message.slice(0, 500) : null,
    runAt: new Date(row.start_after).toISOString(),
  };
}

export function createJobsService(settings: JobsSettings): JobsService {
  const { db, logger } = settings;
  const log = logger.child({ component: 'jobs' });
  const boss = new PgBoss({
    db: bossDatabase(db),
    backend: db.engine === 'pglite' ? 'pglite' : 'postgres',
    schema: 'pgboss',
    superviseIntervalSeconds: settings.superviseIntervalSeconds ?? 60,
    // The monitor pass is what fails an expired try (a process killed in a job): it follows the same setting,
    // or a restarted instance would wait out the dead one's last pass before the job comes back.
    monitorIntervalSeconds: settings.superviseIntervalSeconds ?? 60,
    // pg-boss's instance registry and OpenTelemetry spans are not used here.
    registerInstance: false,
    openTelemetry: { enabled: false },
  });
  boss.on('error', (error) => log.error({ err: { type: error.name, message: error.message } }, 'job system error'));
  let started = false;
  let starting: Promise<void> | undefined;
  const queues = new Set<string>();
  // The queues in the database when this instance started, read once: a start on an existing database then
  // creates and updates only what changed, instead of three statements per queue (issue 16 §4: warm start).
  let stored = new Map<string, Omit<Queue, 'name'>>();

  async function ensureQueue(name: string, options?: RetryOptions) {
    const existing = stored.get(name);
    if (options) {
      const wanted = queueOptions(options);
      if (!queues.has(name) && !existing) await boss.createQueue(name, { ...wanted, policy: options.policy ?? 'standard' });
      // Options of a queue made by an earlier release follow the code.
      const same = existing && Object.entries(wanted).every(([key, value]) => existing[key as keyof typeof existing] === value);
      if (!same) await boss.updateQueue(name, wanted);
    } else if (!queues.has(name) && !existing) {
      await boss.createQueue(name, queueOptions({}));
    }
    queues.add(name);
  }

  function assertStarted(what: string) {
    if (!started) throw new Error(`jobs: ${what} before start()`);
  }

  const select = `SELECT id, name, state, retry_count, started_on, start_after, output FROM pgboss.job`;

  return {
    get started() {
      return started;
    },

    async start() {
      starting ??= (async () => {
        if (db.engine === 'postgres') {
          // Instances starting together on a fresh database would race in pg-boss's install: it takes
          // its advisory lock inside the install's own transaction, whose catalog view is from before
          // the wait, so the second CREATE SCHEMA IF NOT EXISTS fails on a duplicate key. Holding our
          // lock around the whole start makes the second instance begin after the first has committed.
          await db.transaction(async (tx) => {
            await tx.query('SELECT pg_advisory_xact_lock(742004)');
            await boss.start();
          });
        } else {
          await boss.start();
        }
        stored = new Map((await boss.getQueues()).map(({ name, ...queue }) => [name, queue]));
        started = true;
      })();
      await starting;
    },

    async stop(options = {}) {
      if (!started) return;
      started = false;
      starting = undefined;
      await boss.stop({ graceful: true, timeout: options.timeoutMs ?? 10_000, close: true });
    },

    async send(name, data = {}, options = {}) {
      assertStarted(`send(${name})`);
      if (!queues.has(name)) {
        // Creating a queue inside the caller's transaction would wait on it (PGlite has one connection).
        if (options.tx) throw new Error(`jobs: queue ${name} must be declared by work() before it is sent in a transaction`);
        await ensureQueue(name);
      }
      return boss.send(name, data, {
        ...(options.tx ? { db: bossTransaction(options.tx) } : {}),
        ...(options.startAfter !== undefined ? { startAfter: options.startAfter instanceof Date ? options.startAfter : new Date(options.startAfter) } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      });
    },

    async work<T extends object>(name: string, handler: JobHandler<T>, options: WorkOptions = {}) {
      assertStarted(`work(${name})`);
      await ensureQueue(name, options);
      await boss.work<T>(
        name,
        {
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
          localConcurrency: options.concurrency ?? 1,
          batchSize: options.batchSize ?? 1,
          perJobResults: true,
        },
        async (batch: Job<T>[]) => {
          const results: JobResult[] = [];
          for (const job of batch) {
            const attempt = job.retryCount + 1;
            try {
              await handler({ id: job.id, name: job.name, data: job.data, attempt, signal: job.signal });
              results.push({ id: job.id, status: 'completed' });
            } catch (error) {
              // The job row keeps the message (shown to admins); the log says which job failed.
              const err = error instanceof Error ? error : new Error(String(error));
              log.warn({ job: job.name, jobId: job.id, attempt, err: { type: err.name, message: err.message } }, 'job failed');
              results.push({ id: job.id, status: 'failed', output: { name: err.name, message: err.message } });
            }
          }
          return results;
        },
      );
    },

    async schedule(name, cron, data = {}) {
      assertStarted(`schedule(${name})`);
      await ensureQueue(name);
      await boss.schedule(name, cron, data, { tz: settings.timeZone ?? 'UTC' });
    },

    async unschedule(name) {
      assertStarted(`unschedule(${name})`);
      await boss.unschedule(name);
    },

    async list(filter = {}) {
      if (!started) return [];
      const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500);
      // pg-boss's own queues (names starting with __pgboss) are its business, not the bureau's.
      const { rows } = await db.query<JobRow>(
        `${select} WHERE name NOT LIKE '\\_\\_pgboss%' AND ($1::text IS NULL OR state::text = $1)
         ORDER BY created_on DESC, id LIMIT $2`,
        [filter.state ?? null, limit],
      );
      return rows.map(summary);
    },

    async get(id) {
      if (!started || !uuidPattern.test(id)) return null;
      const { rows } = await db.query<JobRow>(`${select} WHERE id = $1`, [id]);
      return rows[0] ? summary(rows[0]) : null;
    },

    async retry(id, options = {}) {
      if (!started || !uuidPattern.test(id)) return 'not-found';
      const { rows } = await db.query<{ name: string; state: JobState }>(`SELECT name, state FROM pgboss.job WHERE id = $1`, [id]);
      const job = rows[0];
      if (!job) return 'not-found';
      if (job.state !== 'failed') return 'not-failed';
      // The queue of a stored job is in pg-boss's queue cache (loaded at start, or made here), so the
      // retry below reads nothing outside the transaction, which PGlite's one connection could not serve.
      return db.transaction(async (tx) => {
        const result = (await boss.retry(job.name, id, { db: bossTransaction(tx) })) as { affected?: number };
        if ((result.affected ?? 0) === 0) return 'not-failed' as const;
        await options.alongside?.(tx, { id, name: job.name });
        return 'retried' as const;
      });
    },
  };
}
