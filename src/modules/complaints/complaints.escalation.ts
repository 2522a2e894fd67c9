/**
 * @module complaints.escalation
 * The daily job that records each missed complaint deadline once (the 14-day result notice of Labor
 * Inspection Act Art. 33, the 60-day written reply), with an audit line, so that supervisors are told
 * and the case file shows when. Sending the reminder mail builds on the rows written here.
 */
import type { Db } from '../../db/client.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { localDate, openStatuses, type Deadline } from './complaints.workflow.ts';

export const complaintEscalationJob = 'complaints.escalate-overdue';

export type Escalation = { complaintId: string; deadline: Deadline; dueOn: string };

/**
 * Records every deadline missed on the bureau's calendar day of `now` that is not recorded yet, in one
 * transaction with its audit lines. Idempotent: a second run the same day records nothing.
 */
export async function escalateOverdueComplaints(db: Db, { now, timeZone }: { now: Date; timeZone: string }): Promise<Escalation[]> {
  const today = localDate(now, timeZone);
  return db.transaction(async (tx) => {
    // The deadline runs to the end of the due day: overdue from the day after.
    const { rows } = await tx.query<{ complaint_id: string; deadline: Deadline; due_on: string }>(
      `INSERT INTO complaint_escalations (complaint_id, deadline, due_on, escalated_at)
       SELECT c.id, d.deadline, d.due_on, $3
         FROM complaints c
         CROSS JOIN LATERAL (VALUES ('notice', c.notice_due_on, c.notice_sent_at IS NULL),
                                    ('reply', c.reply_due_on, true)) AS d (deadline, due_on, pending)
        WHERE c.status = ANY($1) AND d.pending AND d.due_on < $2::date
       ON CONFLICT (complaint_id, deadline) DO NOTHING
       RETURNING complaint_id, deadline, due_on`,
      [openStatuses, today, now],
    );
    for (const row of rows) {
      await recordAudit(tx, {
        actor: null,
        action: 'complaint.escalate',
        recordType: 'complaint',
        recordId: row.complaint_id,
        details: { deadline: row.deadline, dueOn: row.due_on },
        occurredAt: now,
      });
    }
    return rows.map((row) => ({ complaintId: row.complaint_id, deadline: row.deadline, dueOn: row.due_on }));
  });
}

/** Every morning at 07:00 in the bureau's time zone, before the working day. */
export async function scheduleComplaintEscalation({
  jobs,
  db,
  clock,
  timeZone,
  logger,
}: {
  jobs: JobsService;
  db: Db;
  clock: () => Date;
  timeZone: string;
  logger: Logger;
}): Promise<void> {
  await jobs.work(
    complaintEscalationJob,
    async () => {
      const escalated = await escalateOverdueComplaints(db, { now: clock(), timeZone });
      if (escalated.length) logger.info({ escalated: escalated.length }, 'missed complaint deadlines recorded');
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true },
  );
  await jobs.schedule(complaintEscalationJob, '0 7 * * *');
}
