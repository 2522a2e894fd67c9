/**
 * @module platform-jobs
 * The scheduled work of the platform, registered on the durable jobs service at server start (ADR 0013).
 * Every instance registers the same workers and schedules; pg-boss sends each scheduled job once and
 * hands it to one instance.
 */
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { deleteExpiredSessions, deleteStaleLoginFailures } from './modules/access/sessions.housekeeping.ts';
import { deleteExpiredAccountRecords } from './modules/public-accounts/public-accounts.housekeeping.ts';
import { scheduleComplaintEscalation } from './modules/complaints/complaints.escalation.ts';
import type { ReferenceData } from './modules/reference-data/reference-data.ts';
import { createCwaClient } from './modules/weather-heat/cwa.client.ts';
import { scheduleHeatRefresh } from './modules/weather-heat/heat.refresh.ts';
import { createHeatService } from './modules/weather-heat/heat.service.ts';
import { databaseRateLimitStore } from './shared/http/rate-limit.ts';
import type { JobsService } from './shared/jobs/jobs.service.ts';
import type { Logger } from './shared/logger.ts';

export const housekeepingJob = 'platform.housekeeping';

/** Nightly: expired staff sessions, ended rate-limit windows, stale sign-in failure counts and expired public-account records are deleted. */
export async function runHousekeeping(
  db: Db,
  now: Date,
): Promise<{ sessions: number; rateLimitWindows: number; loginFailures: number; accountRecords: number }> {
  const sessions = await deleteExpiredSessions(db, now);
  const rateLimitWindows = await databaseRateLimitStore(db).deleteEnded(now);
  const loginFailures = await deleteStaleLoginFailures(db, now);
  const accountRecords = await deleteExpiredAccountRecords(db, now);
  return { sessions, rateLimitWindows, loginFailures, accountRecords };
}

export type PlatformJobsDeps = {
  jobs: JobsService;
  db: Db;
  logger: Logger;
  referenceData: ReferenceData;
  config: Pick<Config, 'cwaApiKey' | 'cwaFetchIntervalMinutes'>;
  clock: () => Date;
};

export async function schedulePlatformJobs({ jobs, db, logger, referenceData, config, clock }: PlatformJobsDeps): Promise<void> {
  const timeZone = referenceData.city.bureau.timeZone;
  // CWA observations and forecasts for the heat page; offline (last data, staff readings) without a key.
  await scheduleHeatRefresh({
    jobs,
    client: createCwaClient({
      apiKey: config.cwaApiKey,
      countyName: referenceData.city.weather.cwaCountyName,
      forecastDataset: referenceData.city.weather.cwaForecastDataset,
    }),
    service: createHeatService({ db, referenceData, clock }),
    intervalMinutes: config.cwaFetchIntervalMinutes,
    logger,
  });
  await scheduleComplaintEscalation({ jobs, db, clock, timeZone, logger });
  await jobs.work(
    housekeepingJob,
    async () => {
      const deleted = await runHousekeeping(db, clock());
      logger.info(deleted, 'housekeeping: expired rows deleted');
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true },
  );
  await jobs.schedule(housekeepingJob, '30 3 * * *');
}
