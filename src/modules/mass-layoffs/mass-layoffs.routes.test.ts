import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { demoRuleSet as massLayoffDemoRules } from './mass-layoffs.demo.ts';

// The test clock: 2026-03-02 10:00 in Taichung. The demo's rule set is the test's (the figures as data).
const demoRuleSet = { ...massLayoffDemoRules, source: 'test: the 2015 text as quoted by secondary pages' };

describe('mass layoffs: rule sets, plans filed by staff and employers, the negotiation and the employment prompts', () => {
  let t: TestContext;
  let admin: Session;
  let officer: Session;
  let jobsOfficer: Session;
  let employerId: string;

  const plan = (overrides: Record<string, unknown> = {}) => ({
    employerId,
    siteName: '臺中工業區一廠',
    siteHeadcount: 150,
    layoffOn: '2026-05-01',
    noticeOn: '2026-03-02',
    plannedDismissals: 51,
    singleDayMax: 20,
    categories: [{ category: '生產線作業員', count: 45 }, { category: '品管', count: 6 }],
    reasons: ['loss_or_contraction'],
    departments: '生產部、品管部',
    selectionCriteria: '依年資與考績',
    severanceMethod: '依勞動基準法第17條及勞工退休金條例第12條計算；轉介就業服務站',
    ...overrides,
  });

  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    admin = await t.signIn('admin', ['admin']);
    officer = await t.signIn('relations', ['programs-officer']);
    jobsOfficer = await t.signIn('jobs', ['employment-officer']);
    const created = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { ubn: '22099131', name: '臺中精密機械股份有限公司' } });
    assert.equal(created.status, 201, created.text);
    employerId = created.json.id;
  });
  after(() => t.close());

  it('refuses a plan while no rule set covers its notice date, in the caller\'s language', async () => {
    const response = await t.request('/api/v1/staff/mass-layoffs?lang=en', { method: 'POST', session: officer, body: plan() });
    assert.equal(response.status, 409, response.text);
    assert.equal(response.json.code, 'NO_RULE_SET');
    assert.match(response.json.title ?? response.json.detail ?? response.text, /rule set/);
  });

  it('only the administrator enters a rule set, once per date', async () => {
    assert.equal((await t.request('/api/v1/staff/mass-layoffs/rule-sets', { method: 'POST', session: officer, body: demoRuleSet })).status, 403);
    assert.equal((await t.request('/api/v1/staff/mass-layoffs/rule-sets', { method: 'POST', session: admin, body: demoRuleSet })).status, 201);
    assert.equal((await t.request('/api/v1/staff/mass-layoffs/rule-sets', { method: 'POST', session: admin, body: demoRuleSet })).status, 409);
    const sets = await t.request('/api/v1/staff/mass-layoffs/rule-sets', { session: officer });
    assert.equal(sets.json.items[0].source, demoRuleSet.source);
  });

  it('answers 400 naming each field, in Vietnamese, for counts that do not fit and a notice after the layoff', async () => {
    const response = await t.request('/api/v1/staff/mass-layoffs?lang=vi', {
      method: 'POST', session: officer, body: plan({ noticeOn: '2026-05-02', singleDayMax: 60, categories: [{ category: 'a', count: 1 }] }),
    });
    assert.equal(response.status, 400, response.text);
    const fields = (response.json.errors as { field: string; message: string }[]).map((e) => e.field).sort();
    assert.deepEqual(fields, ['categories', 'noticeOn', 'singleDayMax']);
    assert.match(JSON.stringify(response.json.errors), /Ngày thông báo/);
  });

  it('assesses the plan under Art. 2 on both sides of the 1/3 limit and checks the 60-day notice on both sides', async () => {
    // 150 employed: more than 50 (150 ÷ 3) within 60 days is mass under item 2.
    const notMass = await t.request('/api/v1/staff/mass-layoffs', { method: 'POST', session: officer, body: plan({ plannedDismissals: 50, categories: [{ category: '作業員', count: 50 }] }) });
    assert.equal(notMass.status, 201, notMass.text);
    assert.equal(notMass.json.assessment.isMass, false);
    const mass = await t.request('/api/v1/staff/mass-layoffs', { method: 'POST', session: officer, body: plan() });
    assert.equal(mass.status, 201, mass.text);
    assert.deepEqual([mass.json.assessment.isMass, mass.json.assessment.article], [true, '大量解僱勞工保護法 第2條第1項第2款']);
    // The layoff on 2026-05-01: the latest notice day is 60 calendar days before, 2026-03-02 (today): in time.
    assert.equal(mass.json.noticeStatus, 'in_time');
    assert.deepEqual(mass.json.deadlines[0], { kind: 'notice', dueOn: '2026-03-02', article: '大量解僱勞工保護法 第4條第1項', metOn: '2026-03-02', overdue: false });
    const late = await t.request('/api/v1/staff/mass-layoffs', { method: 'POST', session: officer, body: plan({ layoffOn: '2026-04-30' }) });
    assert.equal(late.json.noticeStatus, 'late');
    assert.equal(late.json.deadlines[0].dueOn, '2026-03-01');
  });

  it('lists the plan with its negotiation deadline; without agreement the committee becomes overdue the day after its due date', async () => {
    const page = await t.request('/api/v1/staff/mass-layoffs?mass=true', { session: officer });
    assert.equal(page.status, 200, page.text);
    assert.equal(page.json.total, 2);
    const first = page.json.items[0];
    assert.deepEqual(first.deadlines.map((d: { kind: string; dueOn: string }) => `${d.kind} ${d.dueOn}`), ['notice 2026-03-02', 'negotiation 2026-03-12', 'committee 2026-03-22']);
    const none = await t.request('/api/v1/staff/mass-layoffs?overdue=true', { session: officer });
    assert.equal(none.json.total, 0, none.text);
    t.setNow(new Date('2026-03-22T15:59:00Z')); // 23:59 on 2026-03-22 in Taichung: the last day
    // A session idles out over the days the clock moved: a new one.
    officer = await t.signIn('relations-later', ['programs-officer']);
    assert.equal((await t.request('/api/v1/staff/mass-layoffs?overdue=true', { session: officer })).json.total, 0);
    t.setNow(new Date('2026-03-22T16:00:00Z')); // 00:00 on 2026-03-23
    const overdue = await t.request('/api/v1/staff/mass-layoffs?overdue=true', { session: officer });
    assert.equal(overdue.json.total, 3, 'the two mass plans and the one below the limit alike');
    assert.equal(overdue.json.items[0].deadlines.find((d: { kind: string }) => d.kind === 'committee').overdue, true);
    const csv = await t.request('/api/v1/staff/mass-layoffs?format=csv', { session: officer });
    assert.match(csv.text, /臺中精密機械/);
    // Back to today; the sessions idle out over the days the clock moved.
    t.setNow(new Date('2026-03-02T02:00:00Z'));
    officer = await t.signIn('relations-2', ['programs-officer']);
    jobsOfficer = await t.signIn('jobs-2', ['employment-officer']);
  });

  it('convenes the committee with five to eleven members (Art. 6 para. 1), records meetings and closes the plan', async () => {
    const id = (await t.request('/api/v1/staff/mass-layoffs?mass=true&sort=layoffOn', { session: officer })).json.items[0].id;
    const members = (workers: number) => [
      { side: 'authority', name: '勞工局代表' },
      ...Array.from({ length: workers }, (_, i) => ({ side: 'employer', name: `資方代表${i + 1}` })),
      ...Array.from({ length: workers }, (_, i) => ({ side: 'workers', name: `勞方代表${i + 1}` })),
    ];
    const tooFew = await t.request(`/api/v1/staff/mass-layoffs/${id}/committee?lang=en`, { method: 'POST', session: officer, body: { convenedOn: '2026-03-20', members: members(1) } });
    assert.equal(tooFew.status, 400);
    assert.match(tooFew.text, /five to eleven/);
    const uneven = await t.request(`/api/v1/staff/mass-layoffs/${id}/committee`, { method: 'POST', session: officer, body: { convenedOn: '2026-03-20', members: [...members(2), { side: 'workers', name: 'x' }] } });
    assert.equal(uneven.status, 400);
    const convened = await t.request(`/api/v1/staff/mass-layoffs/${id}/committee`, { method: 'POST', session: officer, body: { convenedOn: '2026-03-20', members: members(2) } });
    assert.equal(convened.status, 200, convened.text);
    assert.equal(convened.json.members.length, 5);
    assert.equal(convened.json.deadlines.find((d: { kind: string }) => d.kind === 'committee').metOn, '2026-03-20');
    assert.equal(convened.json.deadlines.find((d: { kind: string }) => d.kind === 'next_meeting').dueOn, '2026-04-03');
    assert.equal((await t.request(`/api/v1/staff/mass-layoffs/${id}/committee`, { method: 'POST', session: officer, body: { convenedOn: '2026-03-21', members: members(2) } })).status, 409);
    const met = await t.request(`/api/v1/staff/mass-layoffs/${id}/meetings`, { method: 'POST', session: officer, body: { heldOn: '2026-03-27', summary: '資方說明財務狀況；勞方要求增加資遣費' } });
    assert.equal(met.json.deadlines.find((d: { kind: string }) => d.kind === 'next_meeting').dueOn, '2026-04-10');
    const closed = await t.request(`/api/v1/staff/mass-layoffs/${id}/close`, { method: 'POST', session: officer, body: { closedOn: '2026-04-08', outcome: 'agreed' } });
    assert.equal(closed.json.outcome, 'agreed');
    assert.equal(closed.json.deadlines.some((d: { kind: string }) => d.kind === 'next_meeting'), false);
    assert.equal((await t.request(`/api/v1/staff/mass-layoffs/${id}/meetings`, { method: 'POST', session: officer, body: { heldOn: '2026-04-09', summary: 'x' } })).status, 409);
  });

  it('gives the employment officer the plans ahead with the workers affected, and nothing else of the module', async () => {
    const upcoming = await t.request('/api/v1/staff/mass-layoffs/upcoming?withinDays=59', { session: jobsOfficer });
    assert.equal(upcoming.status, 200, upcoming.text);
    assert.deepEqual(upcoming.json.items.map((p: { layoffOn: string; daysLeft: number }) => `${p.layoffOn} ${p.daysLeft}`), ['2026-04-30 59']);
    // 2026-05-01 is 60 days ahead: inside a 60-day window, outside a 59-day one.
    const wider = await t.request('/api/v1/staff/mass-layoffs/upcoming?withinDays=60', { session: jobsOfficer });
    assert.equal(wider.json.items.length, 3);
    assert.equal(wider.json.items[1].plannedDismissals + wider.json.items[2].plannedDismissals, 101);
    assert.equal((await t.request('/api/v1/staff/mass-layoffs', { session: jobsOfficer })).status, 403);
  });

  it('an employer account files its own plan and sees only its own', async () => {
    const password = 'Sun Moon Lake at dawn 2026';
    const email = 'hr@precision.example.tw';
    assert.equal((await t.request('/api/v1/account/employer/sign-up', { method: 'POST', body: { email, password, ubn: '22099131', employerName: '臺中精密機械股份有限公司' } })).status, 202);
    const link = (await t.db.query<{ params: { link: string } }>('SELECT params FROM notifications WHERE recipient = $1', [email])).rows[0]?.params.link ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: /#token=([\w-]+)/.exec(link)?.[1] ?? '' } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    const headers = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': signedIn.json.csrfToken };
    const { employerId: _ignored, ...own } = plan({ layoffOn: '2026-06-30', siteHeadcount: 25, plannedDismissals: 11, singleDayMax: 11, categories: [{ category: '門市人員', count: 11 }] });
    const filed = await t.request('/api/v1/me/employer/mass-layoffs', { method: 'POST', headers, body: own });
    assert.equal(filed.status, 201, filed.text);
    assert.deepEqual([filed.json.assessment.isMass, filed.json.assessment.article], [true, '大量解僱勞工保護法 第2條第1項第1款']);
    const mine = await t.request('/api/v1/me/employer/mass-layoffs', { headers });
    assert.equal(mine.json.items.length, 4, 'the three plans staff entered for this employer are its own too');
    assert.equal(mine.json.items[0].filedBy, 'employer');
    assert.equal((await t.request('/api/v1/me/employer/mass-layoffs', { method: 'POST', body: own })).status, 401);
  });
});
