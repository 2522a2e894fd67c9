/**
 * The mediation work queue on the dashboard (issue 15 §8a), and the one rule for "a statutory deadline is
 * missed" that the overdue list also uses. A supervisor (mediation.assign) sees the cases of their unit; a
 * mediator sees the cases they are appointed to.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb, run } from '../../db/query.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { inScope, listScope } from '../../shared/scope.ts';
import { hasPermission } from '../access/permissions.ts';
import type { WorkQueueProvider } from '../work-queue/work-queue.ts';
import { addDays, localDate } from '../complaints/complaints.workflow.ts';

/**
 * A deadline of the case's route has passed by `day` (its last day is before it) with nothing meeting it:
 * the mediator route's appointment, start and proposal (勞資爭議處理法 Art. 12), the committee route's steps
 * (Arts. 13–16). With tomorrow's date it also finds what is due today.
 */
export function missedDeadlineBy(day: string): RawBuilder<boolean> {
  return sql<boolean>`(m.outcome IS NULL AND (
    (m.route = 'mediator' AND m.mediator_id IS NULL AND m.appoint_due_on < cast(${day} as date))
    OR (m.appointed_on IS NOT NULL AND m.started_on IS NULL AND m.start_due_on < cast(${day} as date))
    OR (m.route = 'mediator' AND m.started_on IS NOT NULL AND m.proposal_on IS NULL AND m.proposal_due_on < cast(${day} as date))
    OR (m.notified_on IS NOT NULL AND m.members_on IS NULL AND m.members_due_on < cast(${day} as date))
    OR (m.investigator_on IS NOT NULL AND m.report_on IS NULL AND m.report_due_on < cast(${day} as date))
    OR (m.report_on IS NOT NULL AND m.meeting_on IS NULL AND m.meeting_due_on < cast(${day} as date))))`;
}

// The mediator route's steps are days apart (3, 7, 10), so "soon" is the coming three days.
const soonDays = 3;

export function mediationWorkQueue(deps: { db: Db; clock: () => Date; timeZone: string }): WorkQueueProvider {
  return async (staff: StaffPrincipal) => {
    const supervisor = hasPermission(staff.roles, 'mediation.assign');
    if (!supervisor && !hasPermission(staff.roles, 'mediation.handle')) return null;
    const today = localDate(deps.clock(), deps.timeZone);
    let query = qb
      .selectFrom('mediation_cases as m')
      .leftJoin('mediators as med', 'med.id', 'm.mediator_id')
      .select([
        sql<number>`count(*) FILTER (WHERE m.received_on > cast(${addDays(today, -7)} as date))::int`.as('new'),
        sql<number>`count(*) FILTER (WHERE m.route = 'mediator' AND m.mediator_id IS NULL)::int`.as('unassigned'),
        sql<number>`count(*) FILTER (WHERE NOT ${missedDeadlineBy(today)} AND ${missedDeadlineBy(addDays(today, soonDays + 1))})::int`.as('due_soon'),
        sql<number>`count(*) FILTER (WHERE ${missedDeadlineBy(today)})::int`.as('overdue'),
      ])
      .where('m.outcome', 'is', null);
    if (supervisor) {
      // A supervisor without a home unit has no unit's queue (the list answers HOME_UNIT_REQUIRED alike).
      let scope;
      try {
        scope = listScope(staff, undefined);
      } catch {
        return null;
      }
      query = query.where(inScope(scope, 'm'));
    } else query = query.where('med.staff_user_id', '=', staff.id);
    const row = (await run(deps.db, query))[0] as { new: number; unassigned: number; due_soon: number; overdue: number };
    return {
      key: 'mediation',
      mine: !supervisor,
      counts: { new: row.new, unassigned: row.unassigned, dueSoon: row.due_soon, overdue: row.overdue },
      links: { new: '/staff/mediation', unassigned: '/staff/mediation?status=received', overdue: '/staff/mediation?overdue=true' },
    };
  };
}
