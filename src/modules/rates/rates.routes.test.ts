import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { minimumWageRenewal } from './rates.service.ts';

// Test-only figures and announcements throughout, not legal ones: no 2027 minimum wage, grade table or
// disability table has been found with its announcement (docs/labor-rules.md).
const announcement = (number: string) => ({ name: '測試公告（非真實）', number, date: '2026-10-01', url: 'https://example.test/announcements/1' });
const minimum2027 = { effectiveFrom: '2027-01-01', monthly: 31000, hourly: 207, announcement: announcement('test-2027') };

describe('the minimum-wage renewal warning (issue 14 §3)', () => {
  it('starts 60 days before the end of the last period\'s year, not a day earlier', () => {
    // 31 December 2026 − 60 days = 1 November 2026.
    assert.equal(minimumWageRenewal('2026-01-01', '2026-10-31').renewalDue, false);
    assert.deepEqual(minimumWageRenewal('2026-01-01', '2026-11-01'), { lastEffectiveFrom: '2026-01-01', warnFrom: '2026-11-01', nextYear: 2027, renewalDue: true });
    assert.equal(minimumWageRenewal('2026-01-01', '2027-01-05').renewalDue, true, 'still due once the year is over without a new period');
    assert.equal(minimumWageRenewal('2027-01-01', '2026-12-01').renewalDue, false, 'a period for the next year ends it');
  });
});

describe('published rates over HTTP (issue 14 §3, ADR 0024)', () => {
  let t: TestContext;
  let admin: Session;
  let secondAdmin: Session;
  let analyst: Session;

  before(async () => {
    // 2026-10-31 23:59 in Taipei: the day before the warning starts.
    t = await createTestContext({ now: new Date('2026-10-31T15:59:00Z') });
    admin = await t.signIn('admin', ['admin']);
    secondAdmin = await t.signIn('admin-2', ['admin']);
    analyst = await t.signIn('analyst', ['analyst']);
  });
  after(() => t.close());

  const publish = (kind: string, body: unknown, session: Session = admin) => t.request(`/api/v1/staff/rates/${kind}`, { method: 'POST', session, body });
  const overtime = (monthlyWage: number) =>
    t.request('/api/v1/calculators/overtime-pay', {
      method: 'POST',
      body: { monthlyWage, days: [{ date: '2026-12-31', dayType: 'workday', hoursWorked: 8 }, { date: '2027-01-04', dayType: 'workday', hoursWorked: 8 }] },
    });

  it('lists nothing published at first, publicly, revalidated on each use', async () => {
    const response = await t.request('/api/v1/rates');
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.json, { minimumWage: [], contributionGrades: [], disabilityGrades: [] });
    assert.equal(response.headers.get('cache-control'), 'public, no-cache');
  });

  it('warns the admin from 60 days before the end of 2026 with no 2027 period, by the injected clock', async () => {
    const before = await t.request('/api/v1/staff/rates/status', { session: admin });
    assert.equal(before.status, 200, before.text);
    assert.deepEqual(before.json, { today: '2026-10-31', minimumWage: { lastEffectiveFrom: '2026-01-01', warnFrom: '2026-11-01', nextYear: 2027, renewalDue: false } });
    t.setNow(new Date('2026-10-31T16:00:00Z')); // 2026-11-01 00:00 in Taipei
    const from = await t.request('/api/v1/staff/rates/status', { session: admin });
    assert.equal(from.json.minimumWage.renewalDue, true);
    assert.equal((await t.request('/api/v1/staff/rates/status', { session: analyst })).status, 403);
    assert.equal((await t.request('/api/v1/staff/rates/status')).status, 401);
  });

  it('lets only rates.manage publish, and names each bad field', async () => {
    assert.equal((await publish('minimum-wage', minimum2027, analyst)).status, 403);
    assert.equal((await t.request('/api/v1/staff/rates/minimum-wage', { method: 'POST', body: minimum2027 })).status, 401);
    const bad = await publish('minimum-wage', { effectiveFrom: '2027-02-30', monthly: 0, hourly: 207.5, announcement: { name: ' ', number: 'x', date: '2026-10-01', url: 'mol.gov.tw' } });
    assert.equal(bad.status, 400, bad.text);
    const fields = (bad.json.errors as { field: string }[]).map((issue) => issue.field).sort();
    assert.deepEqual(fields, ['announcement.name', 'announcement.url', 'effectiveFrom', 'hourly', 'monthly']);
  });

  it('publishes a minimum wage with its announcement, audited; the calculators use it from its date on', async () => {
    // A monthly wage between the two rates: below the minimum only from 2027-01-01.
    const earlier = await overtime(30000);
    assert.deepEqual((earlier.json.warnings as { code: string }[]).filter((w) => w.code === 'belowMinimumWage'), []);
    const published = await publish('minimum-wage', minimum2027);
    assert.equal(published.status, 201, published.text);

    const list = await t.request('/api/v1/rates');
    assert.equal(list.json.minimumWage.length, 1);
    assert.deepEqual({ ...list.json.minimumWage[0], id: undefined, publishedAt: undefined }, { id: undefined, publishedAt: undefined, effectiveFrom: '2027-01-01', monthly: 31000, hourly: 207, announcement: minimum2027.announcement });

    const audit = await t.db.query<{ actor_username: string; record_id: string; details: Record<string, unknown> }>("SELECT actor_username, record_id, details FROM audit_events WHERE action = 'rates.publish'");
    assert.equal(audit.rows.length, 1);
    assert.equal(audit.rows[0]?.actor_username, 'admin');
    assert.equal(audit.rows[0]?.record_id, published.json.id);
    assert.deepEqual(audit.rows[0]?.details, { kind: 'minimum-wage', effectiveFrom: '2027-01-01', announcement: { name: '測試公告（非真實）', number: 'test-2027', date: '2026-10-01' } });

    const later = await overtime(30000);
    assert.equal(later.status, 200, later.text);
    assert.deepEqual((later.json.warnings as { code: string; date: string }[]).filter((w) => w.code === 'belowMinimumWage').map((w) => w.date), ['2027-01-04']);
    assert.deepEqual((later.json.ratesUsed as { effectiveFrom: string }[]).map((r) => r.effectiveFrom), ['2026-01-01', '2027-01-01']);
    assert.equal(later.json.ratesUsed[1].announcement.number, 'test-2027');
    assert.equal(later.json.ratesUsed[1].source, '測試公告（非真實）（test-2027，2026-10-01）');

    const day = async (date: string) => (await t.request(`/api/v1/minimum-wage?date=${date}`)).json;
    assert.deepEqual([(await day('2026-12-31')).monthly, (await day('2027-01-01')).monthly], [29500, 31000]);
    const quota = async (month: string) =>
      (await t.request('/api/v1/calculators/disability-quota', { method: 'POST', body: { sector: 'private', employees: 250, month } })).json.monthlyShortfallPayment;
    assert.deepEqual([await quota('2026-12'), await quota('2027-01')], [59000, 62000]);
  });

  it('ends the warning once the next year has a period', async () => {
    const status = await t.request('/api/v1/staff/rates/status', { session: admin });
    assert.deepEqual(status.json.minimumWage, { lastEffectiveFrom: '2027-01-01', warnFrom: '2027-11-01', nextYear: 2028, renewalDue: false });
  });

  it('never changes an earlier period: a period must start after the last of its kind (409 on effectiveFrom)', async () => {
    for (const effectiveFrom of ['2027-01-01', '2026-07-01', '2026-01-01']) {
      const response = await publish('minimum-wage', { ...minimum2027, effectiveFrom, monthly: 1 });
      assert.equal(response.status, 409, `${effectiveFrom}: ${response.text}`);
      assert.equal(response.json.code, 'RATE_PERIOD_NOT_LATER');
      assert.equal(response.json.errors[0].field, 'effectiveFrom');
    }
    await assert.rejects(t.db.query("UPDATE published_rates SET payload = '{\"monthly\": 1, \"hourly\": 1}'"), /append-only/);
    await assert.rejects(t.db.query('DELETE FROM published_rates'), /append-only/);
    assert.equal((await t.request('/api/v1/minimum-wage?date=2027-06-01')).json.monthly, 31000);
  });

  it('gives one 201 and one 409 to two admins publishing at once', async () => {
    const body = { ...minimum2027, effectiveFrom: '2028-01-01', monthly: 32000, hourly: 214, announcement: announcement('test-2028') };
    const [first, second] = await Promise.all([publish('minimum-wage', body, admin), publish('minimum-wage', body, secondAdmin)]);
    assert.deepEqual([first.status, second.status].sort(), [201, 409], `${first.text} ${second.text}`);
    assert.equal((await t.request('/api/v1/rates')).json.minimumWage.length, 2);
    const audited = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'rates.publish'");
    assert.equal(audited.rowCount, 2, 'the refused one left no audit line');
  });

  it('publishes a contribution grade table that the pension calculator uses from its date', async () => {
    const grades = [{ grade: 1, wage: 1500 }, { grade: 2, wage: 30300 }, { grade: 3, wage: 150000 }];
    const disordered = await publish('contribution-grades', { effectiveFrom: '2027-01-01', grades: [grades[0], { grade: 3, wage: 1000 }], announcement: announcement('g-1') });
    assert.equal(disordered.status, 400);
    assert.deepEqual((disordered.json.errors as { field: string }[]).map((e) => e.field).sort(), ['grades.1.grade', 'grades.1.wage']);
    assert.equal((await publish('contribution-grades', { effectiveFrom: '2027-01-01', grades, announcement: announcement('g-1') })).status, 201);
    const pension = async (date: string) =>
      (await t.request('/api/v1/calculators/pension-contribution', { method: 'POST', body: { monthlyWage: 30000, date } })).json;
    const before = await pension('2026-12-31');
    assert.deepEqual([before.contributionWage, before.ratesUsed], [30000, []]);
    const from = await pension('2027-01-01');
    assert.deepEqual([from.contributionWage, from.employerContribution, from.contributionGrade], [30300, 1818, { grade: 2, wage: 30300, effectiveFrom: '2027-01-01' }]);
    assert.equal(from.ratesUsed[0].announcement.number, 'g-1');
  });

  it('publishes a disability table that the occupational-injury calculator uses for a grade', async () => {
    const grades = [{ grade: 1, days: 1800 }, { grade: 2, days: 1500 }, { grade: 3, days: 45 }];
    assert.equal((await publish('disability-grades', { effectiveFrom: '2027-01-01', grades: [...grades].reverse().map((g, i) => ({ ...g, grade: i + 1 })), announcement: announcement('d-1') })).status, 400);
    assert.equal((await publish('disability-grades', { effectiveFrom: '2027-01-01', grades, announcement: announcement('d-1') })).status, 201);
    const injury = (extra: object) => t.request('/api/v1/calculators/occupational-injury', { method: 'POST', body: { averageMonthlyWage: 30000, kind: 'disability', disabilityGrade: 3, ...extra } });
    const from = await injury({ date: '2027-01-01' });
    assert.equal(from.status, 200, from.text);
    assert.deepEqual([from.json.disabilityCompensation, from.json.ratesUsed[0].effectiveFrom], [45000, '2027-01-01']);
    // The app's clock (2026-11-01) is before the table: without the days, the answer names them.
    const today = await injury({});
    assert.equal(today.status, 400, today.text);
    assert.equal(today.json.errors[0].field, 'disabilityBenefitDays');
    const neither = await t.request('/api/v1/calculators/occupational-injury', { method: 'POST', body: { averageMonthlyWage: 30000, kind: 'disability' } });
    assert.equal(neither.json.errors[0].field, 'disabilityBenefitDays');
  });

  it('documents the endpoints in the OpenAPI document: the list public, publishing for rates.manage', async () => {
    const doc = (await t.request('/api/v1/openapi.json')).json;
    assert.deepEqual(doc.paths['/api/v1/rates'].get.security, []);
    for (const kind of ['minimum-wage', 'contribution-grades', 'disability-grades']) {
      const post = doc.paths[`/api/v1/staff/rates/${kind}`].post;
      assert.deepEqual(post.security, [{ staffSession: [] }]);
      assert.match(post.description, /rates\.manage/);
      assert.ok(post.responses['409'], `${kind} documents its 409`);
    }
    assert.ok(doc.paths['/api/v1/staff/rates/status'].get);
    assert.ok(doc.components.schemas.RateUsed, 'calculator answers document the rates they used');
  });

  it('lists every kind with its announcement, oldest first', async () => {
    const list = (await t.request('/api/v1/rates')).json;
    assert.deepEqual(list.minimumWage.map((p: { effectiveFrom: string }) => p.effectiveFrom), ['2027-01-01', '2028-01-01']);
    assert.equal(list.contributionGrades[0].grades.length, 3);
    assert.equal(list.disabilityGrades[0].announcement.number, 'd-1');
  });
});
