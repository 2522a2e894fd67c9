/**
 * @module unions.jobs
 * The daily election reminder (issue 11 §4): at 07:00 in the bureau's time zone, one message to the unions
 * officer for each union whose board term ends within the lead days entered as data.
 */
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import type { UnionReportsService } from './unions.reports.ts';

export const electionReminderJob = 'unions.election-reminders';

export async function scheduleElectionReminders({ jobs, reports, logger }: { jobs: JobsService; reports: UnionReportsService; logger: Logger }): Promise<void> {
  await jobs.work(
    electionReminderJob,
    async () => {
      const sent = await reports.sendElectionReminders();
      logger.info({ sent }, 'union election reminders');
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true },
  );
  await jobs.schedule(electionReminderJob, '0 7 * * *');
}
