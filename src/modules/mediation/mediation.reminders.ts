/**
 * Deadline reminders to staff (issue 11 §1: "deadlines drive due dates, reminders and overdue lists"; ADR 0042).
 *
 * Each morning the job looks at every open case's unmet deadlines (the same rules as the lists, with the
 * article of each) and e-mails, through the notifications outbox:
 * - a deadline whose last day is within the set number of days (today included): the person who must act;
 * - a deadline whose last day has passed: that person again, and the site's supervising role when the
 *   settings say so.
 * "The person who must act" is the case's mediator (the committee's chair) when the mediator has a staff
 * account with a work address; the bureau's own steps (appointing a mediator, designating committee
 * members after Art. 14 para. 1's period) and mediators without an account go to the supervising role.
 * Each message is claimed (`mediation_deadline_reminders`) in the same transaction that enqueues it, so
 * repeated or parallel runs never send it twice. The days before are the bureau's choice, entered as data
 * (`mediation_reminder_settings`), not a legal figure; without settings nothing is sent. The message holds
 * the case number, the deadline, its article and its day: never a party's name.
 */
import { addDays } from '#labor-rules';
import type { Db, Queryable } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { AccessService, StaffContact } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { catalogText, resolveLocale } from '../notifications/notifications.templates.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { Deadline, DeadlineKind } from './mediation.deadlines.ts';
import type { NoticeSender } from './mediation.sessions.ts';

export const deadlineReminderJob = 'mediation.deadline-reminders';

export type ReminderSettings = { daysBefore: number; remindSupervisorWhenOverdue: boolean };

/** What the reminders need of the access module: its contacts read model (ADR 0042). */
export type StaffContacts = Pick<AccessService, 'contactsIn' | 'contactsWithPermissionIn'>;

/** The steps that are the bureau's own, not the mediator's: the supervising role is reminded of them. */
const bureauSteps: ReadonlySet<DeadlineKind> = new Set(['appoint-mediator', 'choose-members']);

type OpenCase = { id: string; case_number: string; unit_code: string; mediator_user: string | null; deadlines: Deadline[] };

export function createMediationReminders(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  notices: NoticeSender;
  staff?: StaffContacts | undefined;
  today: () => string;
  publicBaseUrl: string;
  /** The open cases with their deadlines, computed as the lists compute them. */
  openCases: (tx: Queryable) => Promise<OpenCase[]>;
}) {
  const { db, clock } = deps;
  const { bureau } = deps.referenceData.city;

  async function settings(on: Queryable = db): Promise<ReminderSettings | null> {
    const row = (await on.query<{ days_before: number; remind_supervisor_when_overdue: boolean }>(
      'SELECT days_before, remind_supervisor_when_overdue FROM mediation_reminder_settings WHERE id = 1',
    )).rows[0];
    return row ? { daysBefore: row.days_before, remindSupervisorWhenOverdue: row.remind_supervisor_when_overdue } : null;
  }

  async function setSettings(staff: StaffPrincipal, input: ReminderSettings, requestId: string): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO mediation_reminder_settings (id, days_before, remind_supervisor_when_overdue, updated_by, updated_at) VALUES (1, $1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET days_before = EXCLUDED.days_before, remind_supervisor_when_overdue = EXCLUDED.remind_supervisor_when_overdue,
           updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [input.daysBefore, input.remindSupervisorWhenOverdue, staff.id, clock()],
      );
      await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'mediation.reminder-settings', recordType: 'mediation-reminder-settings', requestId, details: { ...input }, occurredAt: clock() });
    });
  }

  /** One run (the daily job). Returns the number of messages enqueued. */
  async function sendDeadlineReminders(): Promise<number> {
    const contacts = deps.staff;
    if (!contacts) return 0;
    return db.transaction(async (tx) => {
      const current = await settings(tx);
      if (!current) return 0;
      // Two instances running the job at once would both see nothing claimed yet; the claim rows stop a
      // double send anyway, the lock only saves the second instance the work.
      if (db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(742011)');
      const day = deps.today();
      const lastDayToRemind = addDays(day, current.daysBefore);
      const supervisorsBySite = new Map<string, StaffContact[]>();
      const supervisorsOf = async (site: string) => {
        if (!supervisorsBySite.has(site)) supervisorsBySite.set(site, await contacts.contactsWithPermissionIn(tx, 'mediation.assign', { kind: 'mediation-site', code: site }));
        return supervisorsBySite.get(site) ?? [];
      };
      let sent = 0;
      for (const open of await deps.openCases(tx)) {
        const mediator = open.mediator_user ? (await contacts.contactsIn(tx, [open.mediator_user]))[0] : undefined;
        for (const deadline of open.deadlines) {
          if (deadline.metOn !== null) continue;
          const overdue = day > deadline.dueOn;
          if (!overdue && deadline.dueOn > lastDayToRemind) continue;
          const actsAlone = !bureauSteps.has(deadline.kind) && mediator;
          const recipients = new Map<string, StaffContact>();
          if (actsAlone) recipients.set(mediator.id, mediator);
          if (!actsAlone || (overdue && current.remindSupervisorWhenOverdue)) {
            for (const supervisor of await supervisorsOf(open.unit_code)) recipients.set(supervisor.id, supervisor);
          }
          const stage = overdue ? 'overdue' : 'due-soon';
          for (const recipient of recipients.values()) {
            const claimed = await tx.query(
              `INSERT INTO mediation_deadline_reminders (case_id, kind, due_on, stage, recipient_id, sent_at) VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT DO NOTHING`,
              [open.id, deadline.kind, deadline.dueOn, stage, recipient.id, clock()],
            );
            if (!claimed.rowCount) continue;
            const locale: Locale = resolveLocale(recipient.locale);
            const notificationId = await deps.notices.notify(tx, {
              recordType: 'mediation-case', recordId: open.id, channel: 'email', template: overdue ? 'mediation-deadline-overdue' : 'mediation-deadline-reminder',
              locale, to: recipient.email,
              params: {
                bureau: locale === 'zh-TW' ? bureau.name : bureau.nameEn, caseNumber: open.case_number,
                deadline: catalogText(locale, `notifications.mediation-deadline.kind.${deadline.kind}`), article: deadline.article, dueOn: deadline.dueOn,
                link: `${deps.publicBaseUrl.replace(/\/$/, '')}/staff/mediation/${open.id}`,
              },
            });
            await tx.query(
              'UPDATE mediation_deadline_reminders SET notification_id = $6 WHERE case_id = $1 AND kind = $2 AND due_on = $3 AND stage = $4 AND recipient_id = $5',
              [open.id, deadline.kind, deadline.dueOn, stage, recipient.id, notificationId],
            );
            sent += 1;
          }
        }
      }
      return sent;
    });
  }

  return {
    reminderSettings: () => settings(),
    setReminderSettings: setSettings,
    sendDeadlineReminders,
    async startReminderWorkers(jobs: JobsService) {
      await jobs.work(deadlineReminderJob, async () => {
        await sendDeadlineReminders();
      }, { policy: 'short', retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true });
      // 07:30 in the bureau's time zone: before the counters open, after the night's imports.
      await jobs.schedule(deadlineReminderJob, '30 7 * * *');
    },
  };
}
