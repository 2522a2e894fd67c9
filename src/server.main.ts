/**
 * Starts the platform: migrate, seed demo data on a fresh database, start the durable jobs, listen. Run through
 * `server.ts`, which turns on the compile cache first. The only file that listens. Several of these processes
 * may share one PostgreSQL (ADR 0015).
 */
import { openDb } from './db/client.ts';
import { serve } from '@hono/node-server';
import { Redis } from 'ioredis';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { createChannels } from './modules/notifications/notifications.channels.ts';
import { exitWithStartupError, openPlatform } from './platform.ts';
import { schedulePlatformJobs } from './platform-jobs.ts';
import { createRateLimiter, databaseRateLimitStore, redisRateLimitStore } from './shared/http/rate-limit.ts';
import { createJobsService } from './shared/jobs/jobs.service.ts';
import { preloadPdfFonts } from './shared/documents/pdf.ts';

const platform = await openPlatform({ seedDemo: true }).catch(exitWithStartupError);
const { config, logger, db, referenceData } = platform;
const clock = () => new Date();

// Jobs start before the server listens, so that a request can enqueue one; pg-boss creates or
// migrates its `pgboss` schema here.
const jobs = createJobsService({ db, logger, timeZone: referenceData.city.bureau.timeZone });
await jobs.start().catch(async (error: unknown) => {
  await db.close();
  exitWithStartupError(error);
});
await schedulePlatformJobs({ jobs, db, logger, referenceData, config, clock });

// Rate-limit counters are shared by every instance: in Redis when configured, else in the database.
// Redis calls fail fast (no offline queue), and then count in the database instead.
const redis = config.redisUrl
  ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, lazyConnect: false })
  : undefined;
redis?.on('error', () => undefined); // reported once by the store when a count falls back
// Give Redis a moment to connect, so that the first requests count there rather than fall back.
if (redis) await new Promise((resolve) => (redis.once('ready', resolve), setTimeout(resolve, 2000).unref()));
const rateLimitStore = redis ? redisRateLimitStore(redis, databaseRateLimitStore(db), logger) : databaseRateLimitStore(db);

// The replica is only read: its schema comes from the primary's migrations through replication.
const readDb = config.databaseReadUrl ? await openDb({ databaseUrl: config.databaseReadUrl, dataDir: config.dataDir }).catch(exitWithStartupError) : undefined;

const app = createApp({
  readDb,
  publicBaseUrl: config.publicBaseUrl,
  oidc: config.oidc,
  db,
  notificationChannels: createChannels(
    { isProduction: config.nodeEnv === 'production', smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, sms: config.sms },
    logger,
  ),
  logger,
  referenceData,
  settings: {
    sessionTtlMinutes: config.sessionTtlMinutes,
    loginMaxFailures: config.loginMaxFailures,
    loginLockoutMinutes: config.loginLockoutMinutes,
    bodyLimitBytes: config.bodyLimitBytes,
    secureCookies: config.nodeEnv === 'production',
    trustProxy: config.trustProxy,
  },
  webRoot: fileURLToPath(new URL('../web/dist', import.meta.url)),
  publicOrigin: config.publicOrigin,
  jobs,
  rateLimitStore,
  loginLimiter: createRateLimiter({ limit: config.loginRateLimit, windowMs: 5 * 60_000, store: rateLimitStore }),
  // Citizens and employers sign in under the same setting as staff: one limit per address, one place to set it.
  accountSignInLimiter: createRateLimiter({ limit: config.loginRateLimit, windowMs: 5 * 60_000, store: rateLimitStore }),
});

// Notification delivery (ADR 0014): declared before the first request can queue a notice.
await app.startWorkers();

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info(
    { engine: db.engine, city: referenceData.city.code, rateLimits: redis ? 'redis' : 'database' },
    `Labor Affairs Platform listening on http://${shownHost}:${info.port}`,
  );
  // After listening, so that a warm start is not held for it; a PDF asked for sooner reads them itself.
  preloadPdfFonts().catch((error: unknown) => logger.error({ err: error }, 'PDF fonts could not be read'));
});
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    process.stderr.write(`\nPort ${config.port} is already in use: stop the other server or set PORT.\n\n`);
  } else {
    process.stderr.write(`\n${error.stack ?? error.message}\n\n`);
  }
  void jobs
    .stop({ timeoutMs: 1000 })
    .then(() => db.close())
    .finally(() => process.exit(1));
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    // Stop taking requests, let running jobs finish (they are retried if cut off), then close.
    server.close();
    void jobs
      .stop({ timeoutMs: 10_000 })
      .catch((error: unknown) => logger.error({ err: { message: (error as Error).message } }, 'jobs did not stop cleanly'))
      .then(() => redis?.quit().catch(() => undefined))
      .then(() => readDb?.close())
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
}
