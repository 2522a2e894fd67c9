import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { programCatalog } from './programs.catalog.ts';
import { createStartupLoansService } from './startup-loans.service.ts';

// Tests run at 2026-03-02T02:00Z (10:00 in Taichung).
describe('youth start-up loan: the loan, its period table, claims paid through the engine', () => {
  let t: TestContext;
  let maker: Session;
  let checker: Session;
  let applicationId: string;
  let personId: string;

  // 1,200,000 at 1.2 % from 2025-12-15, 12 monthly periods, equal principal: interest 1,200, 1,100, 1,000 …
  // Subsidy parameters as staff would enter them from a (test) notice: half the interest, at most 550 a period.
  const loan = {
    lender: '臺灣銀行（測試）',
    principalTwd: 1_200_000,
    annualRatePercent: 1.2,
    startsOn: '2025-12-15',
    termMonths: 12,
    periods: 12,
    repayment: 'equal-principal',
    subsidyBasis: 'share',
    subsidySharePercent: 50,
    capPerPeriodTwd: 550,
    subsidySource: 'test notice 115-01',
  };
  const save = (body: object) => t.request(`/api/v1/staff/startup-loans/${applicationId}?lang=en`, { method: 'PUT', session: maker, body });
  const claim = (period: number) => t.request(`/api/v1/staff/startup-loans/${applicationId}/claims?lang=en`, { method: 'POST', session: maker, body: { period } });
  const detail = async () => (await t.request(`/api/v1/staff/startup-loans/${applicationId}`, { session: maker })).json;

  before(async () => {
    t = await createTestContext();
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    const admin = await t.signIn('admin', ['admin']);
    const registrar = await t.signIn('registrar', ['employment-officer']);
    for (const definition of programCatalog) assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: definition })).status, 201);
    const person = await t.request('/api/v1/staff/people', { method: 'POST', session: registrar, body: { idNumber: 'A123456789', name: '林小華', birthDate: '1995-05-05' } });
    personId = person.json.id;
    const filed = await t.request('/api/v1/programs/youth-startup-loan-interest/applications', { method: 'POST', session: maker, body: { personId } });
    assert.equal(filed.status, 201, filed.text);
    applicationId = filed.json.id;
  });
  after(() => t.close());

  it('refuses a loan whose periods do not divide the term, and a subsidy without its figure or its source', async () => {
    const uneven = await save({ ...loan, termMonths: 13 });
    assert.deepEqual([uneven.status, uneven.json.errors[0].field], [400, 'periods']);
    const noFigure = await save({ ...loan, subsidySharePercent: undefined });
    assert.deepEqual([noFigure.status, noFigure.json.errors[0].field], [400, 'subsidySharePercent']);
    const noSource = await save({ ...loan, subsidySource: '' });
    assert.deepEqual([noSource.status, noSource.json.errors[0].field], [400, 'subsidySource']);
    const grace = await save({ ...loan, gracePeriods: 12 });
    assert.equal(grace.json.errors[0].field, 'gracePeriods');
  });

  it('keeps the loan and shows its period table with the subsidy of each period, and which periods are over', async () => {
    assert.equal((await save(loan)).status, 200);
    const d = await detail();
    assert.equal(d.loan.subsidySource, 'test notice 115-01');
    assert.equal(d.periods.length, 12);
    assert.deepEqual(d.periods.slice(0, 3).map((p: { subsidyTwd: number; limitedBy: string | null }) => [p.subsidyTwd, p.limitedBy]), [[550, 'period-cap'], [550, null], [500, null]]);
    // Period 2 ends 2026-02-14 (over on the test day); period 3 ends 2026-03-14 (not yet).
    assert.deepEqual(d.periods.slice(1, 3).map((p: { endsOn: string; complete: boolean }) => [p.endsOn, p.complete]), [['2026-02-14', true], ['2026-03-14', false]]);
    assert.equal(d.totalSubsidyTwd, 550 + 550 + 500 + 450 + 400 + 350 + 300 + 250 + 200 + 150 + 100 + 50);
    const list = (await t.request('/api/v1/staff/startup-loans', { session: maker })).json;
    assert.equal(list.items[0].applicant, '林○華');
  });

  it('records a claim only on an approved application, for a period that is over and has a subsidy, once', async () => {
    assert.equal((await claim(1)).json.code, 'INVALID_TRANSITION', 'not approved yet');
    const approved = await t.request(`/api/v1/staff/applications/${applicationId}/decision`, { method: 'POST', session: checker, body: { decision: 'approve', reason: 'ok', amountTwd: 1000 } });
    assert.equal(approved.status, 200, approved.text);
    const first = await claim(1);
    assert.equal(first.status, 201, first.text);
    assert.equal(first.json.amountTwd, 550);
    assert.equal((await claim(1)).status, 409, 'once a period');
    assert.equal((await claim(3)).json.errors[0].message, 'This period is not over yet: it can be claimed after its last day.');
    assert.equal((await claim(13)).json.errors[0].field, 'period');
    // 550 + 550 goes beyond the 1,000 approved.
    assert.equal((await claim(2)).json.code, 'PAYMENT_OVER_APPROVED');
    const paid = await t.request(`/api/v1/staff/payments/${first.json.paymentId}/approve`, { method: 'POST', session: checker, body: {} });
    assert.equal(paid.status, 200);
    const d = await detail();
    assert.deepEqual([d.periods[0].claim.paymentStatus, d.claimedTwd, d.applicationStatus], ['paid', 550, 'approved']);
  });

  it('a cap used up leaves nothing to claim; a claim keeps its amount when the parameters change', async () => {
    assert.equal((await save({ ...loan, capPerYearTwd: 550 })).status, 200);
    const d = await detail();
    assert.deepEqual([d.periods[1].subsidyTwd, d.periods[1].limitedBy], [0, 'year-cap']);
    assert.equal((await claim(2)).json.errors[0].message, 'This period has no subsidy to claim (past the maximum years, or a cap reached).');
    assert.equal(d.periods[0].claim.amountTwd, 550);
  });

  it('shows the applicant their loan and what was paid, and nobody else', async () => {
    const service = createStartupLoansService({ db: t.db, clock: () => new Date('2026-03-02T02:00:00Z'), timeZone: 'Asia/Taipei' });
    const own = { id: randomUUID(), kind: 'citizen' as const, personId, employerId: null, employerRole: null, csrfToken: '', sessionTokenHash: '' };
    assert.deepEqual(await service.mine(own, applicationId), { lender: '臺灣銀行（測試）', principalTwd: 1_200_000, startsOn: '2025-12-15', termMonths: 12, periods: 12, claims: 1, paidTwd: 550 });
    await assert.rejects(service.mine({ ...own, personId: randomUUID() }, applicationId), { code: 'NOT_FOUND' });
  });
});
