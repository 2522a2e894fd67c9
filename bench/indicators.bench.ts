/**
 * Performance indicators at city scale (issue 13): GET /api/v1/indicators?year=2026 (every indicator for the
 * year, each computed live from its module's read model, this year and last for the trend) over
 * BENCH_INDICATOR_EVENTS generated source events (default 10,000,000), next to one aggregate pass over the
 * same rows in the same run (the floor: counting every source row of the year, through the date indexes
 * where the tables have one).
 *
 * The events are spread over 2025 and 2026 across the read models' tables, by generate_series SQL:
 *   job_seekers 35 % (one person each), hired referrals 15 %, migrant_workers 15 % with their visit tasks
 *   15 % and visits 10 %, labor university enrolments 5 %, union guidance visits 3 %, disability-quota
 *   employer months 2 % (with the employers' headcounts), and two years of daily usage counts.
 * Engine: the PostgreSQL server in BENCH_DATABASE_URL or DATABASE_URL (a scratch database, dropped
 * afterwards); without one the benchmark says so and is skipped (PGlite is not the engine for this scale).
 * Run alone with `node bench/indicators.bench.ts`, or as part of `npm run bench`.
 */
import { scratchDatabase } from './scratch-database.ts';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { wrapPgPool, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createAccessService } from '../src/modules/access/access.service.ts';
import { createReferenceData, loadCityConfig } from '../src/modules/reference-data/reference-data.ts';
import { createLogger } from '../src/shared/logger.ts';

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const events = Number(process.env.BENCH_INDICATOR_EVENTS ?? 10_000_000);
const from = '2026-01-01';
const to = '2026-12-31';

/** How many rows of each table make `total` events. */
export function eventShares(total: number) {
  const of = (share: number) => Math.max(1, Math.round(total * share));
  const seekers = of(0.35);
  return {
    seekers,
    referrals: Math.min(seekers, of(0.15)),
    workers: Math.min(seekers, of(0.15)),
    visits: Math.min(seekers, of(0.1)),
    enrolments: Math.min(seekers, of(0.05)),
    guidance: of(0.03),
    quotaMonths: of(0.02),
  };
}

async function generate(db: Db, total: number): Promise<{ rows: number; ms: number }> {
  const n = eventShares(total);
  const unions = Math.max(10, Math.round(total / 1000));
  const employers = Math.max(1, Math.round(n.quotaMonths / 24));
  const started = performance.now();
  const run = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const stations = "(ARRAY['dali','dongshi','dajia','dadu','city-hall','renhe'])";
  // Taichung's districts are 66000010 … 66000290.
  const district = (i: string) => `'6600' || lpad(((${i} % 29) + 1)::text, 3, '0') || '0'`;
  const day = (i: string) => `date '2025-01-01' + (${i} % 730)::int`;
  await run(`INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code)
             VALUES ('bench', 'bench', 'x', ARRAY['migrant-officer'], 'city', NULL)`);
  await run(`INSERT INTO people (id_number, id_kind, name, district_code, unit_kind)
             SELECT 'Z' || lpad(i::text, 9, '0'), 'national-id', 'bench', ${district('i')}, 'city' FROM generate_series(1, $1::int) i`, [n.seekers]);
  await run(`CREATE TEMP TABLE bench_people AS SELECT id, row_number() OVER (ORDER BY id_number) AS i FROM people WHERE id_number LIKE 'Z%'`);
  await run('CREATE INDEX ON bench_people (i)');
  await run(`INSERT INTO job_seekers (person_id, unit_kind, unit_code, registered_on)
             SELECT id, 'station', ${stations}[1 + (i % 6)::int], ${day('i')} FROM bench_people`);
  await run(`INSERT INTO employers (name, name_key) VALUES ('bench', 'bench')`);
  await run(`INSERT INTO vacancies (employer_id, occupation_code, title, district_code, wage_type, wage_min, employment_type, expires_on, status, search_text)
             SELECT id, '9', 'bench', '66000110', 'monthly', 30000, 'full-time', date '2027-12-31', 'closed', 'bench' FROM employers WHERE name = 'bench'`);
  // Hired: three in seven job seekers, up to the share, starting 0–59 days after registering.
  await run(`INSERT INTO referrals (card_number, job_seeker_id, vacancy_id, unit_kind, unit_code, status, answer_token_hash, answer_token_expires_at, start_on)
             SELECT 'BENCH-' || s.i, j.id, (SELECT id FROM vacancies WHERE title = 'bench'), 'station', j.unit_code, 'hired', md5(s.i::text), now(), j.registered_on + (s.i % 60)::int
               FROM (SELECT id, i FROM bench_people WHERE i % 7 < 3 ORDER BY i LIMIT $1) s JOIN job_seekers j ON j.person_id = s.id`, [n.referrals]);
  await run(`INSERT INTO migrant_workers (person_id, passport_number, nationality, preferred_language, job_category, arrival_date, district_code)
             SELECT id, 'P' || i, (ARRAY['ID','VN','TH','PH'])[1 + (i % 4)::int], 'vi', 'manufacturing', ${day('i * 7')}, ${district('i')}
               FROM bench_people WHERE i <= $1`, [n.workers]);
  await run(`INSERT INTO migrant_visit_tasks (worker_id, due_on, district_code)
             SELECT id, (arrival_date + interval '3 months')::date - 1, district_code FROM migrant_workers WHERE passport_number LIKE 'P%'`);
  await run(`INSERT INTO migrant_visits (task_id, client_id, visited_on, place, video_call, checklist, recorded_by)
             SELECT t.id, gen_random_uuid(), w.arrival_date + (row_number() OVER () % 120)::int, 'bench', false, '{}', (SELECT id FROM staff_users WHERE username = 'bench')
               FROM migrant_visit_tasks t JOIN migrant_workers w ON w.id = t.worker_id LIMIT $1`, [n.visits]);
  await run(`INSERT INTO labor_university_courses (year, code, title, location, schedule, hours, fee_twd, places)
             SELECT 2025 + (c % 2), 'B' || c, 'bench', 'bench', 'bench', 18, 1800, 1000000 FROM generate_series(1, 400) c`);
  await run(`INSERT INTO labor_university_enrolments (course_id, person_id, year, enrolled_at)
             SELECT c.id, p.id, c.year, make_date(c.year, 1, 1) + (p.i % 365)::int
               FROM bench_people p JOIN labor_university_courses c ON c.code = 'B' || (1 + p.i % 400) WHERE p.i <= $1`, [n.enrolments]);
  await run(`INSERT INTO unions (name, kind, registration_number, founded_on, created_at, updated_at)
             SELECT 'bench ' || u, 'enterprise', 'BENCH-' || u, date '2000-01-01', now(), now() FROM generate_series(1, $1::int) u`, [unions]);
  await run(`INSERT INTO union_guidance_visits (union_id, visited_on, findings, created_at)
             SELECT u.id, ${day('g')}, 'bench', now() FROM generate_series(1, $1::int) g
               JOIN (SELECT id, row_number() OVER (ORDER BY registration_number) AS k FROM unions) u ON u.k = 1 + g % $2`, [n.guidance, unions]);
  await run(`INSERT INTO employers (name, name_key) SELECT 'bench quota ' || e, 'bench quota ' || e FROM generate_series(1, $1::int) e`, [employers]);
  await run(`INSERT INTO employer_headcounts (employer_id, month, employees)
             SELECT e.id, (date '2025-01-01' + make_interval(months => m))::date, 40 + (m * 7) % 300
               FROM employers e CROSS JOIN generate_series(0, 23) m WHERE e.name LIKE 'bench quota %'`);
  await run(`INSERT INTO quota_employer_months (employer_id, month, sector, disabled_other, source, updated_at)
             SELECT employer_id, month, 'private', employees % 4, 'bench', now() FROM employer_headcounts h JOIN employers e ON e.id = h.employer_id
              WHERE e.name LIKE 'bench quota %'`);
  await run(`INSERT INTO usage_daily_counts (day, kind, name, count)
             SELECT date '2025-01-01' + d, k, '/', CASE WHEN k = 'page-view' THEN 1000 + d ELSE 60 + d % 9 END
               FROM generate_series(0, 729) d CROSS JOIN (VALUES ('page-view'), ('tool-use')) v(k)`);
  await run('ANALYZE');
  const counted = await db.query<{ n: string }>(
    `SELECT ((SELECT count(*) FROM job_seekers) + (SELECT count(*) FROM referrals) + (SELECT count(*) FROM migrant_workers)
       + (SELECT count(*) FROM migrant_visit_tasks) + (SELECT count(*) FROM migrant_visits) + (SELECT count(*) FROM labor_university_enrolments)
       + (SELECT count(*) FROM union_guidance_visits) + (SELECT count(*) FROM quota_employer_months) + (SELECT count(*) FROM usage_daily_counts))::text AS n`,
  );
  return { rows: Number(counted.rows[0]?.n ?? 0), ms: performance.now() - started };
}

/** The floor: one statement counting every source row of the year, by the date indexes where there is one. */
async function floor(db: Db): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const { rows } = await db.query<{ n: string }>(
    `SELECT ((SELECT count(*) FROM job_seekers WHERE registered_on BETWEEN $1 AND $2)
       + (SELECT count(*) FROM referrals WHERE status = 'hired' AND start_on BETWEEN $1 AND $2)
       + (SELECT count(*) FROM migrant_workers WHERE arrival_date BETWEEN $1 AND $2)
       + (SELECT count(*) FROM migrant_visit_tasks WHERE due_on BETWEEN $1 AND $2)
       + (SELECT count(*) FROM migrant_visits WHERE visited_on BETWEEN $1 AND $2)
       + (SELECT count(*) FROM labor_university_enrolments WHERE year = 2026)
       + (SELECT count(*) FROM union_guidance_visits WHERE visited_on BETWEEN $1 AND $2)
       + (SELECT count(*) FROM quota_employer_months WHERE month BETWEEN $1 AND $2)
       + (SELECT count(*) FROM usage_daily_counts WHERE day BETWEEN $1 AND $2))::text AS n`,
    [from, to],
  );
  return { rows: Number(rows[0]?.n ?? 0), ms: performance.now() - started };
}

export async function indicatorsBenchmarks(): Promise<string[][]> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const label = `indicators over ${format(events)} source events`;
  if (!serverUrl) return [[label, 'skipped: needs a PostgreSQL server (BENCH_DATABASE_URL or DATABASE_URL)']];
  const scratch = await scratchDatabase(serverUrl, 'indicators');
  const url = new URL(scratch.url);
  const db = wrapPgPool(new pg.Pool({ connectionString: url.toString(), max: 4 }));
  const out: string[][] = [];
  try {
    await migrate(db);
    const generated = await generate(db, events);
    out.push([`indicators: generate ${format(events)} source events (generate_series, PostgreSQL ${url.host})`, `${format(generated.rows)} rows in ${format(generated.ms / 1000, 1)} s`]);
    const referenceData = createReferenceData(loadCityConfig('taichung'));
    const clock = () => new Date('2026-12-31T08:00:00Z');
    const settings = { sessionTtlMinutes: 60, loginMaxFailures: 5, loginLockoutMinutes: 15, bodyLimitBytes: 65_536, secureCookies: false, trustProxy: 0 };
    const app = createApp({ db, logger: createLogger('silent'), referenceData, clock, settings });
    const list = async () => {
      const started = performance.now();
      const response = await app.request('/api/v1/indicators?year=2026');
      const body = (await response.json()) as { items: { code: string; numerator: number | null; denominator: number | null }[] };
      if (response.status !== 200) throw new Error(`GET /api/v1/indicators answered ${response.status}`);
      return { ms: performance.now() - started, body };
    };
    const cold = await list();
    const warm = [await list(), await list()].map((r) => r.ms).sort((a, b) => a - b)[0]!;
    const scan = await floor(db);
    const again = await floor(db);
    const floorMs = Math.min(scan.ms, again.ms);
    const computed = cold.body.items
      .filter((i) => i.numerator !== null)
      .map((i) => `${i.code} = ${format(i.numerator ?? 0)}/${format(i.denominator ?? 0)}`)
      .join(', ');
    out.push([`indicators: GET /api/v1/indicators?year=2026, all 14 (this year and last), cold`, `${format(cold.ms)} ms (computed: ${computed})`]);
    out.push([`indicators: the same, warm (best of 2)`, `${format(warm)} ms`]);
    // Each indicator alone, for the year (the list asks each twice: this year and last).
    const password = 'bench password 123';
    await createAccessService({ db, clock, settings, referenceData }).createAccount(
      null, { username: 'bench-analyst', displayName: 'bench', password, roles: ['analyst'], homeUnit: { kind: 'city', code: null } }, { requestId: 'bench' },
    );
    const login = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-analyst', password }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const each: string[] = [];
    for (const item of cold.body.items.filter((i) => i.numerator !== null)) {
      const started = performance.now();
      const response = await app.request(`/api/v1/indicators/${item.code}?from=${from}&to=${to}`, { headers: { cookie } });
      await response.arrayBuffer();
      each.push(`${item.code}: ${format(performance.now() - started)} ms`);
    }
    out.push(['indicators: each indicator alone for 2026 (warm)', each.join(', ')]);
    // Once 2025 is closed (as the bureau closes a year), the list's trend reads its frozen figures.
    const closing = await app.request('/api/v1/staff/indicators/periods/2025/close', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    if (closing.status !== 201) throw new Error(`closing 2025 answered ${closing.status}`);
    const closedWarm = [await list(), await list()].map((r) => r.ms).sort((a, b) => a - b)[0]!;
    out.push(['indicators: the year list once 2025 is closed (warm, best of 2)', `${format(closedWarm)} ms`]);
    out.push([`indicators: floor, one aggregate pass over the year's ${format(scan.rows)} source rows`, `${format(floorMs)} ms; the year list is ${format(warm / floorMs, 1)} × the floor (${format(closedWarm / floorMs, 1)} × once 2025 is closed)`]);
  } finally {
    await db.close();
    await scratch.drop();
  }
  return out;
}

if (import.meta.main) {
  for (const [label, value] of await indicatorsBenchmarks()) console.log(`${label}  ${value}`);
}
