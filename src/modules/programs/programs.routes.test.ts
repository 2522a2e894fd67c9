import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { programCatalog } from './programs.catalog.ts';

// Tests run at 2026-03-02T02:00Z (10:00 in Taichung).
describe('programs: eligibility rule by rule, maker–checker, quotas, payments', () => {
  let t: TestContext;
  let maker: Session;
  let checker: Session;
  let admin: Session;
  let registrar: Session;
  let people: Record<string, string> = {};

  const person = async (idNumber: string, name: string, birthDate: string, districtCode = '66000170') => {
    const response = await t.request('/api/v1/staff/people', { method: 'POST', session: registrar, body: { idNumber, name, birthDate, districtCode } });
    assert.equal(response.status, 201, response.text);
    return response.json.id as string;
  };
  const apply = (code: string, body: unknown, session = maker, lang = 'en') =>
    t.request(`/api/v1/programs/${code}/applications?lang=${lang}`, { method: 'POST', session, body });
  const decide = (id: string, body: unknown, session = checker) =>
    t.request(`/api/v1/staff/applications/${id}/decision?lang=en`, { method: 'POST', session, body });

  before(async () => {
    t = await createTestContext();
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    registrar = await t.signIn('registrar', ['employment-officer']);
    for (const definition of programCatalog) {
      const response = await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: definition });
      assert.equal(response.status, 201, response.text);
    }
    const quota = await t.request('/api/v1/staff/programs/star-youth/quota', { method: 'PUT', session: admin, body: { year: 2026, places: 2, budgetTwd: null, source: 'test' } });
    assert.equal(quota.status, 204, quota.text);
    people = {
      young: await person('A123456789', '林小華', '2006-03-02'),
      tooYoung: await person('F131104093', '陳一', '2006-03-03'),
      b: await person('B123456780', '張二', '1990-05-05'),
      c: await person('C123456781', '李三', '1991-06-06'),
    };
  });
  after(() => t.close());

  it('lists open programs with their rules in words, and checks stated facts rule by rule', async () => {
    const list = await t.request('/api/v1/programs?lang=en');
    assert.equal(list.status, 200);
    const star = list.json.find((p: { code: string }) => p.code === 'star-youth');
    assert.equal(star.name, 'Star Youth: Dreams in Taichung');
    assert.deepEqual(star.eligibility, [{ code: 'age-20-40', text: 'Aged 20 to 40 on the application date (2026-03-02)' }]);
    const check = await t.request('/api/v1/programs/star-youth/eligibility?lang=en', { method: 'POST', body: { birthDate: '1985-03-02' } });
    assert.equal(check.status, 200);
    assert.equal(check.json.eligible, false);
    assert.deepEqual(check.json.rules.map((r: { code: string; passed: boolean }) => [r.code, r.passed]), [['age-20-40', false]]);
    assert.match(check.json.rules[0].message, /the applicant is 41/);
  });

  it('files an application from the person record, keeps the rule results, and refuses a second one for the period', async () => {
    const filed = await apply('star-youth', { personId: people.young, facts: { months: 1 } });
    assert.equal(filed.status, 201, filed.text);
    const view = await t.request(`/api/v1/staff/applications/${filed.json.id}?lang=zh-TW`, { session: checker });
    assert.equal(view.status, 200);
    assert.equal(view.json.eligible, true);
    assert.equal(view.json.amountTwd, 33_000);
    assert.equal(view.json.applicant, '林○華');
    assert.match(view.json.rules[0].message, /申請人為 20 歲/);
    assert.equal(view.json.callerIsMaker, false);
    const again = await apply('star-youth', { personId: people.young, facts: {} });
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'DUPLICATE_APPLICATION');
    const audit = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'program.application.view' AND record_id = $1`, [filed.json.id]);
    assert.equal(audit.rows[0]?.n, 1);
  });

  it('finds the applicant by the ID number typed from the papers, and names the field when none is on record', async () => {
    const unknown = await apply('star-youth', { personIdNumber: 'D123456782', facts: {} });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json.errors[0].field, 'personIdNumber');
    assert.match(unknown.json.errors[0].message, /No person with this ID number/);
    const again = await apply('star-youth', { personIdNumber: 'a123456789', facts: {} });
    assert.equal(again.json.code, 'DUPLICATE_APPLICATION', 'the same person as by record id');
  });

  it('never lets the maker decide, and never approves an ineligible application', async () => {
    const filed = await apply('star-youth', { personId: people.tooYoung, facts: {} });
    assert.equal(filed.status, 201);
    const own = await decide(filed.json.id, { decision: 'approve', reason: 'ok' }, maker);
    assert.equal(own.status, 403);
    assert.equal(own.json.code, 'MAKER_CANNOT_CHECK');
    assert.match(own.json.detail ?? own.json.title, /prepared this application/);
    const ineligible = await decide(filed.json.id, { decision: 'approve', reason: 'ok' });
    assert.equal(ineligible.status, 409);
    assert.equal(ineligible.json.code, 'NOT_ELIGIBLE');
    const rejected = await decide(filed.json.id, { decision: 'reject', reason: 'under 20 on the application date' });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.json.status, 'rejected');
  });

  it('for every program of the catalog, the maker cannot decide their own application', async () => {
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: admin, body: { name: '測試托兒公司' } });
    for (const definition of programCatalog) {
      const body = definition.applicantKind === 'employer' ? { employerId: employer.json.id } : { personId: people.c, facts: { costTwd: 1000 }, specialGroupConsent: true };
      const filed = await apply(definition.code, { ...body, ...(definition.code === 'labor-university-subsidy' ? { facts: { specialGroups: ['x'] } } : {}) });
      assert.equal(filed.status, 201, `${definition.code}: ${filed.text}`);
      const own = await decide(filed.json.id, { decision: 'reject', reason: 'x' }, maker);
      assert.equal(own.json.code, 'MAKER_CANNOT_CHECK', definition.code);
    }
  });

  it('lets exactly one of two approvals racing for the last place win (PROGRAM_FULL for the other)', async () => {
    // Two places; the young applicant's is still open. One more and a race for the second place.
    const one = (await apply('star-youth', { personId: people.b, facts: {} }, maker)).json.id as string;
    const applications = await t.request('/api/v1/staff/applications?program=star-youth&status=submitted', { session: checker });
    const young = applications.json.items.find((a: { id: string; eligible: boolean }) => a.id !== one && a.eligible).id as string;
    const first = await decide(young, { decision: 'approve', reason: 'eligible' });
    assert.equal(first.status, 200, first.text);
    const checker2 = await t.signIn('checker2', ['programs-officer']);
    // The remaining place: the last application of person c (filed by the catalog test) and b's race.
    const cApp = (await t.request('/api/v1/staff/applications?program=star-youth&status=submitted', { session: checker })).json.items.find(
      (a: { id: string }) => a.id !== one,
    ).id as string;
    const [a, b] = await Promise.all([decide(one, { decision: 'approve', reason: 'ok' }), decide(cApp, { decision: 'approve', reason: 'ok' }, checker2)]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    assert.equal([a, b].find((r) => r.status === 409)?.json.code, 'PROGRAM_FULL');
    const quota = await t.db.query<{ places_committed: number }>(`SELECT places_committed FROM program_quotas WHERE program_code = 'star-youth' AND year = 2026`);
    assert.equal(quota.rows[0]?.places_committed, 2);
  });

  it('lets exactly one of two approvals racing for the last of the budget win, whatever the places', async () => {
    const award = programCatalog.find((p) => p.code === 'skills-award');
    const budgeted = { ...award, code: 'budget-race', rules: [], period: 'once', entitlement: { kind: 'fixed', amount: 10_000 } };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: budgeted })).status, 201);
    // Room for one award of NT$10,000, not two; no cap on places.
    const quota = await t.request('/api/v1/staff/programs/budget-race/quota', { method: 'PUT', session: admin, body: { year: 2026, places: null, budgetTwd: 15_000, source: 'test' } });
    assert.equal(quota.status, 204);
    const first = (await apply('budget-race', { personId: people.b, facts: {} })).json.id as string;
    const second = (await apply('budget-race', { personId: people.c, facts: {} })).json.id as string;
    const checker2 = await t.login('checker2');
    const [a, b] = await Promise.all([decide(first, { decision: 'approve', reason: 'ok' }), decide(second, { decision: 'approve', reason: 'ok' }, checker2)]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    assert.equal([a, b].find((r) => r.status === 409)?.json.code, 'PROGRAM_FULL');
    const row = await t.db.query<{ budget_committed_twd: string }>(`SELECT budget_committed_twd FROM program_quotas WHERE program_code = 'budget-race' AND year = 2026`);
    assert.equal(Number(row.rows[0]?.budget_committed_twd), 10_000);
    const loser = [a, b].findIndex((r) => r.status === 409);
    const left = (await t.request(`/api/v1/staff/applications/${[first, second][loser]}`, { session: admin })).json;
    assert.equal(left.status, 'submitted', 'the refused approval changed nothing');
  });

  it('pays through a second approval by someone else, and escalates a death consolation near its 3-day deadline', async () => {
    const filed = await apply('death-consolation', { personId: people.b, facts: {} });
    assert.equal(filed.status, 201);
    const noAmount = await decide(filed.json.id, { decision: 'approve', reason: 'ok' });
    assert.equal(noAmount.status, 400, 'the plan gives no amount: staff enter it');
    assert.equal(noAmount.json.errors[0].field, 'amountTwd');
    assert.equal((await decide(filed.json.id, { decision: 'approve', reason: 'ok', amountTwd: 50_000 })).status, 200);
    const prepared = await t.request(`/api/v1/staff/applications/${filed.json.id}/payment`, { method: 'POST', session: checker });
    assert.equal(prepared.status, 201);
    const self = await t.request(`/api/v1/staff/payments/${prepared.json.id}/approve?lang=en`, { method: 'POST', session: checker });
    assert.equal(self.json.code, 'MAKER_CANNOT_CHECK');
    const paid = await t.request(`/api/v1/staff/payments/${prepared.json.id}/approve`, { method: 'POST', session: maker });
    assert.equal(paid.status, 200);
    const view = await t.request(`/api/v1/staff/applications/${filed.json.id}`, { session: admin });
    assert.equal(view.json.status, 'paid');
    assert.equal(view.json.decisionDueAt, '2026-03-05T02:00:00.000Z', '3 days from the hour of the application');

    const late = await apply('death-consolation', { personId: people.young, facts: {} });
    assert.equal(late.status, 201, late.text);
    const programs = (await import('./programs.service.ts')).createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-04T01:59:00Z') });
    assert.deepEqual(await programs.escalateDue(), [], 'a minute before the 48th hour: not yet');
    const later = (await import('./programs.service.ts')).createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-04T02:00:00Z') });
    const escalated = await later.escalateDue();
    assert.ok(escalated.includes(late.json.id), 'at the 48th hour (the definition’s rule): escalated');
    assert.ok(!escalated.includes(filed.json.id), 'the paid one is not escalated');
    assert.deepEqual(await later.escalateDue(), [], 'once only');
  });

  it('checks document type by content and size', async () => {
    const filed = await apply('skills-award', { personId: people.young, facts: { employmentState: 'employed', certificates: ['technician-b'] } });
    assert.equal(filed.status, 201, filed.text);
    const upload = (body: object) => t.request(`/api/v1/staff/applications/${filed.json.id}/documents?lang=en`, { method: 'POST', session: maker, body });
    const pdf = Buffer.from('%PDF-1.4\n%test\n').toString('base64');
    assert.equal((await upload({ documentCode: 'certificate', fileName: 'c.pdf', mediaType: 'application/pdf', contentBase64: pdf })).status, 201);
    const fake = await upload({ documentCode: 'certificate', fileName: 'c.png', mediaType: 'image/png', contentBase64: pdf });
    assert.equal(fake.status, 400);
    assert.equal(fake.json.errors[0].field, 'mediaType');
    // The size limit is the document's own (here a 1,000-byte one), below the request body limit.
    const small = { ...programCatalog.find((p) => p.code === 'skills-award'), code: 'small-docs', documents: [{ code: 'certificate', names: { 'zh-TW': '證', en: 'C', id: 'C', vi: 'C', th: 'C' }, required: true, mediaTypes: ['application/pdf'], maxBytes: 1000 }] };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: small })).status, 201);
    const smallApp = await apply('small-docs', { personId: people.young, facts: {} });
    const put = (bytes: number) =>
      t.request(`/api/v1/staff/applications/${smallApp.json.id}/documents?lang=en`, {
        method: 'POST',
        session: maker,
        body: { documentCode: 'certificate', fileName: 'b.pdf', mediaType: 'application/pdf', contentBase64: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(bytes - 5)]).toString('base64') },
      });
    assert.equal((await put(1000)).status, 201);
    const tooBig = await put(1001);
    assert.equal(tooBig.status, 400);
    assert.equal(tooBig.json.errors[0].field, 'contentBase64');
    assert.equal((await upload({ documentCode: 'nope', fileName: 'b.pdf', mediaType: 'application/pdf', contentBase64: pdf })).status, 400);
  });

  it('a rule change mid-year applies from its date and leaves earlier applications as decided', async () => {
    const before = await apply('skills-award', { personId: people.b, facts: { employmentState: 'employed', certificates: ['technician-b'] } });
    assert.equal(before.status, 201);
    const star = programCatalog.find((p) => p.code === 'skills-award');
    const changed = { ...star, effectiveFrom: '2026-07-01', rules: [{ code: 'certificate-a', kind: 'certificate', anyOf: ['technician-a'] }] };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: changed })).status, 201);
    t.setNow(new Date('2026-07-01T02:00:00Z'));
    // Sessions last an hour: sign in again in July.
    const julyMaker = await t.login('maker');
    const julyChecker = await t.login('checker');
    const afterChange = await apply('skills-award', { personId: people.tooYoung, facts: { employmentState: 'employed', certificates: ['technician-b'] } }, julyMaker);
    assert.equal(afterChange.status, 201, afterChange.text);
    const earlier = await t.request(`/api/v1/staff/applications/${before.json.id}`, { session: julyChecker });
    const later = await t.request(`/api/v1/staff/applications/${afterChange.json.id}`, { session: julyChecker });
    assert.equal(earlier.json.eligible, true);
    assert.deepEqual(earlier.json.rules.map((r: { code: string }) => r.code), ['employed', 'certificate']);
    assert.equal(later.json.eligible, false);
    assert.deepEqual(later.json.rules.map((r: { code: string }) => r.code), ['certificate-a']);
    // Decided after the change, the earlier application is still judged by its own version's rules.
    const decidedLater = await t.request(`/api/v1/staff/applications/${before.json.id}/decision`, { method: 'POST', session: julyChecker, body: { decision: 'approve', reason: 'ok', amountTwd: 5000 } });
    assert.equal(decidedLater.status, 200, decidedLater.text);
    const refused = await t.request(`/api/v1/staff/applications/${afterChange.json.id}/decision`, { method: 'POST', session: julyChecker, body: { decision: 'approve', reason: 'ok', amountTwd: 5000 } });
    assert.equal(refused.json.code, 'NOT_ELIGIBLE');
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });
});
