/**
 * The complaints work queue on the dashboard (issue 15 §8a). A supervisor (complaints.assign) sees the whole
 * queue; an inspector sees the complaints assigned to them. Overdue follows the overdue list's rule (the
 * 14-day notice or the 60-day reply missed on today's Taiwan date); due soon is an open complaint whose next
 * deadline falls within the coming week.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { hasPermission } from '../access/permissions.ts';
import type { WorkQueueProvider } from '../work-queue/work-queue.ts';
import { addDays, localDate, openStatuses } from './complaints.workflow.ts';

const soonDays = 7;

export function complaintsWorkQueue(deps: { db: Db; clock: () => Date; timeZone: string }): WorkQueueProvider {
  return async (staff: StaffPrincipal) => {
    const supervisor = hasPermission(staff.roles, 'complaints.assign');
    if (!supervisor && !hasPermission(staff.roles, 'complaints.handle')) return null;
    const today = localDate(deps.clock(), deps.timeZone);
    const soon = addDays(today, soonDays);
    const weekAgo = addDays(today, -soonDays);
    const missed = (day: string) => `(reply_due_on < '${day}'::date OR (notice_sent_at IS NULL AND notice_due_on < '${day}'::date))`;
    // The days are our own ISO dates (never user input), written into the SQL so both engines plan it alike.
    const row = (
      await deps.db.query<{ new: number; unassigned: number; due_soon: number; overdue: number }>(
        `SELECT
           count(*) FILTER (WHERE (received_at AT TIME ZONE $3)::date > '${weekAgo}'::date)::int AS new,
           count(*) FILTER (WHERE assigned_to IS NULL)::int AS unassigned,
           count(*) FILTER (WHERE NOT ${missed(today)} AND ${missed(addDays(soon, 1))})::int AS due_soon,
           count(*) FILTER (WHERE ${missed(today)})::int AS overdue
         FROM complaints
         WHERE status = ANY($1::text[]) AND ($2::uuid IS NULL OR assigned_to = $2::uuid)`,
        [[...openStatuses], supervisor ? null : staff.id, deps.timeZone],
      )
    ).rows[0]!;
    const mine = supervisor ? '' : '&mine=true';
    return {
      key: 'complaints',
      mine: !supervisor,
      counts: { new: row.new, unassigned: row.unassigned, dueSoon: row.due_soon, overdue: row.overdue },
      links: {
        new: `/staff/complaints?sort=-receivedAt${mine}`,
        unassigned: '/staff/complaints?status=received',
        dueSoon: `/staff/complaints?sort=replyDueOn${mine}`,
        ...(supervisor ? { overdue: '/staff/complaints/overdue' } : {}),
      },
    };
  };
}
