import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { programCatalog } from './programs.catalog.ts';
import { createStarYouthService, monthsBetween } from './star-youth.service.ts';

// Tests run at 2026-03-02T02:00Z (10:00 in Taichung).
describe('摘星青年: bases and units, tenancies, mentoring visits, monthly payments', () => {
  let t: TestContext;
  let maker: Session;
  let checker: Session;
  let second: Session;
  let admin: Session;
  const apps: Record<string, string> = {};
  const people: Record<string, string> = {};
  const units: Record<string, string> = {};

  const post = (path: string, body: unknown, session = maker) => t.request(`${path}${path.includes('?') ? '&' : '?'}lang=en`, { method: 'POST', session, body });
  const allocate = (applicationId: string, unitId: string, session = maker, dates = { startsOn: '2026-01-01', endsOn: '2026-03-31' }) =>
    post('/api/v1/staff/star-youth/tenancies', { applicationId, unitId, businessName: '示範文創工作室', ...dates }, session);
  const board = async () => (await t.request('/api/v1/staff/star-youth/board?lang=en', { session: maker })).json;

  before(async () => {
    t = await createTestContext();
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    second = await t.signIn('second', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    const registrar = await t.signIn('registrar', ['employment-officer']);
    for (const definition of programCatalog) assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: definition })).status, 201);
    assert.equal((await t.request('/api/v1/staff/programs/star-youth/quota', { method: 'PUT', session: admin, body: { year: 2026, places: 108, budgetTwd: null, source: 'plan 一-8' } })).status, 204);
    for (const [key, idNumber, name, months] of [['a', 'A123456789', '林小華', 3], ['b', 'B123456780', '張二', 1], ['c', 'C123456781', '李三', 3], ['d', 'D123456782', '王四', 3]] as const) {
      const person = await t.request('/api/v1/staff/people', { method: 'POST', session: registrar, body: { idNumber, name, birthDate: '1995-05-05', districtCode: '66000040' } });
      people[key] = person.json.id;
      const filed = await post('/api/v1/programs/star-youth/applications', { personId: person.json.id, facts: { months } });
      assert.equal(filed.status, 201, filed.text);
      apps[key] = filed.json.id;
    }
    for (const key of ['a', 'b', 'c']) {
      const decided = await post(`/api/v1/staff/applications/${apps[key]}/decision`, { decision: 'approve', reason: 'ok' }, checker);
      assert.equal(decided.status, 200, decided.text);
    }
  });
  after(() => t.close());

  it('shows the three bases of the plan with their districts; staff add the units (none are invented)', async () => {
    const empty = await board();
    assert.deepEqual(empty.bases.map((b: { code: string; districtName: string; units: unknown[] }) => [b.code, b.districtName, b.units.length]), [
      ['zhaixing-villa', 'Tanzi Dist.', 0],
      ['guangfu-village', 'Wufeng Dist.', 0],
      ['audit-village', 'West Dist.', 0],
    ]);
    assert.deepEqual([empty.program.places, empty.program.placesCommitted], [108, 3]);
    assert.equal(empty.waiting.length, 3, 'the approved applicants, masked');
    assert.match(empty.waiting[0].applicant, /○/);
    for (const code of ['A-01', 'A-02', 'A-03']) {
      const added = await post('/api/v1/staff/star-youth/units', { baseCode: 'zhaixing-villa', code, name: `工作室 ${code}`, areaM2: 20 });
      assert.equal(added.status, 201, added.text);
      units[code] = added.json.id;
    }
    assert.equal((await post('/api/v1/staff/star-youth/units', { baseCode: 'zhaixing-villa', code: 'A-01', name: 'again' })).status, 409);
    const unknown = await post('/api/v1/staff/star-youth/units', { baseCode: 'no-such-base', code: 'X-1', name: 'x' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json.errors[0].field, 'baseCode');
  });

  it('allocates an approved applicant to a vacant unit, never one not approved, never twice', async () => {
    const first = await allocate(apps.a as string, units['A-01'] as string);
    assert.equal(first.status, 201, first.text);
    assert.equal((await allocate(apps.d as string, units['A-02'] as string)).status, 409, 'not approved');
    assert.equal((await allocate(apps.d as string, units['A-02'] as string)).json.code, 'INVALID_TRANSITION');
    assert.equal((await allocate(apps.a as string, units['A-02'] as string)).json.code, 'CONFLICT', 'already in a unit');
    const taken = await allocate(apps.b as string, units['A-01'] as string);
    assert.deepEqual([taken.status, taken.json.code], [409, 'UNIT_TAKEN']);
    const backwards = await allocate(apps.b as string, units['A-02'] as string, maker, { startsOn: '2026-03-01', endsOn: '2026-02-01' });
    assert.deepEqual([backwards.status, backwards.json.errors[0].field], [400, 'endsOn']);
  });

  it('a closed unit is not let, and an occupied one cannot be closed', async () => {
    const setStatus = (id: string, status: string) => t.request(`/api/v1/staff/star-youth/units/${id}/status`, { method: 'PUT', session: maker, body: { status } });
    assert.equal((await setStatus(units['A-03'] as string, 'closed')).status, 204);
    assert.equal((await allocate(apps.b as string, units['A-03'] as string)).json.code, 'UNIT_TAKEN');
    assert.equal((await setStatus(units['A-01'] as string, 'closed')).status, 409);
  });

  it('lets exactly one of two staff allocating the last vacant unit win', async () => {
    const [x, y] = await Promise.all([allocate(apps.b as string, units['A-02'] as string, maker), allocate(apps.c as string, units['A-02'] as string, second)]);
    assert.deepEqual([x.status, y.status].sort(), [201, 409]);
    assert.equal([x, y].find((r) => r.status === 409)?.json.code, 'UNIT_TAKEN');
    const rows = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM star_youth_tenancies WHERE unit_id = $1 AND ended_on IS NULL', [units['A-02']]);
    assert.equal(rows.rows[0]?.n, 1);
    const view = await board();
    const a02 = view.bases[0].units.find((u: { code: string }) => u.code === 'A-02');
    assert.equal(a02.status, 'occupied');
    assert.equal(view.program.housed, 2);
  });

  it('records mentoring visits and lists the visits due: never visited (from the start), follow-ups due within 14 days', async () => {
    const view = await board();
    const tenancyA = view.bases[0].units.find((u: { code: string }) => u.code === 'A-01').tenancy.id as string;
    const due0 = (await t.request('/api/v1/staff/star-youth/visits-due?lang=en', { session: maker })).json;
    assert.equal(due0.length, 2);
    assert.deepEqual([due0[0].dueOn, due0[0].overdue, due0[0].lastVisitedOn], ['2026-01-01', true, null]);
    const visit = (body: object) => post(`/api/v1/staff/star-youth/tenancies/${tenancyA}/visits`, { visitedOn: '2026-03-02', mentor: '陳顧問', topics: '行銷', findings: '網站上線', ...body });
    assert.equal((await visit({ visitedOn: '2026-03-03' })).json.errors[0].field, 'visitedOn', 'not in the future');
    assert.equal((await visit({ visitedOn: '2025-12-31' })).json.errors[0].field, 'visitedOn', 'not before the tenancy');
    assert.equal((await visit({ followUpDueOn: '2026-03-01' })).json.errors[0].field, 'followUpDueOn');
    // Due on the 14th day from today: listed; on the 15th: not yet.
    assert.equal((await visit({ followUps: '補交營運報表', followUpDueOn: '2026-03-16' })).status, 201);
    let due = (await t.request('/api/v1/staff/star-youth/visits-due', { session: maker })).json;
    assert.deepEqual(due.find((d: { tenancyId: string }) => d.tenancyId === tenancyA)?.dueOn, '2026-03-16');
    assert.equal((await visit({ followUpDueOn: '2026-03-17' })).status, 201);
    due = (await t.request('/api/v1/staff/star-youth/visits-due', { session: maker })).json;
    assert.equal(due.find((d: { tenancyId: string }) => d.tenancyId === tenancyA), undefined);
    const detail = await t.request(`/api/v1/staff/star-youth/tenancies/${tenancyA}?lang=en`, { session: maker });
    assert.equal(detail.json.visits.length, 2);
    assert.equal(detail.json.baseName, 'Zhaixing Villa');
  });

  it('pays the per-month entitlement month by month, as parts of the approved amount, each approved by someone else', async () => {
    const view = await board();
    const tenancyA = view.bases[0].units.find((u: { code: string }) => u.code === 'A-01').tenancy.id as string;
    const pay = (month: string, tenancy = tenancyA) => post(`/api/v1/staff/star-youth/tenancies/${tenancy}/payments`, { month });
    const detail0 = (await t.request(`/api/v1/staff/star-youth/tenancies/${tenancyA}`, { session: maker })).json;
    assert.deepEqual([detail0.monthlyTwd, detail0.approvedTwd], [33_000, 99_000]);
    assert.deepEqual(detail0.months.map((m: { month: string }) => m.month), ['2026-01', '2026-02', '2026-03']);
    assert.equal((await pay('2025-12')).json.errors[0].field, 'month');
    const january = await pay('2026-01');
    assert.equal(january.status, 201, january.text);
    assert.equal((await pay('2026-01')).status, 409, 'one payment a month');
    const approve = (id: string, session = checker) => post(`/api/v1/staff/payments/${id}/approve`, {}, session);
    assert.equal((await approve(january.json.id, maker)).json.code, 'MAKER_CANNOT_CHECK');
    assert.equal((await approve(january.json.id)).status, 200);
    const status = async (id: string) => (await t.request(`/api/v1/staff/applications/${id}`, { session: maker })).json.status;
    assert.equal(await status(apps.a as string), 'approved', 'one month of three paid');
    for (const month of ['2026-02', '2026-03']) {
      const prepared = await pay(month);
      assert.equal(prepared.status, 201);
      assert.equal((await approve(prepared.json.id)).status, 200);
    }
    assert.equal(await status(apps.a as string), 'paid', 'the last month settles the approved amount');
    const quota = await t.db.query<{ budget_paid_twd: number }>(`SELECT budget_paid_twd FROM program_quotas WHERE program_code = 'star-youth' AND year = 2026`);
    assert.equal(Number(quota.rows[0]?.budget_paid_twd), 99_000);

    // Applicant b was approved for one month (33,000): a second month goes beyond it.
    const tenancyB = (await board()).bases[0].units.find((u: { tenancy: { applicationId: string } | null }) => u.tenancy?.applicationId === apps.b)?.tenancy?.id;
    if (tenancyB) {
      assert.equal((await pay('2026-01', tenancyB)).status, 201);
      assert.equal((await pay('2026-02', tenancyB)).json.code, 'PAYMENT_OVER_APPROVED');
    } else {
      const tenancyC = (await board()).bases[0].units.find((u: { tenancy: { applicationId: string } | null }) => u.tenancy?.applicationId === apps.c)?.tenancy?.id as string;
      assert.equal((await pay('2026-01', tenancyC)).status, 201);
    }
  });

  it('refuses a month not come yet, ends a tenancy (the unit is vacant again), and shows the applicant their unit', async () => {
    const view = await board();
    const unitA = view.bases[0].units.find((u: { code: string }) => u.code === 'A-01');
    const later = await post(`/api/v1/staff/star-youth/tenancies/${unitA.tenancy.id}/payments`, { month: '2026-04' });
    assert.equal(later.json.errors[0].field, 'month', 'outside the tenancy');
    const ended = await post(`/api/v1/staff/star-youth/tenancies/${unitA.tenancy.id}/end`, { endedOn: '2026-03-02' });
    assert.equal(ended.status, 204, ended.text);
    assert.equal((await post(`/api/v1/staff/star-youth/tenancies/${unitA.tenancy.id}/end`, { endedOn: '2026-03-02' })).status, 409);
    const after = await board();
    assert.equal(after.bases[0].units.find((u: { code: string }) => u.code === 'A-01').status, 'vacant');
    // A new tenancy running into the future: its future month is refused.
    const again = await allocate(apps.a as string, unitA.id, maker, { startsOn: '2026-03-03', endsOn: '2026-06-30' });
    assert.equal(again.status, 201, again.text);
    assert.equal((await post(`/api/v1/staff/star-youth/tenancies/${again.json.id}/payments`, { month: '2026-04' })).json.errors[0].message, 'This month has not come yet, so it cannot be paid.');

    const service = createStarYouthService({ db: t.db, clock: () => new Date('2026-03-02T02:00:00Z'), referenceData: t.referenceData });
    const own = { id: randomUUID(), kind: 'citizen' as const, personId: people.a as string, employerId: null, employerRole: null, csrfToken: '', sessionTokenHash: '' };
    const mine = await service.mine(own, apps.a as string, 'zh-TW');
    assert.deepEqual([mine?.baseName, mine?.unitCode, mine?.startsOn, mine?.monthsPaid], ['摘星山莊', 'A-01', '2026-03-03', 3]);
    await assert.rejects(service.mine({ ...own, personId: people.b as string }, apps.a as string, 'zh-TW'), { code: 'NOT_FOUND' });
    assert.equal((await t.request(`/api/v1/me/program-applications/${apps.a}/arrangements`)).status, 401);
  });

  it('counts the months of a tenancy across a year end', () => {
    assert.deepEqual(monthsBetween('2025-11-15', '2026-02-01'), ['2025-11', '2025-12', '2026-01', '2026-02']);
    assert.deepEqual(monthsBetween('2026-03-01', '2026-03-31'), ['2026-03']);
  });
});
