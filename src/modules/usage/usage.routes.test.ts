import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../app.ts';
import { createTestDb } from '../../../test/create-test-db.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createRateLimiter, databaseRateLimitStore } from '../../shared/http/rate-limit.ts';
import { createLogger } from '../../shared/logger.ts';
import { createUsageService } from './usage.service.ts';

// 00:30 on 2 March in Taiwan, still 1 March in UTC: counts go to the Taiwan day.
const now = new Date('2026-03-01T16:30:00Z');

describe('usage counting for indicator 2 (tool uses ÷ page views)', () => {
  let t: TestContext;
  let analyst: Session;
  let inspector: Session;
  before(async () => {
    t = await createTestContext({ now });
    analyst = await t.signIn('analyst', ['analyst']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
  });
  after(() => t.close());

  const track = (body: unknown, headers: Record<string, string> = {}) => t.request('/api/v1/usage', { method: 'POST', body, headers });

  it('counts page views and tool uses for today’s Taiwan date and answers 204 without a cookie', async () => {
    for (let i = 0; i < 3; i += 1) {
      const response = await track({ kind: 'page-view', name: '/heat' });
      assert.equal(response.status, 204, response.text);
      assert.equal(response.headers.get('set-cookie'), null);
    }
    assert.equal((await track({ kind: 'page-view', name: '/violations/:employerId' })).status, 204);
    assert.equal((await track({ kind: 'page-view', name: '/' })).status, 204);
    assert.equal((await track({ kind: 'tool-use', name: 'heat-index' })).status, 204);
    const rows = await t.db.query<{ day: string; kind: string; name: string; count: number }>(
      'SELECT day::text AS day, kind, name, count FROM usage_daily_counts ORDER BY kind, name',
    );
    assert.deepEqual(rows.rows, [
      { day: '2026-03-02', kind: 'page-view', name: '/', count: 1 },
      { day: '2026-03-02', kind: 'page-view', name: '/heat', count: 3 },
      { day: '2026-03-02', kind: 'page-view', name: '/violations/:employerId', count: 1 },
      { day: '2026-03-02', kind: 'tool-use', name: 'heat-index', count: 1 },
    ]);
  });

  it('stores nothing personal: the table has only day, kind, name and count', async () => {
    await track({ kind: 'tool-use', name: 'overtime-pay', userId: 'A123456789', ip: '203.0.113.9' }, {
      'user-agent': 'Mozilla/5.0 (Linux; Android 14)',
      'x-forwarded-for': '203.0.113.9',
    });
    const columns = await t.db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'usage_daily_counts' ORDER BY ordinal_position",
    );
    assert.deepEqual(columns.rows.map((c) => c.column_name), ['day', 'kind', 'name', 'count']);
    const everything = JSON.stringify((await t.db.query('SELECT * FROM usage_daily_counts')).rows);
    assert.doesNotMatch(everything, /A123456789|203\.0\.113|Mozilla/);
  });

  it('refuses names that could carry an identifier, staff pages and unknown kinds', async () => {
    const before = JSON.stringify((await t.db.query('SELECT * FROM usage_daily_counts ORDER BY kind, name')).rows);
    const refused = [
      { kind: 'page-view', name: '/complaints/C2026-0042' },
      { kind: 'page-view', name: '/people/0912345678' },
      { kind: 'page-view', name: '/staff/people' },
      { kind: 'page-view', name: '/staff' },
      { kind: 'page-view', name: 'heat' },
      { kind: 'page-view', name: '/heat?district=北屯區' },
      { kind: 'page-view', name: `/${'a'.repeat(200)}` },
      { kind: 'tool-use', name: 'overtime pay' },
      { kind: 'tool-use', name: 'A123456789' },
      { kind: 'download', name: 'heat' },
      { kind: 'page-view' },
    ];
    for (const body of refused) {
      const response = await track(body);
      assert.equal(response.status, 400, JSON.stringify(body));
    }
    const afterRows = JSON.stringify((await t.db.query('SELECT * FROM usage_daily_counts ORDER BY kind, name')).rows);
    assert.equal(afterRows, before);
    const worded = await t.request('/api/v1/usage?lang=en', { method: 'POST', body: { kind: 'tool-use', name: 'A1' } });
    assert.equal(worded.json.errors[0].field, 'name');
    assert.equal(worded.json.errors[0].message, 'This page or tool name cannot be counted.');
  });

  it('reports per-day counts and the indicator, for analysts and admins only', async () => {
    await t.db.query(
      `INSERT INTO usage_daily_counts (day, kind, name, count) VALUES
         ('2026-02-28', 'page-view', '/', 150), ('2026-02-28', 'tool-use', 'overtime-pay', 6),
         ('2026-03-01', 'page-view', '/', 50), ('2026-03-01', 'tool-use', 'severance-pay', 5),
         ('2026-01-15', 'page-view', '/', 999)`,
    );
    const response = await t.request('/api/v1/staff/usage?from=2026-02-27&to=2026-03-02', { session: analyst });
    assert.equal(response.status, 200, response.text);
    const report = response.json;
    assert.deepEqual(report.days, [
      { day: '2026-02-27', pageViews: 0, toolUses: 0, ratioPercent: null },
      { day: '2026-02-28', pageViews: 150, toolUses: 6, ratioPercent: 4 },
      { day: '2026-03-01', pageViews: 50, toolUses: 5, ratioPercent: 10 },
      { day: '2026-03-02', pageViews: 5, toolUses: 2, ratioPercent: 40 },
    ]);
    assert.deepEqual(report.totals, { pageViews: 205, toolUses: 13 });
    // 13 ÷ 205 × 100 = 6.341… → 6.34 %, above the 5 % target.
    assert.equal(report.indicator.valuePercent, 6.34);
    assert.equal(report.indicator.targetPercent, 5);
    assert.equal(report.indicator.met, true);
    assert.deepEqual(report.pages[0], { name: '/', count: 201 });
    assert.deepEqual(report.tools, [
      { name: 'overtime-pay', count: 7 },
      { name: 'severance-pay', count: 5 },
      { name: 'heat-index', count: 1 },
    ]);

    const defaults = await t.request('/api/v1/staff/usage', { session: analyst });
    assert.equal(defaults.json.to, '2026-03-02', 'today in Taiwan');
    assert.equal(defaults.json.from, '2026-02-01');
    assert.equal(defaults.json.days.length, 30);

    const forbidden = await t.request('/api/v1/staff/usage', { session: inspector });
    assert.equal(forbidden.status, 403);
  });

  it('says null, not zero or infinity, when there are no page views', async () => {
    const response = await t.request('/api/v1/staff/usage?from=2025-01-01&to=2025-01-31', { session: analyst });
    assert.equal(response.json.indicator.valuePercent, null);
    assert.equal(response.json.indicator.met, null);
  });

  it('refuses a reversed or over-long range and a malformed date', async () => {
    for (const query of ['from=2026-03-02&to=2026-03-01', 'from=2024-01-01&to=2026-03-01', 'from=2026-02-30', 'to=yesterday']) {
      const response = await t.request(`/api/v1/staff/usage?${query}&lang=en`, { session: analyst });
      assert.equal(response.status, 400, query);
      assert.doesNotMatch(response.json.errors[0].message, /^validation\./, query);
    }
  });
});

describe('usage counting rate limit', () => {
  it('limits each IP address in memory and forgets it after the window', async () => {
    const db = await createTestDb();
    let clock = new Date('2026-03-02T02:00:00Z');
    try {
      const app = createApp({
        db,
        logger: createLogger('silent'),
        referenceData: createReferenceData(loadCityConfig('taichung')),
        clock: () => clock,
        settings: { sessionTtlMinutes: 60, loginMaxFailures: 5, loginLockoutMinutes: 15, bodyLimitBytes: 64 * 1024, secureCookies: false, trustProxy: true },
        usageLimiter: createRateLimiter({ limit: 3, windowMs: 60_000, store: databaseRateLimitStore(db) }),
      });
      const send = (ip: string) =>
        app.request('/api/v1/usage', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ kind: 'page-view', name: '/' }),
        });
      for (let i = 0; i < 3; i += 1) assert.equal((await send('198.51.100.1')).status, 204);
      const limited = await send('198.51.100.1');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal((await send('198.51.100.2')).status, 204, 'another address is not affected');
      clock = new Date(clock.getTime() + 61_000);
      assert.equal((await send('198.51.100.1')).status, 204);
      const counted = await db.query<{ count: number }>('SELECT count FROM usage_daily_counts');
      assert.equal(counted.rows[0]?.count, 5, 'refused requests are not counted');
    } finally {
      await db.close();
    }
  });
});

describe('usage counting name cap', () => {
  it('drops new names beyond the daily cap but keeps counting the known ones', async () => {
    const db = await createTestDb();
    try {
      const usage = createUsageService({ db, clock: () => now, timeZone: 'Asia/Taipei', maxNamesPerDay: 2 });
      assert.equal(await usage.count('page-view', '/'), true);
      assert.equal(await usage.count('tool-use', 'heat-index'), true);
      assert.equal(await usage.count('page-view', '/junk'), false);
      assert.equal(await usage.count('page-view', '/'), true);
      const rows = await db.query<{ name: string; count: number }>('SELECT name, count FROM usage_daily_counts ORDER BY name');
      assert.deepEqual(rows.rows, [
        { name: '/', count: 2 },
        { name: 'heat-index', count: 1 },
      ]);
    } finally {
      await db.close();
    }
  });
});
