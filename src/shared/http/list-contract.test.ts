import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { qb } from '../../db/query.ts';
import { staffRoles } from '../../modules/access/permissions.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import type { AppEnv } from './app-env.ts';
import { pageOfList, streamList, type ListDefinition, type SortColumn } from './list.ts';
import { createListResponder } from './list-response.ts';

/** Every staff list endpoint and the file name stem of its export. */
// `required`: a filter the list cannot answer without (the month of the quota obligations).
const staffLists: { method: 'GET' | 'POST'; path: string; stem: string; required?: Record<string, string> }[] = [
  { method: 'GET', path: '/api/v1/staff/accounts', stem: 'accounts' },
  { method: 'GET', path: '/api/v1/staff/audit-events', stem: 'audit-events' },
  { method: 'GET', path: '/api/v1/staff/complaints', stem: 'complaints' },
  { method: 'GET', path: '/api/v1/staff/complaints/overdue', stem: 'complaints-overdue' },
  { method: 'GET', path: '/api/v1/staff/employers', stem: 'employers' },
  { method: 'POST', path: '/api/v1/staff/people/search', stem: 'people' },
  { method: 'GET', path: '/api/v1/staff/qa', stem: 'qa' },
  { method: 'GET', path: '/api/v1/staff/news', stem: 'news' },
  { method: 'GET', path: '/api/v1/staff/violations/imports', stem: 'violation-imports' },
  { method: 'GET', path: '/api/v1/staff/violations/inspections', stem: 'violation-inspections' },
  { method: 'GET', path: '/api/v1/staff/violations/decisions', stem: 'violation-decisions' },
  { method: 'GET', path: '/api/v1/staff/heat/readings', stem: 'heat-readings' },
  { method: 'GET', path: '/api/v1/staff/heat/warnings', stem: 'heat-warnings' },
  { method: 'GET', path: '/api/v1/staff/mediation-cases', stem: 'mediation-cases' },
  // Migrant workers (issue 10).
  { method: 'GET', path: '/api/v1/staff/migrant-workers', stem: 'migrant-workers' },
  { method: 'GET', path: '/api/v1/staff/visit-tasks', stem: 'visit-tasks' },
  { method: 'GET', path: '/api/v1/staff/migrant-consultations', stem: 'migrant-consultations' },
  { method: 'GET', path: '/api/v1/staff/dispatches-1955', stem: 'dispatches-1955' },
  { method: 'GET', path: '/api/v1/staff/applications', stem: 'applications' },
  // Program payments (ADR 0039).
  { method: 'GET', path: '/api/v1/staff/payment-batches', stem: 'payment-batches' },
  { method: 'GET', path: '/api/v1/staff/program-recoveries', stem: 'program-recoveries' },
  { method: 'GET', path: '/api/v1/staff/startup-loans', stem: 'startup-loans' },
  // Employment services (issue 8).
  { method: 'GET', path: '/api/v1/staff/job-seekers', stem: 'job-seekers' },
  { method: 'GET', path: '/api/v1/staff/vacancies', stem: 'vacancies' },
  // Case management (issue 9 §1).
  { method: 'GET', path: '/api/v1/staff/cases', stem: 'cases' },
  // Youth services (issue 9).
  { method: 'GET', path: '/api/v1/staff/youth/slots', stem: 'youth-slots' },
  { method: 'GET', path: '/api/v1/staff/youth/events', stem: 'youth-events' },
  { method: 'GET', path: '/api/v1/staff/youth/summer-jobs', stem: 'youth-summer-jobs' },
  { method: 'GET', path: '/api/v1/staff/job-fairs', stem: 'job-fairs' },
  { method: 'GET', path: '/api/v1/staff/career-entries', stem: 'career-entries' },
  // Translations (issue 15, ADR 0030).
  { method: 'GET', path: '/api/v1/staff/translation-tasks', stem: 'translation-tasks' },
  { method: 'GET', path: '/api/v1/staff/content/translations', stem: 'content-translations' },
  // Labor relations (issue 11): the union registry and a month's quota obligations.
  { method: 'GET', path: '/api/v1/staff/unions', stem: 'unions' },
  { method: 'GET', path: '/api/v1/staff/quota/obligations', stem: 'quota-obligations', required: { month: '2026-03' } },
  { method: 'GET', path: '/api/v1/staff/quota/notices', stem: 'quota-notices', required: { month: '2026-03' } },
  // Occupational safety (issue 12 §3, ADR 0035).
  { method: 'GET', path: '/api/v1/staff/safety/projects', stem: 'zero-disaster-projects' },
  { method: 'GET', path: '/api/v1/staff/safety/guidance', stem: 'safety-guidance' },
  { method: 'GET', path: '/api/v1/staff/safety/improvements/overdue', stem: 'safety-overdue-improvements' },
  { method: 'GET', path: '/api/v1/staff/safety/events', stem: 'safety-events' },
  { method: 'GET', path: '/api/v1/staff/mass-layoffs', stem: 'mass-layoffs' },
  { method: 'GET', path: '/api/v1/staff/social-dialogue', stem: 'social-dialogue' },
];

// Lookups that feed a form (who can be assigned, the fixed warning sentences, data source health) and the
// usage report (totals and an indicator, not rows): not lists of records, so not on the list contract.
const notLists = new Set([
  // A month's figures by language and topic, not a page of records.
  'GET /api/v1/staff/migrant-consultations/stats',
  // Occupational safety: the experts (reference data feeding the assignment form, a few dozen) and the year's figures.
  'GET /api/v1/staff/safety/experts',
  'GET /api/v1/staff/safety/figures',
  'GET /api/v1/staff/complaints/inspectors',
  'GET /api/v1/staff/heat/warning-messages',
  'GET /api/v1/staff/heat/sources',
  'GET /api/v1/staff/usage',
  // The live queue of pg-boss (ADR 0013): its own contract `{items}` (issue 7), newest 100, read from
  // pg-boss's schema, which exists only once workers have started. An operational view, not a record list.
  'GET /api/v1/staff/jobs',
  // One record's messages (contract 4 of the kit), always a handful: a panel on the record, not a list page.
  'GET /api/v1/staff/notifications',
  // Issue 11: form lookups (mediators with a valid certificate, a site's rooms) and the indicator read models.
  'GET /api/v1/staff/mediators',
  'GET /api/v1/staff/mediation-rooms',
  // Issue 11: the mediation statistics of a period are aggregates (groups and deadline counts), not a record list.
  'GET /api/v1/staff/mediation-statistics',
  'GET /api/v1/staff/quota/indicator',
  'GET /api/v1/staff/unions/indicator',
  // Mass layoffs: the rule sets (a handful, each a statute's figures) and the employment service's read model
  // (the plans ahead within a window, nearest first), not record lists.
  'GET /api/v1/staff/mass-layoffs/rule-sets',
  'GET /api/v1/staff/mass-layoffs/upcoming',
  // Unions: one union's reports (a panel on the union, a report a year) and the elections due (a reminder
  // list within the lead days), not record lists.
  'GET /api/v1/staff/unions/{id}/annual-reports',
  'GET /api/v1/staff/unions/elections-due',
  'GET /api/v1/staff/unions/reminder-settings',
  // Issue 9: indicator 4's counts (totals by service and district, not rows).
  'GET /api/v1/staff/youth/indicator',
  // Migrant workers: the import template (a file to fill in) and indicator 8 (figures, not rows).
  'GET /api/v1/staff/migrant-workers/import-template',
  'GET /api/v1/staff/migrant-workers/indicator-8',
  // The field app's device key (ADR 0033): one key and the officer's recent ones, not records.
  'GET /api/v1/staff/migrant-field-keys',
  // programs (ADR 0021): the programs in force (a handful of definitions, feeding the application form and
  // the list filter) and a year's labor-university courses (a lookup for the enrolment form, tens a year).
  'GET /api/v1/staff/programs',
  'GET /api/v1/staff/labor-university/courses',
  // Payments ready for a batch (ADR 0039): the choice of the new-batch form, capped at one batch's 500 lines.
  'GET /api/v1/staff/payments/pending',
  // Vocational training (ADR 0041): the classes (tens a year, like the courses), and the station's completed
  // trainees to place: their station is read through the employment service, so not a SQL page (capped at 500).
  'GET /api/v1/staff/training/classes',
  'GET /api/v1/staff/training/placement-prompts',
  // Indicator 7: totals and a percentage for a year, like the usage report.
  'GET /api/v1/staff/labor-university/indicator-7',
  // Indicator 1 (issue 8): totals and a drill-down, like the usage report.
  'GET /api/v1/staff/employment/indicators/placement-rate',
  // Cases (issue 9 §1): the caseload dashboard (counts per manager or unit), the transfer form's case
  // managers, and the caller's own transfers waiting for an answer (a handful): not record lists.
  'GET /api/v1/staff/cases/caseload',
  'GET /api/v1/staff/case-managers',
  'GET /api/v1/staff/case-transfers/incoming',
  // Published rates (ADR 0024): the minimum-wage reminder of the staff home, a read model, not rows.
  'GET /api/v1/staff/rates/status',
  // Issue 13: one year's indicator targets (city-wide and per unit, tens of rows), a panel of the admin screen.
  'GET /api/v1/staff/indicators/targets',
  // Issue 10 §4: the consultation centre's one record of lines and hours, edited in one form.
  'GET /api/v1/staff/migrant-centre',
  // 摘星青年 (ADR 0040): the board (108 places over three bases, one panel) and the visits due within 14 days
  // (a reminder list, like the elections due), not record lists.
  'GET /api/v1/staff/star-youth/board',
  'GET /api/v1/staff/star-youth/visits-due',
  // The staff deadline reminders' settings: one object (ADR 0042).
  'GET /api/v1/staff/mediation-reminder-settings',
  // The dashboard's work queues: a few counts per area the caller works in, not records (ADR 0046).
  'GET /api/v1/staff/work-queue',
]);

describe('the staff list contract', () => {
  let t: TestContext;
  let everyone: Session;

  before(async () => {
    t = await createTestContext();
    everyone = await t.signIn('all-roles', [...staffRoles]);
  });
  after(() => t.close());

  const call = (list: (typeof staffLists)[number], given: Record<string, string | number>, lang = 'en') => {
    const params = { ...list.required, ...given };
    return list.method === 'GET'
      ? t.app.request(`${list.path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`, {
          headers: { cookie: everyone.cookie, 'accept-language': lang },
        })
      : t.app.request(list.path, {
          method: 'POST',
          headers: { cookie: everyone.cookie, 'x-csrf-token': everyone.csrfToken, 'content-type': 'application/json', 'accept-language': lang },
          body: JSON.stringify(params),
        });
  };

  it('covers every staff GET that answers a page of items, and documents format and sort', async () => {
    const doc = (await t.request('/api/v1/openapi.json')).json;
    const listed = new Set(staffLists.map((list) => `${list.method} ${list.path}`));
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      if (!path.startsWith('/api/v1/staff/') || path.includes('{')) continue;
      const get = operations.get;
      if (!get) continue;
      const key = `GET ${path}`;
      if (notLists.has(key)) continue;
      assert.ok(listed.has(key), `${key} returns a list but is not on the list contract`);
    }
    for (const list of staffLists.filter((l) => l.method === 'GET')) {
      const operation = doc.paths[list.path].get;
      const names = operation.parameters.map((p: { name: string }) => p.name);
      for (const name of ['page', 'pageSize', 'sort', 'format']) assert.ok(names.includes(name), `${list.path} documents ${name}`);
      const types = Object.keys(operation.responses['200'].content);
      assert.deepEqual(types.sort(), ['application/json', 'application/pdf', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
    }
  });

  for (const list of staffLists) {
    it(`${list.method} ${list.path}: a JSON page, a CSV export and a 400 for an unknown sort`, async () => {
      const page = await call(list, { page: 1, pageSize: 10 });
      assert.equal(page.status, 200, await page.clone().text());
      const body = await page.json();
      assert.equal(typeof body.total, 'number');
      assert.equal(body.page, 1);
      assert.equal(body.pageSize, 10);
      assert.ok(Array.isArray(body.items));

      const csv = await call(list, { format: 'csv' });
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(csv.headers.get('content-disposition'), `attachment; filename="${list.stem}-20260302.csv"`);
      const bytes = new Uint8Array(await csv.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);

      const badSort = await call(list, { sort: 'no-such-key' }, 'zh-TW');
      assert.equal(badSort.status, 400);
      const problem = await badSort.json();
      assert.equal(problem.code, 'VALIDATION_FAILED');
      assert.deepEqual(problem.errors.map((e: { field: string }) => e.field), ['sort']);
      assert.match(problem.errors[0].message, /[\u4e00-\u9fff]/);

      const badSize = await call(list, { pageSize: 500 });
      assert.equal(badSize.status, 400);
    });
  }
});

describe('keyset export order', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    // 37 employers: repeated names, NULL districts and NULL ubns, so ties and NULLs cross batch edges.
    await t.db.query(
      `INSERT INTO employers (ubn, name, name_key, industry_code, district_code)
       SELECT CASE WHEN i % 4 = 0 THEN NULL ELSE lpad(i::text, 8, '0') END, 'E' || (i % 5), 'e' || i,
              CASE WHEN i % 4 = 1 THEN NULL ELSE 'C' || (i % 3) END,
              CASE WHEN i % 3 = 0 THEN NULL ELSE '6600' || (i % 2) END
         FROM generate_series(1, 37) AS i`,
    );
  });
  after(() => t.close());

  const definition = (first?: boolean): ListDefinition<'name' | 'ubn' | 'industry' | 'district' | 'createdAt', { id: string }> => ({
    query: qb.selectFrom('employers').select(['id']),
    sortKeys: {
      name: { expression: sql.ref('name'), type: 'text' },
      ubn: { expression: sql.ref('ubn'), type: 'text' },
      industry: { expression: sql.ref('industry_code'), type: 'text' },
      district: { expression: sql.ref('district_code'), type: 'text' },
      createdAt: { expression: sql.ref('created_at'), type: 'timestamptz' } satisfies SortColumn,
    },
    defaultSort: 'name',
    unique: { expression: sql.ref('id'), type: 'uuid' },
    ...(first ? { first: sql<boolean>`district_code = '66000'` } : {}),
  });

  for (const first of [false, true]) {
    for (const sort of ['name', '-name', 'ubn', '-ubn', 'industry', '-industry', 'district', '-district', '-createdAt'] as const) {
      it(`walks the rows in batches exactly as one page orders them (sort ${sort}${first ? ', a leading group' : ''})`, async () => {
        const list = definition(first);
        const page = await pageOfList(t.db, list, { page: 1, pageSize: 100, sort });
        const streamed: string[] = [];
        for await (const row of streamList(t.db, list, sort, 4)) streamed.push(row.id);
        assert.equal(streamed.length, 37);
        assert.deepEqual(streamed, page.items.map((row) => row.id));
      });
    }
  }
});

describe('an export whose rows cannot be read', () => {
  it('answers a problem, not a download cut off after its 200', async () => {
    const t = await createTestContext();
    try {
      // An engine that counts but fails to read the rows (a dropped connection, a statement timeout).
      const failing = {
        ...t.db,
        query: async (text: string, params?: readonly unknown[]) => {
          if (text.includes('__sort_key')) throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
          return t.db.query(text, params);
        },
      } as typeof t.db;
      const lists = createListResponder({ db: failing, letterhead: t.referenceData.city.bureau, timeZone: 'Asia/Taipei', clock: () => new Date(0) });
      const app = new Hono<AppEnv>();
      app.use((c, next) => {
        c.set('locale', 'en');
        c.set('requestId', 'test-request');
        return next();
      });
      app.get('/list', (c) =>
        lists.answer(c, {
          list: {
            query: qb.selectFrom('employers').select(['id', 'name']),
            sortKeys: { name: { expression: sql.ref('name'), type: 'text' } },
            defaultSort: 'name',
            unique: { expression: sql.ref('id'), type: 'uuid' },
          },
          params: { page: 1, pageSize: 20, format: 'csv' },
          filters: {},
          toItem: (row) => row,
          export: { name: 'employers', title: 'lists.employers', personalData: false, columns: [{ header: 'columns.employers.name', value: (row) => row.name }] },
        }),
      );
      app.onError(() => new Response('problem', { status: 500 }));
      const response = await app.request('/list');
      assert.equal(response.status, 500);
      assert.equal(await response.text(), 'problem');
    } finally {
      await t.close();
    }
  });
});
