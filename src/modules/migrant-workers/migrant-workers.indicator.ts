/**
 * Indicator 8 (新入境外勞 3 個月內訪視率, plan 第二部分 八-01, weight 5 %, target 61 %) as a read model for the
 * indicators module. Definitions (docs/migrant-workers.md §Indicator 8):
 * - a new arrival is a registered arrival (one migrant_workers record) whose arrival date is in the period;
 * - it is visited within 3 months when a visit is dated (visited_on, the day of the visit, not the day it
 *   was recorded) from the arrival date to the due date inclusive;
 * - it is excluded when it was not so visited and the worker left Taiwan or went out of contact on or before
 *   the due date: there was no one left to visit;
 * - it is pending when it was not so visited, is not excluded, and its due date is on or after the as-of
 *   day: its window is still open, so it counts neither way yet;
 * - rate = visited within 3 months ÷ (arrivals − excluded − pending) × 100, one decimal.
 */
import type { z } from '@hono/zod-openapi';
import type { Queryable } from '../../db/client.ts';
import type { indicator8 } from './migrant-workers.contract.ts';

/** The plan's target for indicator 8 (第二部分, 八-01: 61%). */
export const indicator8Target = 61;

export type Indicator8Dimension = 'district' | 'officer' | 'nationality';

type Figures = { arrivals: number; excluded: number; pending: number; denominator: number; visitedWithinWindow: number; rate: number | null };

const keyExpression: Record<Indicator8Dimension, string> = {
  district: 'w.district_code',
  nationality: 'w.nationality',
  // The officer who made the first visit in the window, else the one the task is with now.
  officer: "coalesce(v.display_name, s.display_name, '-')",
};

function figures(row: { arrivals: number; excluded: number; pending: number; visited: number }): Figures {
  const denominator = row.arrivals - row.excluded - row.pending;
  return {
    arrivals: row.arrivals,
    excluded: row.excluded,
    pending: row.pending,
    denominator,
    visitedWithinWindow: row.visited,
    rate: denominator > 0 ? Math.round((row.visited / denominator) * 1000) / 10 : null,
  };
}

/**
 * Indicator 8 for arrivals from `from` to `to` (inclusive), as of `asOf` (the day the figure is taken,
 * normally today in Taiwan); `by` adds the drill-down.
 */
export async function computeIndicator8(
  on: Queryable,
  params: { from: string; to: string; asOf: string; by?: Indicator8Dimension | undefined },
): Promise<z.infer<typeof indicator8>> {
  const classified = `
    WITH first_visit AS (
      SELECT DISTINCT ON (mv.task_id) mv.task_id, mv.visited_on, su.display_name
      FROM migrant_visits mv JOIN migrant_visit_tasks mt ON mt.id = mv.task_id
      JOIN migrant_workers mw ON mw.id = mt.worker_id
      LEFT JOIN staff_users su ON su.id = mv.recorded_by
      WHERE mv.visited_on BETWEEN mw.arrival_date AND mt.due_on
      ORDER BY mv.task_id, mv.visited_on, mv.recorded_at
    )
    SELECT %KEY% AS key,
      count(*)::int AS arrivals,
      count(*) FILTER (WHERE v.task_id IS NOT NULL)::int AS visited,
      count(*) FILTER (WHERE v.task_id IS NULL AND w.status IN ('left-taiwan', 'out-of-contact')
        AND w.status_since IS NOT NULL AND w.status_since <= t.due_on)::int AS excluded,
      count(*) FILTER (WHERE v.task_id IS NULL AND NOT (w.status IN ('left-taiwan', 'out-of-contact')
        AND w.status_since IS NOT NULL AND w.status_since <= t.due_on) AND t.due_on >= $3)::int AS pending
    FROM migrant_workers w
    JOIN migrant_visit_tasks t ON t.worker_id = w.id AND t.kind = 'arrival'
    LEFT JOIN first_visit v ON v.task_id = t.id
    LEFT JOIN staff_users s ON s.id = t.assigned_to
    WHERE w.arrival_date BETWEEN $1 AND $2
    %GROUP%`;
  const args = [params.from, params.to, params.asOf];
  type Row = { key: string; arrivals: number; excluded: number; pending: number; visited: number };
  const total = (await on.query<Row>(classified.replace('%KEY%', "'all'").replace('%GROUP%', ''), args)).rows[0] ?? {
    key: 'all',
    arrivals: 0,
    excluded: 0,
    pending: 0,
    visited: 0,
  };
  const result: z.infer<typeof indicator8> = {
    from: params.from,
    to: params.to,
    asOf: params.asOf,
    target: indicator8Target,
    ...figures(total),
  };
  if (params.by) {
    const expression = keyExpression[params.by];
    const rows = (await on.query<Row>(classified.replace('%KEY%', expression).replace('%GROUP%', `GROUP BY 1 ORDER BY 1`), args)).rows;
    result.breakdown = rows.map((row) => ({ key: row.key, ...figures(row) }));
  }
  return result;
}
