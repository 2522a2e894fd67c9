/**
 * @module heat.refresh
 * Fetches the CWA datasets on a schedule (a durable job) and caches them in the database. When CWA cannot be reached
 * (no key, network down, HTTP errors, broken JSON) nothing stored is touched: the heat page keeps
 * serving the last data and staff readings, and the log says so once per change of state rather
 * than at every tick.
 */
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import { CwaError, type CwaClient } from './cwa.client.ts';
import type { HeatService } from './heat.service.ts';

export type RefreshSummary = {
  stored: { dataset: string; records: number }[];
  failed: { dataset: string; error: string }[];
};

type Job = { dataset: string; run: () => Promise<number> };

function jobs(client: CwaClient, service: HeatService): Job[] {
  return [
    { dataset: 'O-A0001-001', run: async () => (await service.storeObservations((await client.observations('O-A0001-001')).records, 'cwa')).stored },
    { dataset: 'O-A0003-001', run: async () => (await service.storeObservations((await client.observations('O-A0003-001')).records, 'cwa')).stored },
    { dataset: client.forecastDataset, run: async () => (await service.storeForecast((await client.townshipForecast()).records, 'cwa')).stored },
    { dataset: 'M-A0085-001', run: async () => (await service.storeHeatInjury((await client.heatInjuryIndex()).records, 'cwa')).stored },
  ];
}

export function createHeatRefresher({ client, service, logger }: { client: CwaClient; service: HeatService; logger: Logger }) {
  /** Last error per dataset (null: last attempt worked), so that a repeated failure is logged once. */
  const lastError = new Map<string, string | null>();

  return {
    async refresh(): Promise<RefreshSummary> {
      const summary: RefreshSummary = { stored: [], failed: [] };
      for (const job of jobs(client, service)) {
        try {
          const records = await job.run();
          await service.recordFetch(job.dataset, { ok: true, records });
          summary.stored.push({ dataset: job.dataset, records });
          if (lastError.get(job.dataset)) logger.info({ dataset: job.dataset, records }, 'CWA data is back: heat data live again');
          lastError.set(job.dataset, null);
        } catch (error) {
          const short = error instanceof CwaError ? error.short : 'store-failed';
          summary.failed.push({ dataset: job.dataset, error: short });
          await service.recordFetch(job.dataset, { ok: false, error: short }).catch(() => undefined);
          if (lastError.get(job.dataset) !== short) {
            const message =
              short === 'malformed'
                ? 'CWA sent a response that is not the expected JSON: ignored, keeping the last heat data'
                : 'CWA data unavailable: heat data offline, serving the last stored data and staff readings';
            if (error instanceof CwaError) logger.warn({ dataset: job.dataset, error: short }, message);
            else logger.error({ dataset: job.dataset, err: error }, 'storing CWA data failed');
          }
          lastError.set(job.dataset, short);
        }
      }
      return summary;
    },
  };
}

export const heatRefreshJob = 'heat.refresh';

/**
 * A cron expression for "every `minutes`": minute steps below an hour (a step of 7 restarts at each full
 * hour), hour steps above it. CWA updates observations every 10 minutes and forecasts every 6 hours.
 */
export function everyMinutesCron(minutes: number): string {
  if (minutes < 60) return `*/${minutes} * * * *`;
  const hours = Math.min(24, Math.max(1, Math.round(minutes / 60)));
  return hours >= 24 ? '0 0 * * *' : `0 */${hours} * * *`;
}

export type ScheduleHeatRefreshOptions = {
  jobs: JobsService;
  client: CwaClient;
  service: HeatService;
  intervalMinutes: number;
  logger: Logger;
};

/**
 * Refreshes now and then every `intervalMinutes`, as the durable job `heat.refresh` (ADR 0013): with
 * several instances the refresh runs on one of them, not on each. The queue holds at most one waiting
 * refresh, so instances that start together do not pile them up. A CWA outage is not a failed job: the
 * refresher keeps the last data and records the outage; only an unexpected error (the database) fails
 * the try. Without an API key it logs once that heat data is offline and schedules nothing.
 */
export async function scheduleHeatRefresh({ jobs, client, service, intervalMinutes, logger }: ScheduleHeatRefreshOptions): Promise<void> {
  if (!client.hasKey) {
    // A schedule left by an earlier start with a key would otherwise keep sending refreshes.
    await jobs.unschedule(heatRefreshJob);
    logger.warn('CWA_API_KEY is not set: heat data is offline; the heat page serves the last stored data and staff readings');
    return;
  }
  const refresher = createHeatRefresher({ client, service, logger });
  await jobs.work(heatRefreshJob, async () => void (await refresher.refresh()), {
    policy: 'short',
    retryLimit: 1,
    retryDelaySeconds: 60,
    retryBackoff: false,
    expireInSeconds: 10 * 60,
  });
  await jobs.schedule(heatRefreshJob, everyMinutesCron(intervalMinutes));
  await jobs.send(heatRefreshJob);
}
