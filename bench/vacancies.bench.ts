/**
 * Employment services at city-network scale (issue 8): BENCH_VACANCIES vacancies (default 1,000,000) and
 * BENCH_JOB_SEEKERS job seekers (default 500,000), generated on the PostgreSQL server in BENCH_DATABASE_URL or
 * DATABASE_URL (a scratch database, dropped afterwards) by set-based SQL (generate_series), with
 *  - occupations from the real classification (occupations.mol-6.json), each title under its major group;
 *  - districts of config/cities/taichung.json, the city centre and 大里/豐原/太平 busier than the mountains;
 *  - Chinese titles with the synonyms people use (作業員/技術員, 看護/照服員), 台中 and 臺中 both spelled;
 *  - wages around the 2026 minimum wage (NT$29,500 a month, NT$196 an hour), some ranges, some hourly;
 *  - 40,000 employers, about 4 % of them with violations published in the last 3 years (the search flags them);
 *  - a status mix (published 72 %, held 10 %, closed 18 %) and expiry dates, some already past.
 * It prints p50/p95 of typical public searches through GET /api/v1/vacancies (the route, in process:
 * zod, service, count + page, violation flags, JSON) next to a hand-written SQL count + page of the same
 * filter on the same data in the same run; and the same for matching both ways (the staff routes) next to
 * the bare SQL that selects the same candidate set.
 * Without a server it says so and is skipped (PGlite is not the engine for this scale).
 * Run alone with `node bench/vacancies.bench.ts`, or as part of `npm run bench`.
 */
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { wrapPgPool, type Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createAccessService } from '../src/modules/access/access.service.ts';
import { coveredOccupationCodes, occupations } from '../src/modules/employment/employment.occupations.ts';
import { matchCandidateColumns } from '../src/modules/employment/employment.vacancies.ts';
import { charPairs } from '../src/modules/employment/employment.search.ts';
import { createReferenceData, loadCityConfig } from '../src/modules/reference-data/reference-data.ts';
import { createLogger } from '../src/shared/logger.ts';
import { scratchDatabase } from './scratch-database.ts';

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const vacancyCount = Number(process.env.BENCH_VACANCIES ?? 1_000_000);
const seekerCount = Number(process.env.BENCH_JOB_SEEKERS ?? 500_000);
const samples = Number(process.env.BENCH_VACANCY_SAMPLES ?? 20);
const today = '2026-12-01';

/** Job titles as employers write them, with the major group (大類) of the classification they belong to. */
const titles: [string, string][] = [
  ['作業員', '8'], ['技術員', '3'], ['包裝作業員', '9'], ['操作員', '8'], ['生產線人員', '8'], ['品管人員', '3'],
  ['看護', '5'], ['照服員', '5'], ['照顧服務員', '5'], ['居家照護員', '5'], ['門市人員', '5'], ['店員', '5'],
  ['銷售人員', '5'], ['餐廳服務員', '5'], ['廚師', '5'], ['廚房助手', '9'], ['清潔人員', '9'], ['清潔工', '9'],
  ['保全', '5'], ['警衛', '5'], ['司機', '8'], ['駕駛', '8'], ['外送員', '8'], ['物流理貨員', '9'],
  ['倉管人員', '4'], ['會計助理', '4'], ['行政助理', '4'], ['客服人員', '4'], ['焊接技術員', '7'], ['CNC技術員', '7'],
  ['機械維修技術員', '7'], ['水電工', '7'], ['車床師傅', '7'], ['模具技術員', '7'], ['軟體工程師', '2'], ['電子工程師', '2'],
  ['護理師', '2'], ['幼教老師', '2'], ['業務專員', '3'], ['美髮助理', '5'], ['農場工作人員', '6'], ['工地主任', '3'],
];
const phrases = ['工作認真負責', '有相關經驗者佳', '可配合輪班', '享勞健保、年終獎金', '提供員工宿舍', '歡迎二度就業', '無經驗可，公司培訓'];
const certificates = ['丙級電器修護', '乙級電銲', '照顧服務員單一級', '職業大貨車駕照', '丙級中餐烹調'];
const surnames = [...'陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高'];
const given = [...'志明家豪俊傑淑芬美玲雅婷怡君建宏文華國榮秀英麗華明德修祥'];

async function generate(db: Db): Promise<{ ms: number }> {
  const started = performance.now();
  const run = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const city = loadCityConfig('taichung');
  // A district's weight: the city centre and the big suburbs post most jobs, the mountains few.
  const busy = new Set(['西屯區', '北屯區', '南屯區', '西區', '北區', '大里區', '豐原區', '太平區', '烏日區', '大雅區', '潭子區']);
  const districts = city.districts.flatMap((d) => Array.from({ length: busy.has(d.name) ? 4 : d.name === '和平區' ? 1 : 2 }, () => d));
  const units = occupations.filter((o) => o.level === 'unit');
  await run(`CREATE TABLE bench_titles (k int PRIMARY KEY, title text, major text)`);
  await run(`INSERT INTO bench_titles SELECT k, t, m FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(t, m, k)`, [titles.map((t) => t[0]), titles.map((t) => t[1])]);
  await run(`CREATE TABLE bench_occ (major text, k int, code text, name text, PRIMARY KEY (major, k))`);
  await run(
    `INSERT INTO bench_occ SELECT left(c, 1), row_number() OVER (PARTITION BY left(c, 1) ORDER BY c), c, n FROM unnest($1::text[], $2::text[]) AS x(c, n)`,
    [units.map((o) => o.code), units.map((o) => o.name)],
  );
  await run(`ALTER TABLE bench_titles ADD COLUMN n int`);
  await run(`UPDATE bench_titles t SET n = (SELECT count(*) FROM bench_occ o WHERE o.major = t.major)`);
  await run(`CREATE TABLE bench_districts (k int PRIMARY KEY, code text, name text)`);
  await run(`INSERT INTO bench_districts SELECT k, c, n FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(c, n, k)`, [districts.map((d) => d.townCode), districts.map((d) => d.name)]);
  const employerCount = Math.max(100, Math.min(40_000, Math.round(vacancyCount / 25)));
  await run(
    `INSERT INTO employers (ubn, name, name_key, industry_code, district_code)
     SELECT lpad((10000000 + i)::text, 8, '0'), n, n, 'C', (SELECT code FROM bench_districts WHERE k = 1 + (i % $2::int))
       FROM (SELECT i, (ARRAY['台中','臺中','大里','豐原','太平','烏日'])[1 + i % 6] || (ARRAY['興隆','福捷','順泰','宏達','永豐','新光','聯華','巨大'])[1 + (i / 6) % 8]
                    || (ARRAY['精密','食品','物流','科技','照護','餐飲','保全','工程'])[1 + (i / 48) % 8] || (ARRAY['股份有限公司','有限公司','企業社'])[1 + (i / 384) % 3] || i AS n
               FROM generate_series(1, $1::int) i) s`,
    [employerCount, districts.length],
  );
  await run(`CREATE TABLE bench_employers AS SELECT row_number() OVER (ORDER BY ubn)::int AS k, id, name FROM employers`);
  await run(`CREATE INDEX ON bench_employers (k)`);
  // About 4 % of employers were published in the violations registry in the last 3 years, 1–3 times.
  await run(
    `INSERT INTO violation_records (source, status, authority, announced_on, decided_on, employer_name, company_name, employer_key, employer_match_key,
                                    search_key, law, articles, violations, fine, employer_id, row_hash)
     SELECT 'mol-import', 'published', '臺中市', date '${today}' - (random() * 1000)::int, date '${today}' - 1030, e.name, e.name, e.name, e.name, e.name,
            '勞動基準法', ARRAY['第24條'], ARRAY['延長工時工資未依法給付'], 20000, e.id, md5(e.id::text || r)
       FROM bench_employers e CROSS JOIN generate_series(1, 3) r WHERE e.k % 25 = 0 AND (r = 1 OR random() < 0.4)`,
  );
  // One row of random numbers per vacancy, then the lookups; a subquery with volatile columns is evaluated once a row.
  await run(
    `INSERT INTO vacancies (employer_id, occupation_code, title, description, requirements, district_code, address, wage_type, wage_min, wage_max,
                            hours_per_week, employment_type, shifts, openings, required_certificates, languages, expires_on, status, closed_reason,
                            search_text, search_grams, published_on, created_at)
     SELECT e.id, o.code, w.title, w.description, '', d.code, '臺中市' || d.name,
            CASE WHEN w.hourly THEN 'hourly' ELSE 'monthly' END, w.wage_min,
            CASE WHEN w.r9 < 0.55 THEN w.wage_min + (CASE WHEN w.hourly THEN 20 ELSE 1000 END) * (1 + floor(w.r9 * 20))::int END,
            CASE WHEN w.hourly THEN 20 ELSE 40 END, CASE WHEN w.hourly THEN 'part-time' ELSE 'full-time' END,
            CASE WHEN w.r9 < 0.2 THEN ARRAY['day','night'] WHEN w.r9 < 0.3 THEN ARRAY['rotating'] WHEN w.r9 < 0.8 THEN ARRAY['day'] ELSE '{}' END,
            1 + (w.r8 * 5)::int,
            CASE WHEN w.r8 < 0.1 THEN ARRAY[($4::text[])[1 + (w.r8 * 50)::int % 5]] ELSE '{}' END,
            CASE WHEN w.r8 > 0.93 THEN ARRAY['英語'] WHEN w.r8 > 0.9 THEN ARRAY['台語'] ELSE '{}' END,
            CASE WHEN w.status = 'held' THEN date '${today}' + 30 + (w.r7 * 60)::int ELSE w.published_on + 30 + (w.r7 * 120)::int END,
            w.status, CASE WHEN w.status = 'closed' THEN 'filled' END,
            x.st, ARRAY(SELECT DISTINCT substr(x.st, i, 2) FROM generate_series(1, char_length(x.st) - 1) AS i),
            CASE WHEN w.status <> 'held' THEN w.published_on END, w.published_on - 1
       FROM (SELECT s.*, t.title AS base, t.major, t.n,
                    CASE WHEN s.r5 < 0.12 THEN '台中' WHEN s.r5 < 0.24 THEN '臺中' ELSE '' END || t.title
                      || CASE WHEN s.r6 < 0.15 THEN '(夜班)' WHEN s.r6 < 0.25 THEN '(可兼職)' ELSE '' END AS title,
                    $3::text[] AS ph,
                    (($3::text[])[1 + (s.r6 * 100)::int % 7]) || '，' || (($3::text[])[1 + (s.r7 * 100)::int % 7]) AS description,
                    s.r8 < 0.1 AS hourly,
                    CASE WHEN s.r8 < 0.1 THEN 196 + 5 * floor(s.r10 * 20)::int ELSE 29500 + 500 * floor(s.r10 ^ 2 * 40)::int END AS wage_min,
                    CASE WHEN s.r11 < 0.72 THEN 'published' WHEN s.r11 < 0.82 THEN 'held' ELSE 'closed' END AS status,
                    date '${today}' - (s.r12 * 180)::int AS published_on
               FROM (SELECT i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
                            random() r9, random() r10, random() r11, random() r12 FROM generate_series(1, $1::int) i) s
               JOIN bench_titles t ON t.k = 1 + floor(s.r1 ^ 1.6 * (SELECT count(*) FROM bench_titles))::int) w
       JOIN bench_occ o ON o.major = w.major AND o.k = 1 + floor(w.r2 * w.n)::int
       JOIN bench_employers e ON e.k = 1 + floor(w.r3 ^ 2 * $2::int)::int
       JOIN bench_districts d ON d.k = 1 + floor(w.r4 * (SELECT count(*) FROM bench_districts))::int
       CROSS JOIN LATERAL (SELECT replace(lower(translate(w.title || ' ' || w.description, '台', '臺')), ' ', '') AS st) x`,
    [vacancyCount, employerCount, phrases, certificates],
  );
  // Job seekers: a person each, at the six stations, wanting 1–2 occupations (the same titles' groups) in 1–2 districts.
  await run(
    `INSERT INTO people (id_number, id_kind, name, district_code, unit_kind)
     SELECT 'B' || lpad(i::text, 9, '0'), 'national-id', ($2::text[])[1 + i % ${surnames.length}] || ($3::text[])[1 + (i / 7) % ${given.length}] || ($3::text[])[1 + (i / 11) % ${given.length}],
            (SELECT code FROM bench_districts WHERE k = 1 + (i % $4::int)), 'city'
       FROM generate_series(1, $1::int) i`,
    [seekerCount, surnames, given, districts.length],
  );
  await run(
    `INSERT INTO job_seekers (person_id, unit_kind, unit_code, registered_on, desired_occupations, district_codes, lowest_wage_type, lowest_wage,
                              employment_type, shifts, languages)
     SELECT s.id, 'station', (ARRAY['dali','dali','city-hall','city-hall','renhe','dajia','dadu','dongshi'])[1 + floor(s.r1 * 8)::int],
            date '${today}' - (s.r2 * 730)::int,
            CASE WHEN s.r3 < 0.3 THEN ARRAY[o1.code, o2.code] WHEN s.r3 < 0.4 THEN ARRAY[left(o1.code, 2)] ELSE ARRAY[o1.code] END,
            CASE WHEN s.r4 < 0.4 THEN ARRAY[d1.code, d2.code] WHEN s.r4 < 0.95 THEN ARRAY[d1.code] ELSE '{}' END,
            CASE WHEN s.r5 < 0.08 THEN 'hourly' ELSE 'monthly' END,
            CASE WHEN s.r5 < 0.08 THEN 196 + 10 * floor(s.r6 * 5)::int WHEN s.r5 < 0.9 THEN 29500 + 1000 * floor(s.r6 ^ 2 * 15)::int END,
            CASE WHEN s.r5 < 0.08 THEN 'part-time' WHEN s.r7 < 0.7 THEN 'full-time' ELSE 'either' END,
            CASE WHEN s.r7 < 0.5 THEN ARRAY['day'] ELSE '{}' END,
            CASE WHEN s.r7 > 0.9 THEN ARRAY['英語'] ELSE '{}' END
       FROM (SELECT p.id, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8, random() r9
               FROM people p WHERE p.id_number LIKE 'B%') s
       JOIN bench_titles t1 ON t1.k = 1 + floor(s.r8 ^ 1.6 * (SELECT count(*) FROM bench_titles))::int
       JOIN bench_titles t2 ON t2.k = 1 + floor(s.r9 * (SELECT count(*) FROM bench_titles))::int
       JOIN bench_occ o1 ON o1.major = t1.major AND o1.k = 1 + floor(s.r6 * t1.n)::int
       JOIN bench_occ o2 ON o2.major = t2.major AND o2.k = 1 + floor(s.r7 * t2.n)::int
       JOIN bench_districts d1 ON d1.k = 1 + floor(s.r4 * (SELECT count(*) FROM bench_districts))::int
       JOIN bench_districts d2 ON d2.k = 1 + floor(s.r3 * (SELECT count(*) FROM bench_districts))::int`,
  );
  for (const table of ['employers', 'violation_records', 'vacancies', 'people', 'job_seekers']) await run(`VACUUM ANALYZE ${table}`);
  return { ms: performance.now() - started };
}

async function timings(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work();
  await work();
  const ms: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)] ?? 0, p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)] ?? 0 };
}

const line = (label: string, ours: { p50: number; p95: number }, bare: { p50: number; p95: number }, extra = ''): string[] => [
  label,
  `ours p50 ${format(ours.p50, 1)} / p95 ${format(ours.p95, 1)} ms; bare SQL p50 ${format(bare.p50, 1)} / p95 ${format(bare.p95, 1)} ms; p95 ${format(ours.p95 / Math.max(bare.p95, 0.01), 1)} ×${extra}`,
];

/** The public searches people make, each with the route's query string and the hand-written SQL of its filter. */
type SearchCase = { label: string; query: string; where: string; params: unknown[]; order: string; page?: number };

function searchCases(district: string, occupation: string): SearchCase[] {
  const base = `v.status = 'published' AND v.expires_on >= '${today}'::date`;
  const title = (words: string[]) => `(CASE WHEN replace(lower(translate(v.title, '台', '臺')), ' ', '') LIKE ANY(ARRAY[${words.map((w) => `'%${w}%'`).join(',')}]) THEN 1 ELSE 0 END)`;
  // A word alone through the GIN index of character pairs, confirmed by LIKE; a title with its synonyms by LIKE (as the service does).
  const like = (words: string[]) =>
    `${words.length === 1 ? `v.search_grams @> ARRAY[${charPairs(words[0] ?? '').map((p) => `'${p}'`).join(',')}] AND ` : ''}v.search_text LIKE ANY(ARRAY[${words.map((w) => `'%${w}%'`).join(',')}])`;
  const byDate = 'v.published_on DESC, v.id';
  const care = ['看護', '照服員', '照顧服務員', '照護員'];
  return [
    { label: 'newest first, no filter, page 1', query: '', where: base, params: [], order: byDate },
    { label: 'newest first, no filter, page 200 (deep)', query: 'page=200', where: base, params: [], order: byDate, page: 200 },
    { label: 'q=焊接 (partial word), relevance', query: `q=${encodeURIComponent('焊接')}`, where: `${base} AND ${like(['焊接'])}`, params: [], order: `${title(['焊接'])} DESC, ${byDate}` },
    { label: 'q=台中 作業 (台/臺, two words), relevance', query: `q=${encodeURIComponent('台中 作業')}`, where: `${base} AND ${like(['臺中'])} AND ${like(['作業'])}`, params: [], order: `${title(['臺中'])} + ${title(['作業'])} DESC, ${byDate}` },
    { label: 'q=看護 (synonyms 照服員…), relevance', query: `q=${encodeURIComponent('看護')}`, where: `${base} AND ${like(care)}`, params: [], order: `${title(care)} DESC, ${byDate}` },
    { label: 'q=看護, by date, page 50 (deep)', query: `q=${encodeURIComponent('看護')}&sort=date&page=50`, where: `${base} AND ${like(care)}`, params: [], order: byDate, page: 50 },
    { label: `district=${district}, by date`, query: `district=${district}&sort=date`, where: `${base} AND v.district_code = $1`, params: [district], order: byDate },
    { label: `occupation=${occupation} (sub-major), wageMin=35000`, query: `occupation=${occupation}&wageMin=35000`, where: `${base} AND v.occupation_code LIKE $1 AND COALESCE(v.wage_max, v.wage_min) >= 35000 AND v.wage_type = 'monthly'`, params: [`${occupation}%`], order: byDate },
    {
      label: `q=作業員 + district=${district} + wageMin=32000, relevance`,
      query: `q=${encodeURIComponent('作業員')}&district=${district}&wageMin=32000`,
      where: `${base} AND ${like(['作業員', '技術員', '操作員', '生產線人員'])} AND v.district_code = $1 AND COALESCE(v.wage_max, v.wage_min) >= 32000 AND v.wage_type = 'monthly'`,
      params: [district],
      order: `${title(['作業員', '技術員', '操作員', '生產線人員'])} DESC, ${byDate}`,
    },
  ];
}

export async function vacanciesBenchmarks(): Promise<string[][]> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const label = `vacancies: ${format(vacancyCount)} vacancies, ${format(seekerCount)} job seekers`;
  if (!serverUrl) return [[label, 'skipped: needs a PostgreSQL server (BENCH_DATABASE_URL or DATABASE_URL)']];
  const scratch = await scratchDatabase(serverUrl, 'vacancies');
  const url = new URL(scratch.url);
  const db = wrapPgPool(new pg.Pool({ connectionString: url.toString(), max: 4 }));
  const out: string[][] = [];
  try {
    await migrate(db);
    const generated = await generate(db);
    const counts = (await db.query<{ v: number; open: number; s: number }>(
      `SELECT (SELECT count(*) FROM vacancies)::int AS v, (SELECT count(*) FROM vacancies WHERE status = 'published' AND expires_on >= '${today}')::int AS open,
              (SELECT count(*) FROM job_seekers)::int AS s`,
    )).rows[0]!;
    out.push([`${label}: generated (generate_series, PostgreSQL ${url.host})`, `${format(generated.ms / 1000, 1)} s; ${format(counts.open)} published and unexpired, ${format(counts.s)} job seekers`]);

    const referenceData = createReferenceData(loadCityConfig('taichung'));
    const clock = () => new Date(`${today}T02:00:00Z`);
    const settings = { sessionTtlMinutes: 60, loginMaxFailures: 5, loginLockoutMinutes: 15, bodyLimitBytes: 65_536, secureCookies: false, trustProxy: 0 };
    const app = createApp({ db, logger: createLogger('silent'), referenceData, clock, settings });
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await app.request(path, { headers });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
      return body;
    };

    // Public search: the route next to the hand-written count + page of the same filter.
    const district = '66000280'; // 大里區
    for (const item of searchCases(district, '72')) {
      const path = `/api/v1/vacancies${item.query ? `?${item.query}` : ''}`;
      const total = (JSON.parse(await get(path)) as { total: number }).total;
      const offset = ((item.page ?? 1) - 1) * 20;
      const bare = async () => {
        await db.query(`SELECT count(*) FROM vacancies v WHERE ${item.where}`, item.params);
        await db.query(
          `SELECT v.id, v.title, e.name, v.district_code, v.occupation_code, v.wage_type, v.wage_min, v.wage_max, v.published_on, v.expires_on
             FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE ${item.where} ORDER BY ${item.order} LIMIT 20 OFFSET ${offset}`,
          item.params,
        );
      };
      const ours = await timings(() => get(path));
      const floor = await timings(bare);
      out.push(line(`GET /api/v1/vacancies ${item.label}`, ours, floor, ` (${format(total)} found)`));
    }

    // Matching, as an officer of the 大里 station sees it.
    const password = 'bench password 123';
    await createAccessService({ db, clock, settings, referenceData }).createAccount(
      null, { username: 'bench-officer', displayName: 'bench', password, roles: ['employment-officer'], homeUnit: { kind: 'station', code: 'dali' } }, { requestId: 'bench' },
    );
    const login = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-officer', password }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const seekers = (await db.query<{ id: string }>(`SELECT id FROM job_seekers WHERE unit_code = 'dali' ORDER BY md5(id::text) LIMIT 20`)).rows.map((r) => r.id);
    const vacancies = (await db.query<{ id: string }>(`SELECT id FROM vacancies WHERE status = 'published' AND expires_on >= '${today}' ORDER BY md5(id::text) LIMIT 20`)).rows.map((r) => r.id);
    let turn = 0;
    const next = (ids: string[]) => ids[turn++ % ids.length] as string;
    const seekerMatches = await timings(() => get(`/api/v1/staff/job-seekers/${next(seekers)}/matches`, { cookie }));
    // The same candidate set, as bare SQL: the seeker's row, then the newest 2,000 open vacancies of their
    // occupations (every code they cover), of their districts, and of all, with the columns scoring reads.
    const seekerBare = await timings(async () => {
      const seeker = (
        await db.query<{ desired_occupations: string[]; district_codes: string[] }>(`SELECT * FROM job_seekers WHERE id = $1`, [next(seekers)])
      ).rows[0]!;
      const open = `v.status = 'published' AND v.expires_on >= $1::date`;
      await db.query(
        `SELECT ${matchCandidateColumns} FROM vacancies v JOIN employers e ON e.id = v.employer_id
          WHERE v.id IN ((SELECT v.id FROM vacancies v WHERE ${open} AND v.occupation_code = ANY($2::text[]) ORDER BY v.published_on DESC, v.id LIMIT 2000)
                   UNION (SELECT v.id FROM vacancies v WHERE ${open} AND v.district_code = ANY($3::text[]) ORDER BY v.published_on DESC, v.id LIMIT 2000)
                   UNION (SELECT v.id FROM vacancies v WHERE ${open} ORDER BY v.published_on DESC, v.id LIMIT 2000))`,
        [today, coveredOccupationCodes(seeker.desired_occupations), seeker.district_codes],
      );
    });
    out.push(line(`GET /api/v1/staff/job-seekers/{id}/matches (${seekers.length} seekers, up to 6,000 candidates scored: occupations, districts, newest)`, seekerMatches, seekerBare));
    const vacancyMatches = await timings(() => get(`/api/v1/staff/vacancies/${next(vacancies)}/matches`, { cookie }));
    const vacancyBare = await timings(async () => {
      await db.query(`SELECT * FROM vacancies WHERE id = $1`, [next(vacancies)]);
      await db.query(
        `SELECT j.id, j.desired_occupations, j.district_codes, j.lowest_wage_type, j.lowest_wage, j.employment_type, j.shifts, j.certificates, j.languages, p.name
           FROM job_seekers j JOIN people p ON p.id = j.person_id
          WHERE j.unit_kind = 'station' AND j.unit_code = 'dali' ORDER BY j.registered_on DESC, j.id LIMIT 2000`,
      );
    });
    out.push(line(`GET /api/v1/staff/vacancies/{id}/matches (${vacancies.length} vacancies, the station's 2,000 newest seekers scored)`, vacancyMatches, vacancyBare));
  } finally {
    await db.close();
    await scratch.drop();
  }
  return out;
}

if (import.meta.main) {
  const rows = await vacanciesBenchmarks();
  const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
  for (const [label, value] of rows) console.log(`${(label ?? '').padEnd(width)}  ${value}`);
}
