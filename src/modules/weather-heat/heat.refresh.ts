/**
 * @module heat.refresh
 * Fetches the CWA datasets on a schedule and caches them in the database. When CWA cannot be reached
 * (no key, network down, HTTP errors, broken JSON) nothing stored is touched: the heat page keeps
 * serving the last data and staff readings, and the log says so once per change of state rather
 * than at every tick.
 */
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

export type StartHeatRefreshOptions = {
  client: CwaClient;
  service: HeatService;
  intervalMinutes: number;
  logger: Logger;
};

/**
 * Refreshes now and then every `intervalMinutes`; returns the function that stops it. Without an API
 * key it logs once that heat data is offline and schedules nothing.
 */
export function startHeatRefresh({ client, service, intervalMinutes, logger }: StartHeatRefreshOptions): () => void {
  if (!client.hasKey) {
    logger.warn('CWA_API_KEY is not set: heat data is offline; the heat page serves the last stored data and staff readings');
    return () => undefined;
  }
  const refresher = createHeatRefresher({ client, service, logger });
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await refresher.refresh();
    } catch (error) {
      logger.error({ err: error }, 'heat refresh failed');
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMinutes * 60_000);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
