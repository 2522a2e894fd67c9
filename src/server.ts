/** Starts the platform: migrate, seed demo data on a fresh database, listen. The only file that listens. */
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { createCwaClient } from './modules/weather-heat/cwa.client.ts';
import { startHeatRefresh } from './modules/weather-heat/heat.refresh.ts';
import { createHeatService } from './modules/weather-heat/heat.service.ts';
import { createChannels } from './modules/notifications/notifications.channels.ts';
import { createJobsService } from './shared/jobs/jobs.service.ts';
import { exitWithStartupError, openPlatform } from './platform.ts';
import { createRateLimiter } from './shared/http/rate-limit.ts';

const platform = await openPlatform({ seedDemo: true }).catch(exitWithStartupError);
const { config, logger, db, referenceData } = platform;

const jobs = createJobsService({ db, logger, timeZone: referenceData.city.bureau.timeZone });
await jobs.start();

const app = createApp({
  db,
  jobs,
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
  loginLimiter: createRateLimiter({ limit: config.loginRateLimit, windowMs: 5 * 60_000 }),
});

await app.startWorkers();

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info(
    { engine: db.engine, city: referenceData.city.code },
    `Labor Affairs Platform listening on http://${shownHost}:${info.port}`,
  );
});
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    process.stderr.write(`\nPort ${config.port} is already in use: stop the other server or set PORT.\n\n`);
  } else {
    process.stderr.write(`\n${error.stack ?? error.message}\n\n`);
  }
  void db.close().finally(() => process.exit(1));
});

// CWA observations and forecasts for the heat page; offline (last data, staff readings) without a key.
const stopHeatRefresh = startHeatRefresh({
  client: createCwaClient({
    apiKey: config.cwaApiKey,
    countyName: referenceData.city.weather.cwaCountyName,
    forecastDataset: referenceData.city.weather.cwaForecastDataset,
  }),
  service: createHeatService({ db, referenceData, clock: () => new Date() }),
  intervalMinutes: config.cwaFetchIntervalMinutes,
  logger,
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopHeatRefresh();
    logger.info(`${signal}: shutting down`);
    server.close();
    void jobs
      .stop()
      .finally(() => db.close())
      .finally(() => process.exit(0));
  });
}
