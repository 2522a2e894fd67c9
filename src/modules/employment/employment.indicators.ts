/**
 * Indicator 1 of the bureau's plan, 求職就業率 (placement rate of job seekers), as a read model.
 *
 * For a period [from, to] (dates, inclusive, in the bureau's time zone):
 * - registered = the distinct job seekers whose registration date falls in the period (one person is one job
 *   seeker: job_seekers.person_id is unique);
 * - placed = those of them with at least one referral recorded as hired whose start date is on or after the
 *   registration date and on or before `to`;
 * - rate = placed ÷ registered × 100, rounded to one decimal; null when nobody registered.
 * Drill-downs count the same people by the station that registered them, the person's district, each
 * 特定對象 group recorded with consent (a person in two groups counts in both; none → key null), or the
 * officer who registered them. Counts only, never a person.
 */
import type { Db } from '../../db/client.ts';

export type IndicatorBy = 'station' | 'district' | 'special-group' | 'officer';
export type PlacementRate = {
  from: string;
  to: string;
  registered: number;
  placed: number;
  rate: number | null;
  by: IndicatorBy | null;
  rows: { key: string | null; registered: number; placed: number; rate: number | null }[];
};

const rate = (placed: number, registered: number) => (registered === 0 ? null : Math.round((placed / registered) * 1000) / 10);

const keyExpression: Record<IndicatorBy, string> = {
  station: 'j.unit_code',
  district: 'p.district_code',
  'special-group': 'g.grp',
  officer: 's.username',
};

export function createEmploymentIndicators({ db }: { db: Db }) {
  return {
    async placementRate({ from, to, by }: { from: string; to: string; by?: IndicatorBy | undefined }): Promise<PlacementRate> {
      const base = `
        WITH cohort AS (
          SELECT j.id, j.unit_code, j.person_id, j.officer_id,
            EXISTS (SELECT 1 FROM referrals r WHERE r.job_seeker_id = j.id AND r.status = 'hired'
                    AND r.start_on >= j.registered_on AND r.start_on <= $2::date) AS placed
          FROM job_seekers j WHERE j.registered_on BETWEEN $1::date AND $2::date
        )`;
      const total = (
        await db.query<{ registered: number; placed: number }>(
          `${base} SELECT count(*)::int AS registered, count(*) FILTER (WHERE placed)::int AS placed FROM cohort`,
          [from, to],
        )
      ).rows[0] ?? { registered: 0, placed: 0 };
      let rows: PlacementRate['rows'] = [];
      if (by) {
        const joins =
          by === 'district'
            ? 'JOIN people p ON p.id = j.person_id'
            : by === 'special-group'
              ? `LEFT JOIN LATERAL (SELECT unnest(sg.special_groups) AS grp FROM job_seeker_special_groups sg
                   WHERE sg.job_seeker_id = j.id AND (sg.consent_expires_on IS NULL OR sg.consent_expires_on > $2::date)) g ON true`
              : by === 'officer'
                ? 'LEFT JOIN staff_users s ON s.id = j.officer_id'
                : '';
        const result = await db.query<{ key: string | null; registered: number; placed: number }>(
          `${base} SELECT ${keyExpression[by]} AS key, count(DISTINCT j.id)::int AS registered,
             count(DISTINCT j.id) FILTER (WHERE j.placed)::int AS placed
           FROM cohort j ${joins} GROUP BY 1 ORDER BY 1 NULLS LAST`,
          [from, to],
        );
        rows = result.rows.map((row) => ({ ...row, rate: rate(row.placed, row.registered) }));
      }
      return { from, to, registered: total.registered, placed: total.placed, rate: rate(total.placed, total.registered), by: by ?? null, rows };
    },
  };
}

export type EmploymentIndicators = ReturnType<typeof createEmploymentIndicators>;
