/**
 * @module indicators.jobs
 * The monthly snapshot (ADR 0022): on the 1st of each month at 02:00 in the bureau's time zone, the month
 * before is closed (frozen) unless an analyst closed it already. Later corrections show up in the review's
 * recompute, never in the reported figure.
 */
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import { previousMonth } from './indicators.periods.ts';
import type { IndicatorsService } from './indicators.service.ts';

export const indicatorSnapshotJob = 'indicators.monthly-snapshot';

/** The bureau's calendar day of `now`, YYYY-MM-DD. */
function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export async function runIndicatorSnapshot(indicators: IndicatorsService, now: Date, timeZone: string) {
  const period = previousMonth(localDay(now, timeZone));
  return { period, closed: await indicators.snapshot(period) };
}

export async function scheduleIndicatorSnapshots({
  jobs, indicators, clock, timeZone, logger,
}: { jobs: JobsService; indicators: IndicatorsService; clock: () => Date; timeZone: string; logger: Logger }): Promise<void> {
  await jobs.work(
    indicatorSnapshotJob,
    async () => {
      const result = await runIndicatorSnapshot(indicators, clock(), timeZone);
      logger.info({ period: result.period, closed: result.closed !== null }, 'indicator monthly snapshot');
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true },
  );
  await jobs.schedule(indicatorSnapshotJob, '0 2 1 * *');
}
