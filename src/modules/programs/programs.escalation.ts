/**
 * @module programs/escalation
 * The scheduled job (pg-boss, ADR 0013) that escalates open applications at the point their definition
 * names (the death consolation at 48 of its 72 hours), every ten minutes so that a deadline counted from the
 * hour of the application is caught within minutes of its escalation point.
 */
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import type { ProgramsService } from './programs.service.ts';

export const programEscalationJob = 'programs.escalate-deadlines';

export async function scheduleProgramEscalation({ jobs, programs, logger }: { jobs: JobsService; programs: Pick<ProgramsService, 'escalateDue'>; logger?: Logger }) {
  await jobs.work(
    programEscalationJob,
    async () => {
      const escalated = await programs.escalateDue();
      if (escalated.length) logger?.info({ escalated: escalated.length }, 'program applications escalated before their deadline');
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true },
  );
  await jobs.schedule(programEscalationJob, '*/10 * * * *');
  // And once now: a point passed while the server was down is escalated at start, not up to 10 minutes later.
  await jobs.send(programEscalationJob, {});
}
