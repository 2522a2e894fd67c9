/**
 * The morning reminders to migrant officers (ADR 0032), through the notifications outbox:
 * - each officer's visit tasks due within 14 days and overdue ones, one message per officer and day, and
 *   each task recorded as reminded that day, so a second run the same day sends nothing more;
 * - each open 1955 dispatch on the day before its deadline (dispatches-1955.deadline.ts), and once when it
 *   is overdue.
 * Staff accounts hold no address: an officer is reached at the address the supervisor keeps for them
 * (migrant_staff_contacts); an officer without one is counted as unreachable and reminded once one is set.
 * The messages hold counts, numbers and dates, never a worker's name.
 */
import type { Db } from '../../db/client.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { dispatchReminder } from './dispatches-1955.deadline.ts';
import { addDays } from './migrant-workers.dates.ts';
import { dueSoonDays, localDay } from './migrant-workers.visits.ts';

export const migrantRemindersJob = 'migrant-workers.reminders';

export type ReminderRun = { officersNotified: number; tasksReminded: number; dispatchesReminded: number; unreachable: number };

export function createMigrantReminders(deps: {
  db: Db;
  clock: () => Date;
  timeZone: string;
  notifications: Pick<NotificationsService, 'notify'>;
  publicBaseUrl: string;
}) {
  const { db, clock, timeZone } = deps;
  const link = (path: string) => `${deps.publicBaseUrl.replace(/\/$/, '')}${path}`;

  /** One run (the daily job; idempotent for the day). */
  async function run(): Promise<ReminderRun> {
    const today = localDay(clock(), timeZone);
    return db.transaction(async (tx) => {
      // Two instances running the job at once would both see nothing reminded yet.
      if (db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(742032)');
      const tasks = await tx.query<{ id: string; assigned_to: string; due_on: string; email: string | null; locale: string | null }>(
        `SELECT t.id, t.assigned_to, t.due_on, c.email, c.locale
           FROM migrant_visit_tasks t LEFT JOIN migrant_staff_contacts c ON c.staff_id = t.assigned_to
          WHERE t.status = 'open' AND t.assigned_to IS NOT NULL AND t.due_on <= $2
            AND NOT EXISTS (SELECT 1 FROM migrant_reminders r WHERE r.record_id = t.id AND r.reminded_on = $1
                              AND r.kind IN ('visit-task-due', 'visit-task-overdue'))
          ORDER BY t.assigned_to, t.due_on, t.id`,
        [today, addDays(today, dueSoonDays)],
      );
      const byOfficer = new Map<string, typeof tasks.rows>();
      for (const row of tasks.rows) byOfficer.set(row.assigned_to, [...(byOfficer.get(row.assigned_to) ?? []), row]);
      let officersNotified = 0;
      let tasksReminded = 0;
      let unreachable = 0;
      for (const [officerId, rows] of byOfficer) {
        const first = rows[0];
        if (!first?.email) {
          unreachable += 1;
          continue;
        }
        const overdue = rows.filter((row) => row.due_on < today).length;
        const notificationId = await deps.notifications.notify(tx, {
          recordType: 'migrant-officer',
          recordId: officerId,
          channel: 'email',
          template: 'migrant-visit-tasks-reminder',
          locale: first.locale ?? 'zh-TW',
          to: first.email,
          params: { dueSoon: String(rows.length - overdue), overdue: String(overdue), days: String(dueSoonDays), link: link('/staff/migrant-workers/tasks?mine=true') },
        });
        for (const row of rows) {
          await tx.query(
            `INSERT INTO migrant_reminders (kind, record_id, reminded_on, staff_id, notification_id) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT DO NOTHING`,
            [row.due_on < today ? 'visit-task-overdue' : 'visit-task-due', row.id, today, officerId, notificationId],
          );
        }
        officersNotified += 1;
        tasksReminded += rows.length;
      }

      // Dispatches: the day before the deadline (or on it), and once overdue; each kind once per dispatch.
      const dispatches = await tx.query<{ id: string; dispatch_number: string; reply_deadline: string; assigned_to: string; email: string | null; locale: string | null }>(
        `SELECT d.id, d.dispatch_number, d.reply_deadline, d.assigned_to, c.email, c.locale
           FROM migrant_dispatches d LEFT JOIN migrant_staff_contacts c ON c.staff_id = d.assigned_to
          WHERE d.replied_on IS NULL AND d.reply_deadline <= $1
          ORDER BY d.reply_deadline, d.id`,
        [addDays(today, 1)],
      );
      let dispatchesReminded = 0;
      for (const row of dispatches.rows) {
        const kind = dispatchReminder({ replyDeadline: row.reply_deadline, repliedOn: null, today });
        if (!kind) continue;
        const sent = await tx.query('SELECT 1 FROM migrant_reminders WHERE kind = $1 AND record_id = $2', [kind, row.id]);
        if (sent.rowCount > 0) continue;
        if (!row.email) {
          unreachable += 1;
          continue;
        }
        const notificationId = await deps.notifications.notify(tx, {
          recordType: 'migrant-dispatch',
          recordId: row.id,
          channel: 'email',
          template: kind === 'dispatch-due' ? 'migrant-dispatch-due' : 'migrant-dispatch-overdue',
          locale: row.locale ?? 'zh-TW',
          to: row.email,
          params: { dispatchNumber: row.dispatch_number, deadline: row.reply_deadline, link: link(`/staff/migrant-workers/dispatches/${row.id}`) },
        });
        await tx.query(
          'INSERT INTO migrant_reminders (kind, record_id, reminded_on, staff_id, notification_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
          [kind, row.id, today, row.assigned_to, notificationId],
        );
        dispatchesReminded += 1;
      }
      return { officersNotified, tasksReminded, dispatchesReminded, unreachable };
    });
  }

  return {
    run,

    /** Every morning at 07:30 in the bureau's time zone, once across instances (ADR 0013). */
    async startWorkers(jobs: JobsService, logger: Logger) {
      await jobs.work(
        migrantRemindersJob,
        async () => {
          const result = await run();
          logger.info(result, 'migrant-worker reminders sent');
        },
        { policy: 'short', retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true },
      );
      await jobs.schedule(migrantRemindersJob, '30 7 * * *');
    },
  };
}

export type MigrantReminders = ReturnType<typeof createMigrantReminders>;
