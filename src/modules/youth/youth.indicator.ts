/**
 * @module youth.indicator
 * Indicator 4's numerator (服務青年人次, plan 第一部分 四-01): young people served by the youth services in a
 * range of days, counting only those aged 15–29 on the day of the service (youth.age.ts). A service is
 * - a counselling session held (youth_sessions; a no-show or a cancelled booking is not one),
 * - attendance at an event (職涯探索 / 職場體驗 / 企業參訪), on the event's day,
 * - a summer-job placement, on its first day.
 * Person-times count every service; distinct persons count each person once: the person of the people
 * module when known (summer jobs, a booking made signed in), else the e-mail address with the date of
 * birth as the person gave them (ADR 0027). The denominator (the city's youth population) is not held
 * here: the analyst enters it with its source and year in the indicators module, so the provider answers
 * `denominator: null`. Counts only, never a person.
 */
import type { Db } from '../../db/client.ts';
import type { IndicatorProvider } from '../indicators/indicators.values.ts';
import { ageSql, youthAges } from './youth.age.ts';
import type { serviceKinds } from './youth.contract.ts';

type Service = (typeof serviceKinds)[number];
type Counts = { personTimes: number; distinctPersons: number };

const services = `
  WITH services AS (
    SELECT 'counselling' AS service, s.held_on AS served_on, b.birth_date, b.district_code,
           COALESCE(b.person_id::text, lower(b.email) || '|' || b.birth_date::text) AS person_key
      FROM youth_sessions s JOIN youth_bookings b ON b.id = s.booking_id
    UNION ALL
    SELECT e.kind, r.attended_on, r.birth_date, r.district_code, lower(r.email) || '|' || r.birth_date::text
      FROM youth_event_registrations r JOIN youth_events e ON e.id = r.event_id
     WHERE r.attended_on IS NOT NULL
    UNION ALL
    SELECT 'summer-job', j.start_on, j.birth_date, j.district_code, j.person_id::text FROM youth_summer_jobs j
  ), youth AS (
    SELECT * FROM services
     WHERE served_on BETWEEN $1::date AND $2::date
       AND ${ageSql('birth_date', 'served_on')} BETWEEN ${youthAges.min} AND ${youthAges.max}
  )`;

export function createYouthIndicator({ db }: { db: Db }) {
  async function grouped(from: string, to: string, key: 'service' | 'district_code') {
    const { rows } = await db.query<{ key: string | null; person_times: number; distinct_persons: number }>(
      `${services} SELECT ${key} AS key, count(*)::int AS person_times, count(DISTINCT person_key)::int AS distinct_persons
         FROM youth GROUP BY 1 ORDER BY 1 NULLS LAST`,
      [from, to],
    );
    return rows;
  }

  return {
    async served({ from, to }: { from: string; to: string }) {
      const total = (
        await db.query<{ person_times: number; distinct_persons: number }>(
          `${services} SELECT count(*)::int AS person_times, count(DISTINCT person_key)::int AS distinct_persons FROM youth`,
          [from, to],
        )
      ).rows[0] ?? { person_times: 0, distinct_persons: 0 };
      const counts = (r: { person_times: number; distinct_persons: number }): Counts => ({ personTimes: r.person_times, distinctPersons: r.distinct_persons });
      return {
        from,
        to,
        ...counts(total),
        byService: (await grouped(from, to, 'service')).map((r) => ({ service: r.key as Service, ...counts(r) })),
        byDistrict: (await grouped(from, to, 'district_code')).map((r) => ({ districtCode: r.key, ...counts(r) })),
      };
    },
  };
}

export type YouthIndicator = ReturnType<typeof createYouthIndicator>;

/**
 * For the indicators module (ADR 0022): the numerator is person-times (服務青年「人次」); drill-downs by
 * district and by `group`, which for this indicator is the service. A district part of null is a young
 * person who gave none.
 */
export function youthIndicatorProvider(indicator: YouthIndicator): IndicatorProvider {
  return {
    dimensions: ['district', 'group'],
    async compute({ from, to, by }) {
      const served = await indicator.served({ from, to });
      const base = { numerator: served.personTimes, denominator: null };
      if (by === 'district') return { ...base, parts: served.byDistrict.map((p) => ({ unit: p.districtCode ?? 'unknown', numerator: p.personTimes, denominator: null })) };
      if (by === 'group') return { ...base, parts: served.byService.map((p) => ({ unit: p.service, numerator: p.personTimes, denominator: null })) };
      return base;
    },
  };
}
