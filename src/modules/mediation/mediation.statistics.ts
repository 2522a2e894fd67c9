/**
 * Mediation statistics for a period (issue 11 §1): the cases received in it, by site, route, dispute type and
 * outcome, with the amounts claimed and agreed; the claims by kind; and for each deadline how many were met in
 * time, met late or are overdue, with the average days taken to meet it (calendar days from the event that
 * started its period). Computed from the same deadline rules as the case lists, so the two never disagree.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { inScope, type UnitScope } from '../../shared/scope.ts';
import { deadlineKinds } from './mediation.contract.ts';
import { caseDeadlines, deadlineRules, isOverdue, metLate, type BureauCalendar, type CaseDates, type DeadlineKind } from './mediation.deadlines.ts';
import type { CaseRow } from './mediation.service.ts';

type Group = { key: string; cases: number; claimed: number; agreed: number };

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export async function mediationStatistics(deps: {
  db: Db;
  rows: CaseRow[];
  datesOf: (row: CaseRow) => CaseDates;
  calendar: BureauCalendar;
  today: string;
  from: string;
  to: string;
}) {
  const { rows } = deps;
  const groups = (keyOf: (row: CaseRow) => string): Group[] => {
    const map = new Map<string, Group>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = map.get(key) ?? { key, cases: 0, claimed: 0, agreed: 0 };
      group.cases += 1;
      group.claimed += Number(row.claim_total);
      group.agreed += row.agreed_amount === null ? 0 : Number(row.agreed_amount);
      map.set(key, group);
    }
    return [...map.values()].sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key));
  };
  const ids = rows.map((r) => r.id);
  const claims = ids.length
    ? (
        await deps.db.query<{ kind: string; claims: number; claimed: number }>(
          'SELECT kind, count(*)::int AS claims, coalesce(sum(amount), 0)::bigint AS claimed FROM mediation_claims WHERE case_id = ANY($1::uuid[]) GROUP BY kind ORDER BY kind',
          [ids],
        )
      ).rows.map((c) => ({ kind: c.kind, claims: Number(c.claims), claimed: Number(c.claimed) }))
    : [];

  // The event each period runs from, to count the days taken.
  const startOf = (kind: DeadlineKind, dates: CaseDates): string | null =>
    ({
      'appoint-mediator': dates.receivedOn,
      'start-mediation': dates.appointedOn,
      'mediation-proposal': dates.startedOn,
      'choose-members': dates.committee?.notifiedOn ?? null,
      'convene-committee': dates.committee?.membersOn ?? null,
      'investigation-report': dates.committee?.investigatorOn ?? null,
      'committee-meeting': dates.committee?.reportOn ?? null,
    })[kind];
  const tally = new Map<DeadlineKind, { met: number; late: number; overdue: number; days: number[] }>();
  for (const row of rows) {
    const dates = deps.datesOf(row);
    for (const deadline of caseDeadlines(dates, deps.calendar)) {
      const entry = tally.get(deadline.kind) ?? { met: 0, late: 0, overdue: 0, days: [] };
      if (deadline.metOn !== null) {
        if (metLate(deadline)) entry.late += 1;
        else entry.met += 1;
        const start = startOf(deadline.kind, dates);
        if (start) entry.days.push(daysBetween(start, deadline.metOn));
      } else if (row.outcome === null && isOverdue(deadline, deps.today)) entry.overdue += 1;
      tally.set(deadline.kind, entry);
    }
  }
  return {
    from: deps.from,
    to: deps.to,
    cases: rows.length,
    claimed: rows.reduce((sum, r) => sum + Number(r.claim_total), 0),
    agreed: rows.reduce((sum, r) => sum + (r.agreed_amount === null ? 0 : Number(r.agreed_amount)), 0),
    bySite: groups((r) => r.unit_code),
    byRoute: groups((r) => r.route),
    byDisputeType: groups((r) => r.dispute_type),
    byOutcome: groups((r) => r.outcome ?? 'open'),
    byClaimKind: claims,
    deadlines: deadlineKinds
      .filter((kind) => tally.has(kind))
      .map((kind) => {
        const entry = tally.get(kind)!;
        return {
          kind,
          article: deadlineRules[kind].article,
          metInTime: entry.met,
          metLate: entry.late,
          overdue: entry.overdue,
          averageDays: entry.days.length ? Math.round((entry.days.reduce((a, b) => a + b, 0) / entry.days.length) * 10) / 10 : null,
        };
      }),
  };
}

export const statisticsWhere = (scope: UnitScope, from: string, to: string) =>
  sql<boolean>`${inScope(scope, 'm')} AND m.received_on >= cast(${from} as date) AND m.received_on <= cast(${to} as date)`;
