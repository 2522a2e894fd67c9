/**
 * The caseload dashboard (Primero's KPIs: case load, time from open to close, placements): per case manager
 * or per unit, the open cases, overdue tasks of open cases, closed cases with the average days from opening
 * to closure, and the share of cases with a placement. Counts only, nothing about any person.
 */
import type { z } from '@hono/zod-openapi';
import { unitParams, type UnitScope } from '../../shared/scope.ts';
import type { caseloadResult } from './cases.contract.ts';
import type { CasesContext } from './cases.core.ts';

type Row = { key: string; label: string; open: number; closed: number; overdue: number; placed: number; total: number; avg_days: number | null };

export function createCaseload({ db, today }: CasesContext) {
  return {
    async compute(scope: UnitScope, by: 'manager' | 'station'): Promise<z.infer<typeof caseloadResult>> {
      const on = today();
      const [kind, code] = unitParams(scope);
      const key = by === 'manager' ? 'c.manager_id::text' : `c.unit_kind || ':' || COALESCE(c.unit_code, '')`;
      const label = by === 'manager' ? 'min(s.display_name)' : `min(COALESCE(c.unit_code, c.unit_kind))`;
      // `key` and `label` are one of two fixed expressions above, never input.
      const rows = await db.query<Row>(
        `SELECT ${key} AS key, ${label} AS label,
           count(*) FILTER (WHERE c.status = 'open') AS open,
           count(*) FILTER (WHERE c.status = 'closed') AS closed,
           COALESCE(sum(o.overdue) FILTER (WHERE c.status = 'open'), 0)::int AS overdue,
           count(*) FILTER (WHERE c.placed_on IS NOT NULL) AS placed,
           count(*) AS total,
           (avg(c.closed_on - c.opened_on) FILTER (WHERE c.status = 'closed'))::float8 AS avg_days
         FROM cases c
         JOIN staff_users s ON s.id = c.manager_id
         LEFT JOIN (SELECT case_id, count(*)::int AS overdue FROM case_tasks WHERE done_on IS NULL AND due_on < $3::date GROUP BY case_id) o
           ON o.case_id = c.id
         WHERE ($1::text IS NULL OR (c.unit_kind = $1 AND c.unit_code = $2))
         GROUP BY ${key}
         ORDER BY label, key`,
        [kind, code, on],
      );
      return {
        today: on,
        by,
        rows: rows.rows.map((r) => ({
          key: r.key,
          label: r.label,
          open: Number(r.open),
          overdueTasks: Number(r.overdue),
          closed: Number(r.closed),
          averageDaysToClose: r.avg_days === null ? null : Math.round(Number(r.avg_days) * 10) / 10,
          placedShare: Number(r.total) === 0 ? null : Number(r.placed) / Number(r.total),
        })),
      };
    },
  };
}
