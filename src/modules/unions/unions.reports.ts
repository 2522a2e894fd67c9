/**
 * Unions, second part (issue 11 §4, ADR 0037): each union's annual report (members, income and spending by
 * category), the elections that renew a board's term, the reminder to the unions officer before a term
 * ends, and the social dialogue register (六-1, 六-2) with its follow-ups.
 */
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';

export type MoneyLine = { category: string; amount: number };
export type AnnualReportInput = { year: number; members: number; income: MoneyLine[]; spending: MoneyLine[]; filedOn: string };
export type DialogueInput = {
  kind: 'meeting' | 'partnership_event';
  heldOn: string;
  title: string;
  parties: { name: string; side: 'employers' | 'workers' | 'government' | 'other' }[];
  issues: string;
  attendance?: number | undefined;
  followUps: { action: string; owner: string; dueOn: string }[];
};

const total = (lines: readonly MoneyLine[]) => lines.reduce((t, l) => t + l.amount, 0);

/** The bureau's calendar day of an instant, YYYY-MM-DD. */
function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const dialogueSortKeys = ['heldOn', 'title'] as const;
type DialogueSortKey = (typeof dialogueSortKeys)[number];
const dialogueSortColumns = {
  heldOn: { expression: sql.ref('d.held_on'), type: 'date' },
  title: { expression: sql.ref('d.title'), type: 'text' },
} satisfies Record<DialogueSortKey, SortColumn>;

export type DialogueRow = {
  id: string; kind: 'meeting' | 'partnership_event'; held_on: string; title: string; parties: DialogueInput['parties']; issues: string; attendance: number | null;
  follow_ups: { id: string; action: string; owner: string; due_on: string; done_on: string | null }[];
};

export const toDialogue = (today: string) => (r: DialogueRow) => ({
  id: r.id, kind: r.kind, heldOn: r.held_on, title: r.title, parties: r.parties, issues: r.issues, attendance: r.attendance,
  followUps: r.follow_ups.map((f) => ({ id: f.id, action: f.action, owner: f.owner, dueOn: f.due_on, doneOn: f.done_on, overdue: f.done_on === null && f.due_on < today })),
});

export function createUnionReportsService(deps: { db: Db; clock: () => Date; timeZone: string; notifications: Pick<NotificationsService, 'notify'>; bureauName: (locale: string) => string }) {
  const { db, clock } = deps;
  const actor = (staff: StaffPrincipal | null) => (staff ? { id: staff.id, username: staff.username } : null);
  const today = () => localDay(clock(), deps.timeZone);
  const unionExists = async (on: Queryable, id: string) => Boolean((await on.query('SELECT 1 FROM unions WHERE id = $1 FOR UPDATE', [id])).rowCount);

  return {
    today,

    /** One report per union and year: a second answers 409 (an amendment is its own request). */
    async fileReport(staff: StaffPrincipal | null, unionId: string, input: AnnualReportInput, requestId: string) {
      return db.transaction(async (tx) => {
        if (!(await unionExists(tx, unionId))) throw new AppError('NOT_FOUND');
        const now = clock();
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO union_annual_reports (union_id, year, members, income, spending, income_total, spending_total, filed_on, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (union_id, year) DO NOTHING RETURNING id`,
          [unionId, input.year, input.members, JSON.stringify(input.income), JSON.stringify(input.spending), total(input.income), total(input.spending), input.filedOn, staff?.id ?? null, now],
        );
        const id = inserted.rows[0]?.id;
        if (!id) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: actor(staff), action: 'union.annual-report', recordType: 'union', recordId: unionId, requestId, details: { year: input.year } });
        return { id, incomeTotal: total(input.income), spendingTotal: total(input.spending), revision: 1 };
      });
    },

    /** An amendment replaces the year's report and counts its revision; the reason is in the audit trail. */
    async amendReport(staff: StaffPrincipal | null, unionId: string, year: number, input: Omit<AnnualReportInput, 'year'> & { reason: string }, requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query<{ id: string; revision: number }>(
          `UPDATE union_annual_reports SET members = $3, income = $4, spending = $5, income_total = $6, spending_total = $7, filed_on = $8, revision = revision + 1, updated_at = $9
           WHERE union_id = $1 AND year = $2 RETURNING id, revision`,
          [unionId, year, input.members, JSON.stringify(input.income), JSON.stringify(input.spending), total(input.income), total(input.spending), input.filedOn, clock()],
        );
        const row = updated.rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actor(staff), action: 'union.annual-report.amend', recordType: 'union', recordId: unionId, requestId, details: { year, revision: row.revision, reason: input.reason } });
        return { id: row.id, incomeTotal: total(input.income), spendingTotal: total(input.spending), revision: row.revision };
      });
    },

    async reports(unionId: string) {
      if (!(await db.query('SELECT 1 FROM unions WHERE id = $1', [unionId])).rowCount) throw new AppError('NOT_FOUND');
      const rows = (
        await db.query<{ id: string; year: number; members: number; income: MoneyLine[]; spending: MoneyLine[]; income_total: number; spending_total: number; filed_on: string; revision: number }>(
          `SELECT id, year, members, income, spending, income_total, spending_total, filed_on::text AS filed_on, revision FROM union_annual_reports WHERE union_id = $1 ORDER BY year DESC`,
          [unionId],
        )
      ).rows;
      return rows.map((r) => ({ id: r.id, year: r.year, members: r.members, income: r.income, spending: r.spending, incomeTotal: Number(r.income_total), spendingTotal: Number(r.spending_total), filedOn: r.filed_on, revision: r.revision }));
    },

    /** An election held: the union's term end becomes the new term's, and its chair the one elected. */
    async recordElection(staff: StaffPrincipal | null, unionId: string, input: { heldOn: string; newTermEndsOn: string; chairName?: string | undefined }, requestId: string) {
      return db.transaction(async (tx) => {
        const union = (await tx.query<{ term_ends_on: string | null }>('SELECT term_ends_on::text AS term_ends_on FROM unions WHERE id = $1 FOR UPDATE', [unionId])).rows[0];
        if (!union) throw new AppError('NOT_FOUND');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO union_elections (union_id, held_on, previous_term_ends_on, new_term_ends_on, chair_name, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (union_id, held_on) DO NOTHING RETURNING id`,
          [unionId, input.heldOn, union.term_ends_on, input.newTermEndsOn, input.chairName ?? null, staff?.id ?? null, clock()],
        );
        const id = inserted.rows[0]?.id;
        if (!id) throw new AppError('CONFLICT');
        await tx.query('UPDATE unions SET term_ends_on = $2, chair_name = COALESCE($3, chair_name), updated_at = $4 WHERE id = $1', [unionId, input.newTermEndsOn, input.chairName ?? null, clock()]);
        await recordAudit(tx, { actor: actor(staff), action: 'union.election', recordType: 'union', recordId: unionId, requestId, details: { newTermEndsOn: input.newTermEndsOn } });
        return { id };
      });
    },

    async reminderSettings() {
      const row = (await db.query<{ lead_days: number; recipient_email: string; locale: string }>('SELECT lead_days, recipient_email, locale FROM union_reminder_settings WHERE id = 1')).rows[0];
      return row ? { leadDays: row.lead_days, recipientEmail: row.recipient_email, locale: row.locale } : null;
    },

    async setReminderSettings(staff: StaffPrincipal | null, input: { leadDays: number; recipientEmail: string; locale: string }, requestId: string) {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO union_reminder_settings (id, lead_days, recipient_email, locale, updated_by, updated_at) VALUES (1, $1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET lead_days = EXCLUDED.lead_days, recipient_email = EXCLUDED.recipient_email, locale = EXCLUDED.locale, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
          [input.leadDays, input.recipientEmail, input.locale, staff?.id ?? null, clock()],
        );
        await recordAudit(tx, { actor: actor(staff), action: 'union.reminder-settings', recordType: 'union-reminder-settings', requestId, details: { leadDays: input.leadDays } });
      });
    },

    /**
     * Unions whose board term ends within the lead days (the reminder's list) or has ended with no election
     * recorded since (an election moves the term end forward), nearest first; dissolved unions are left out.
     */
    async electionsDue() {
      const settings = await this.reminderSettings();
      const day = today();
      const rows = (
        await db.query<{ id: string; name: string; registration_number: string; term_ends_on: string; days_left: number }>(
          `SELECT id, name, registration_number, term_ends_on::text AS term_ends_on, (term_ends_on - $1::date)::int AS days_left FROM unions
           WHERE dissolved_on IS NULL AND term_ends_on IS NOT NULL AND term_ends_on <= $1::date + $2::int ORDER BY term_ends_on, name`,
          [day, settings?.leadDays ?? 0],
        )
      ).rows;
      return {
        leadDays: settings?.leadDays ?? null,
        items: rows.map((r) => ({ id: r.id, name: r.name, registrationNumber: r.registration_number, termEndsOn: r.term_ends_on, daysLeft: r.days_left, ended: r.days_left < 0 })),
      };
    },

    /**
     * The daily job: one message to the unions officer for each union whose term ends within the lead days,
     * once per union and term end (the reminder row is claimed first, so two runs never send it twice).
     * Without settings entered, nothing is sent.
     */
    async sendElectionReminders(): Promise<number> {
      const settings = await this.reminderSettings();
      if (!settings) return 0;
      const day = today();
      const due = (
        await db.query<{ id: string; name: string; registration_number: string; term_ends_on: string }>(
          `SELECT u.id, u.name, u.registration_number, u.term_ends_on::text AS term_ends_on FROM unions u
           WHERE u.dissolved_on IS NULL AND u.term_ends_on BETWEEN $1::date AND $1::date + $2::int
             AND NOT EXISTS (SELECT 1 FROM union_election_reminders r WHERE r.union_id = u.id AND r.term_ends_on = u.term_ends_on)
           ORDER BY u.term_ends_on, u.id`,
          [day, settings.leadDays],
        )
      ).rows;
      let sent = 0;
      for (const union of due) {
        await db.transaction(async (tx) => {
          const claimed = await tx.query('INSERT INTO union_election_reminders (union_id, term_ends_on, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [union.id, union.term_ends_on, clock()]);
          if (!claimed.rowCount) return;
          const notificationId = await deps.notifications.notify(tx, {
            recordType: 'union', recordId: union.id, channel: 'email', template: 'union-election-reminder', locale: settings.locale, to: settings.recipientEmail,
            params: { bureau: deps.bureauName(settings.locale), unionName: union.name, registrationNumber: union.registration_number, termEndsOn: union.term_ends_on },
          });
          await tx.query('UPDATE union_election_reminders SET notification_id = $3 WHERE union_id = $1 AND term_ends_on = $2', [union.id, union.term_ends_on, notificationId]);
          sent += 1;
        });
      }
      return sent;
    },

    async recordDialogue(staff: StaffPrincipal | null, input: DialogueInput, requestId: string) {
      return db.transaction(async (tx) => {
        const id = (
          await tx.query<{ id: string }>(
            'INSERT INTO social_dialogue_meetings (kind, held_on, title, parties, issues, attendance, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
            [input.kind, input.heldOn, input.title, JSON.stringify(input.parties), input.issues, input.attendance ?? null, staff?.id ?? null, clock()],
          )
        ).rows[0]!.id;
        for (const followUp of input.followUps) {
          await tx.query('INSERT INTO social_dialogue_followups (meeting_id, action, owner, due_on, created_at) VALUES ($1, $2, $3, $4, $5)', [id, followUp.action, followUp.owner, followUp.dueOn, clock()]);
        }
        await recordAudit(tx, { actor: actor(staff), action: 'social-dialogue.record', recordType: 'social-dialogue', recordId: id, requestId, details: { kind: input.kind } });
        return { id };
      });
    },

    async completeFollowUp(staff: StaffPrincipal | null, followUpId: string, doneOn: string, requestId: string) {
      await db.transaction(async (tx) => {
        const updated = await tx.query<{ meeting_id: string }>('UPDATE social_dialogue_followups SET done_on = $2 WHERE id = $1 AND done_on IS NULL RETURNING meeting_id', [followUpId, doneOn]);
        const row = updated.rows[0];
        if (!row) {
          if ((await tx.query('SELECT 1 FROM social_dialogue_followups WHERE id = $1', [followUpId])).rowCount) throw new AppError('INVALID_TRANSITION');
          throw new AppError('NOT_FOUND');
        }
        await recordAudit(tx, { actor: actor(staff), action: 'social-dialogue.follow-up.done', recordType: 'social-dialogue', recordId: row.meeting_id, requestId });
      });
    },

    /** The register on the list contract; `openFollowUps` keeps meetings with a follow-up not done, `overdue` one past its due date. */
    dialogueList(filters: { kind?: 'meeting' | 'partnership_event' | undefined; overdue?: boolean | undefined }): ListDefinition<DialogueSortKey, DialogueRow> {
      let query = qb
        .selectFrom('social_dialogue_meetings as d')
        .select([
          'd.id', 'd.kind', 'd.title', 'd.parties', 'd.issues', 'd.attendance',
          sql<string>`d.held_on::text`.as('held_on'),
          sql<DialogueRow['follow_ups']>`COALESCE((SELECT json_agg(json_build_object('id', f.id, 'action', f.action, 'owner', f.owner, 'due_on', f.due_on::text, 'done_on', f.done_on::text) ORDER BY f.due_on, f.id) FROM social_dialogue_followups f WHERE f.meeting_id = d.id), '[]'::json)`.as('follow_ups'),
        ]);
      if (filters.kind) query = query.where('d.kind', '=', filters.kind);
      if (filters.overdue) query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM social_dialogue_followups f WHERE f.meeting_id = d.id AND f.done_on IS NULL AND f.due_on < ${today()}::date)`);
      return { query: query as never, sortKeys: dialogueSortColumns, defaultSort: '-heldOn', unique: { expression: sql.ref('d.id'), type: 'uuid' } };
    },
  };
}

export type UnionReportsService = ReturnType<typeof createUnionReportsService>;
