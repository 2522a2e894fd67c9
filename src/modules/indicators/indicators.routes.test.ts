import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { runIndicatorSnapshot } from './indicators.jobs.ts';
import { createIndicatorsService } from './indicators.service.ts';

type Item = { code: string; weight: number; target: number | null; value: number | null; numerator: number | null; denominator: number | null; met: boolean | null; source: string; dimension: string };

describe('performance indicators (衡量指標)', () => {
  let t: TestContext;
  let analyst: Session;
  let admin: Session;
  let officer: Session;
  let inspector: Session;
  before(async () => {
    t = await createTestContext({ now: new Date('2026-01-15T02:00:00Z') });
    analyst = await t.signIn('analyst', ['analyst']);
    admin = await t.signIn('admin', ['admin']);
    officer = await t.signIn('employment', ['employment-officer']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
  });
  after(() => t.close());

  const item = (list: { items: Item[] }, code: string) => list.items.find((i) => i.code === code)!;
  const use = async (kind: 'page-view' | 'tool-use', times: number, on: string) => {
    t.setNow(new Date(on));
    for (let i = 0; i < times; i += 1) {
      const response = await t.request('/api/v1/usage', { method: 'POST', body: { kind, name: kind === 'page-view' ? '/calculators' : 'overtime-pay' } });
      assert.equal(response.status, 204);
    }
    await relogin();
  };
  // Sessions last an hour on the test clock: moving the clock signs everyone in again.
  const relogin = async () => {
    analyst = await t.login('analyst');
    admin = await t.login('admin');
    officer = await t.login('employment');
    inspector = await t.login('inspector');
  };

  it("answers the plan's 2015 (民國 104) definitions and targets, weights adding up to 100 %", async () => {
    const response = await t.request('/api/v1/indicators?year=2015');
    assert.equal(response.status, 200, response.text);
    const list = response.json as { year: number; score: number; items: Item[] };
    assert.deepEqual(list.items.map((i) => i.code), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    assert.deepEqual(list.items.map((i) => i.target), [40, 5, 5.038, 1.527, 34, 164.1, 14.5, 61, 1, 40, 80, 45, 80, 80]);
    assert.deepEqual(list.items.map((i) => i.weight), [11, 9, 9, 9, 9, 9, 9, 5, 5, 5, 2, 3, 7, 8]);
    assert.equal(list.items.reduce((s, i) => s + i.weight, 0), 100);
    assert.deepEqual(list.items.map((i) => i.dimension), [...Array(8).fill('business'), ...Array(4).fill('staffing'), 'budget', 'budget']);
    // Every module indicator is plugged in; indicator 4's denominator is the analyst's entry, absent here.
    for (const code of ['1', '2', '4', '5', '6', '7', '8']) assert.equal(item(list, code).source, 'computed', code);
    assert.equal(item(list, '1').value, null, 'nobody registered: no value, never 0');
    assert.equal(item(list, '4').value, null, 'no youth population entered: no value');
    assert.equal(item(list, '3').source, 'missing', 'entered indicator without an entry');
    assert.equal(list.score, 0);
  });

  it('works indicator 3’s target out from its baseline: 5.089 falling 1 % a year', async () => {
    const y2016 = (await t.request('/api/v1/indicators?year=2016')).json;
    assert.equal(item(y2016, '3').target, 4.988, '5.089 × 0.99² = 4.98773');
    const y2026 = (await t.request('/api/v1/indicators?year=2026')).json;
    assert.equal(item(y2026, '3').target, 4.511, '5.089 × 0.99¹² = 4.5108');
    assert.equal(item(y2026, '1').target, null, 'an absolute target is not carried into a later year');
  });

  it('computes indicator 2 from the usage counts, and the month drill-down adds up to the whole', async () => {
    await use('page-view', 10, '2026-01-15T02:00:00Z');
    await use('tool-use', 1, '2026-01-15T02:00:00Z');
    await use('page-view', 30, '2026-02-10T02:00:00Z');
    await use('tool-use', 1, '2026-02-10T02:00:00Z');
    const response = await t.request('/api/v1/indicators/2?from=2026-01-01&to=2026-12-31&by=month', { session: analyst });
    assert.equal(response.status, 200, response.text);
    const detail = response.json as { value: number; numerator: number; denominator: number; drillable: boolean; parts: { unit: string; value: number | null; numerator: number; denominator: number }[] };
    assert.deepEqual([detail.numerator, detail.denominator, detail.value], [2, 40, 5]);
    assert.equal(detail.parts.length, 12);
    assert.deepEqual(detail.parts[0], { unit: '2026-01', label: null, value: 10, numerator: 1, denominator: 10, target: null, met: null });
    assert.deepEqual(detail.parts[1], { unit: '2026-02', label: null, value: 3.33, numerator: 1, denominator: 30, target: null, met: null });
    assert.equal(detail.parts.reduce((s, p) => s + p.numerator, 0), detail.numerator);
    assert.equal(detail.parts.reduce((s, p) => s + p.denominator, 0), detail.denominator);
    const byStation = (await t.request('/api/v1/indicators/2?from=2026-01-01&to=2026-12-31&by=station', { session: analyst })).json;
    assert.equal(byStation.drillable, false, 'usage counts carry no unit');

    const list = (await t.request('/api/v1/indicators?year=2026')).json;
    assert.deepEqual([item(list, '2').numerator, item(list, '2').denominator, item(list, '2').value, item(list, '2').met], [2, 40, 5, null]);
    const set = await t.request('/api/v1/staff/indicators/2/targets/2026', { method: 'PUT', session: admin, body: { kind: 'absolute', value: 5, source: '115 年度施政計畫' } });
    assert.equal(set.status, 204, set.text);
    const withTarget = (await t.request('/api/v1/indicators?year=2026')).json;
    assert.equal(item(withTarget, '2').met, true, '5 % meets a 5 % target');
    assert.equal(withTarget.score, 9, 'indicator 2 weighs 9 %');
  });

  it('takes indicator 3 from an analyst’s entry with its source, audited, the latest entry counting', async () => {
    t.setNow(new Date('2026-02-20T02:00:00Z'));
    await relogin();
    const body = { period: '2026-01', numerator: 480, denominator: 100_000, source: '勞動部勞工保險局 職災給付統計 115 年 1 月', sourceDate: '2026-02-18' };
    const entered = await t.request('/api/v1/staff/indicators/3/entries', { method: 'POST', session: analyst, body });
    assert.equal(entered.status, 201, entered.text);
    let list = (await t.request('/api/v1/indicators?year=2026')).json;
    assert.deepEqual([item(list, '3').value, item(list, '3').source, item(list, '3').met], [4.8, 'entered', false]);
    // A correction is a new entry; lower is better, so 4.5 meets 4.511.
    await t.request('/api/v1/staff/indicators/3/entries', { method: 'POST', session: analyst, body: { ...body, numerator: 450, source: '勞保局 更正' } });
    list = (await t.request('/api/v1/indicators?year=2026')).json;
    assert.deepEqual([item(list, '3').numerator, item(list, '3').denominator, item(list, '3').value, item(list, '3').met], [450, 100_000, 4.5, true]);
    const entries = (await t.request('/api/v1/staff/indicators/3/entries', { session: analyst })).json.items;
    assert.equal(entries.length, 2);
    assert.equal(entries[0].enteredBy, 'analyst');
    assert.equal(entries[0].source, '勞保局 更正');
    const audit = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'indicators.enter'");
    assert.equal(audit.rows[0]?.n, 2);
  });

  it('refuses entries for computed indicators, malformed periods and other roles; officers read their own module only', async () => {
    const base = { period: '2026', numerator: 1, denominator: 2, source: 'x', sourceDate: '2026-01-01' };
    assert.equal((await t.request('/api/v1/staff/indicators/2/entries', { method: 'POST', session: analyst, body: base })).status, 409);
    const bad = await t.request('/api/v1/staff/indicators/3/entries?lang=en', { method: 'POST', session: analyst, body: { ...base, period: '2026-13' } });
    assert.equal(bad.status, 400);
    assert.doesNotMatch(bad.json.errors[0].message, /^validation\./);
    assert.equal((await t.request('/api/v1/staff/indicators/3/entries', { method: 'POST', session: admin, body: base })).status, 403);
    assert.equal((await t.request('/api/v1/indicators/2?from=2026-01-01&to=2026-01-31', { session: inspector })).status, 403);
    assert.equal((await t.request('/api/v1/indicators/2?from=2026-01-01&to=2026-01-31', { session: officer })).status, 403);
    assert.equal((await t.request('/api/v1/indicators/1?from=2026-01-01&to=2026-01-31', { session: officer })).status, 200);
    assert.equal((await t.request('/api/v1/indicators/2?from=2025-12-01&to=2026-01-31', { session: analyst })).status, 400, 'one year at a time');
    assert.equal((await t.request('/api/v1/staff/indicators/2/targets/2026', { method: 'PUT', session: analyst, body: { kind: 'absolute', value: 1, source: 'x' } })).status, 403);
  });

  it('freezes a closed month: a later record leaves it unchanged and shows in the recompute, reissued with a reason', async () => {
    const closed = await t.request('/api/v1/staff/indicators/periods/2026-02/close', { method: 'POST', session: analyst });
    assert.equal(closed.status, 201, closed.text);
    assert.equal(closed.json.version, 1);
    assert.equal((await t.request('/api/v1/staff/indicators/periods/2026-02/close', { method: 'POST', session: analyst })).status, 409);

    await use('tool-use', 2, '2026-02-25T02:00:00Z');
    const review = (await t.request('/api/v1/staff/indicators/periods/2026-02', { session: analyst })).json;
    const two = review.items.find((i: { code: string }) => i.code === '2');
    assert.deepEqual(two.reported, { value: 3.33, numerator: 1, denominator: 30, source: 'computed', denominatorSource: 'computed' });
    assert.deepEqual(two.recomputed, { value: 10, numerator: 3, denominator: 30, source: 'computed', denominatorSource: 'computed' });
    assert.deepEqual(two.difference, { value: 6.67, numerator: 2, denominator: 0 });
    assert.equal(two.changed, true);
    assert.equal(review.items.find((i: { code: string }) => i.code === '5').changed, false);

    const reissued = await t.request('/api/v1/staff/indicators/periods/2026-02/reissue', { method: 'POST', session: analyst, body: { reason: '2 月工具使用次數補登' } });
    assert.equal(reissued.status, 201, reissued.text);
    assert.equal(reissued.json.version, 2);
    const after = (await t.request('/api/v1/staff/indicators/periods/2026-02', { session: analyst })).json;
    assert.equal(after.closed.reason, '2 月工具使用次數補登');
    assert.equal(after.items.find((i: { code: string }) => i.code === '2').changed, false);
  });

  it('answers a closed year with its frozen figures, whatever is recorded later', async () => {
    const closed = await t.request('/api/v1/staff/indicators/periods/2025/close', { method: 'POST', session: analyst });
    assert.equal(closed.status, 201);
    const before = item((await t.request('/api/v1/indicators?year=2025')).json, '2');
    await t.db.query("INSERT INTO usage_daily_counts (day, kind, name, count) VALUES ('2025-06-01', 'page-view', '/', 100), ('2025-06-01', 'tool-use', 'heat-index', 7)");
    const list = (await t.request('/api/v1/indicators?year=2025')).json;
    assert.equal(list.closed.version, 1);
    assert.deepEqual(item(list, '2'), before);
    // The trend of 2026 is against 2025 as reported, not as recomputed.
    const previous = (item((await t.request('/api/v1/indicators?year=2026')).json, '2') as Item & { previous: number | null }).previous;
    assert.equal(previous, before.value);
    const review = (await t.request('/api/v1/staff/indicators/periods/2025', { session: analyst })).json;
    const two = review.items.find((i: { code: string }) => i.code === '2');
    assert.notEqual(two.recomputed.value, previous, 'the later 2025 records change the recompute only');
  });

  it('lets one of two analysts closing the same period at once through', async () => {
    const [a, b] = await Promise.all([
      t.request('/api/v1/staff/indicators/periods/2026-Q1/close', { method: 'POST', session: analyst }),
      t.request('/api/v1/staff/indicators/periods/2026-Q1/close', { method: 'POST', session: analyst }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409]);
    const versions = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM indicator_period_values WHERE period = '2026-Q1'");
    assert.equal(versions.rows[0]?.n, 14);
  });

  it('closes last month in the monthly snapshot job, once', async () => {
    const service = createIndicatorsService({ db: t.db, clock: () => new Date('2026-04-01T18:00:00Z') });
    // 02:00 on 2 April in Taiwan: the snapshot closes March.
    const first = await runIndicatorSnapshot(service, new Date('2026-04-01T18:00:00Z'), 'Asia/Taipei');
    assert.equal(first.period, '2026-03');
    assert.equal(first.closed?.version, 1);
    const second = await runIndicatorSnapshot(service, new Date('2026-04-01T19:00:00Z'), 'Asia/Taipei');
    assert.equal(second.closed, null);
  });

  it("refuses a year's set whose weights do not add up to 100 %", async () => {
    const service = createIndicatorsService({ db: t.db, clock: () => new Date('2026-04-01T00:00:00Z') });
    const set = (await service.definitions(2026)).map(({ fromYear: _, ...d }) => d);
    const [adminRow] = (await t.db.query<{ id: string; username: string }>("SELECT id, username FROM staff_users WHERE username = 'admin'")).rows;
    const staff = { id: adminRow!.id, username: 'admin', displayName: 'admin', roles: ['admin'], homeUnit: { kind: 'city' as const, code: null }, csrfToken: '', sessionTokenHash: '' };
    await assert.rejects(service.defineYear(2027, set.map((d) => (d.code === '8' ? { ...d, weight: 4 } : d)), staff), /VALIDATION_FAILED/);
    await service.defineYear(2027, set.map((d) => (d.code === '8' ? { ...d, weight: 4 } : d.code === '1' ? { ...d, weight: 12 } : d)), staff);
    assert.equal((await service.definitions(2027)).find((d) => d.code === '1')?.weight, 12);
    assert.equal((await service.definitions(2026)).find((d) => d.code === '1')?.weight, 11, 'an earlier year keeps its set');
  });

  it('replaces a year’s definitions over HTTP for an admin only, refusing weights that do not add up to 100 %', async () => {
    const current = (await t.request('/api/v1/staff/indicators/definitions/2028', { session: analyst })).json;
    assert.equal(current.fromYear, 2027, 'the set in force in 2028 is the one from 2027');
    const heavier = current.definitions.map((d: { code: string; weight: number }) => (d.code === '2' ? { ...d, weight: 10 } : d));
    const refused = await t.request('/api/v1/staff/indicators/definitions/2028?lang=en', { method: 'PUT', session: admin, body: { definitions: heavier } });
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.json.errors[0].field, 'definitions');
    assert.match(refused.json.errors[0].message, /100 %/);
    assert.equal((await t.request('/api/v1/staff/indicators/definitions/2028', { method: 'PUT', session: analyst, body: { definitions: current.definitions } })).status, 403);
    const balanced = heavier.map((d: { code: string; weight: number }) => (d.code === '1' ? { ...d, weight: 11 } : d));
    const saved = await t.request('/api/v1/staff/indicators/definitions/2028', { method: 'PUT', session: admin, body: { definitions: balanced } });
    assert.equal(saved.status, 204, saved.text);
    const after = (await t.request('/api/v1/staff/indicators/definitions/2028', { session: analyst })).json;
    assert.deepEqual([after.fromYear, after.definitions.find((d: { code: string }) => d.code === '2').weight], [2028, 10]);
    assert.equal((await t.request('/api/v1/staff/indicators/definitions/2027', { session: analyst })).json.definitions.find((d: { code: string }) => d.code === '2').weight, 9);
    const audit = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'indicators.define' AND record_id = '2028'");
    assert.equal(audit.rows[0]?.n, 1);
  });

  it('exports the year as ODS through the export kit', async () => {
    const response = await t.app.request('/api/v1/indicators?year=2026&format=ods');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/vnd.oasis.opendocument.spreadsheet');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  });
});
