import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string>) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 768 } as const;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date());

describe('摘星青年 and the start-up loan subsidy (ADR 0040)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('at 1366 px, staff add a unit, allocate an approved applicant to it, record a mentoring visit and prepare a month; another person approves it; axe finds nothing', async () => {
    // An approved applicant waiting for a unit: registered, filed and approved through the API.
    const registrar = await newContext(app, { role: 'employment-officer', viewport: wide });
    const regMe = (await (await registrar.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const person = await registrar.request.post('/api/v1/staff/people', {
      headers: { 'x-csrf-token': regMe.csrfToken },
      data: { idNumber: 'G123456785', name: '摘星測試', birthDate: '1996-04-04', districtCode: '66000040' },
    });
    assert.equal(person.status(), 201, await person.text());
    const personId = ((await person.json()) as { id: string }).id;
    await registrar.close();
    const officer = await newContext(app, { role: 'programs-officer', viewport: wide, bypassCSP: true });
    const me = (await (await officer.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const filed = await officer.request.post('/api/v1/programs/star-youth/applications', { headers: { 'x-csrf-token': me.csrfToken }, data: { personId, facts: { months: 2 } } });
    assert.equal(filed.status(), 201, await filed.text());
    const applicationId = (await filed.json()).id as string;
    const admin = await newContext(app, { role: 'admin', viewport: wide, bypassCSP: true });
    const adminMe = (await (await admin.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const decided = await admin.request.post(`/api/v1/staff/applications/${applicationId}/decision`, { headers: { 'x-csrf-token': adminMe.csrfToken }, data: { decision: 'approve', reason: '創業計畫書審查通過' } });
    assert.equal(decided.status(), 200, await decided.text());

    const page = await officer.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/programs/star-youth');
    await page.getByRole('heading', { level: 1, name: zh('startups.board.title') }).waitFor();
    // The demo units, flagged as demo, on each of the three bases; the visits due.
    await page.getByRole('table', { name: /摘星山莊/ }).getByText('DEMO-ZX1').waitFor();
    await page.getByRole('table', { name: /審計新村/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('startups.due.title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'board');

    // A unit staff enter, then the allocation to it.
    await page.getByLabel(zh('startups.board.base'), { exact: true }).selectOption('audit-village');
    await page.getByLabel(zh('startups.board.unit_code'), { exact: true }).fill('E2E-1');
    await page.getByLabel(zh('startups.board.unit_name'), { exact: true }).fill('測試工作室');
    await page.getByLabel(zh('startups.board.area'), { exact: true }).fill('22.5');
    await page.getByRole('button', { name: zh('startups.board.unit_submit') }).click();
    await page.getByRole('table', { name: /審計新村/ }).getByText('E2E-1').waitFor();
    await page.getByLabel(zh('startups.board.applicant'), { exact: true }).selectOption(applicationId);
    await page.getByLabel(zh('startups.board.unit'), { exact: true }).selectOption({ label: '審計新村 E2E-1 測試工作室' });
    await page.getByLabel(zh('startups.board.business'), { exact: true }).fill('測試選物店');
    await page.getByLabel(zh('startups.board.starts_on'), { exact: true }).fill(today);
    await page.getByLabel(zh('startups.board.ends_on'), { exact: true }).fill(`${Number(today.slice(0, 4)) + 1}-12-31`);
    await page.getByRole('button', { name: zh('startups.board.allocate_submit') }).click();
    const tenantLink = page.getByRole('link', { name: /測試選物店/ }).first();
    await tenantLink.waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'board after allocation');
    await tenantLink.click();
    await page.getByRole('heading', { level: 1, name: zh('startups.tenancy.title', { business: '測試選物店' }) }).waitFor();

    // A mentoring visit with its follow-ups; then this month's payment, prepared here.
    await page.getByLabel(zh('startups.tenancy.visited_on'), { exact: true }).fill(today);
    await page.getByLabel(zh('startups.tenancy.mentor'), { exact: true }).fill('王顧問');
    await page.getByLabel(zh('startups.tenancy.topics'), { exact: true }).fill('品牌與定價');
    await page.getByLabel(zh('startups.tenancy.findings'), { exact: true }).fill('已完成商品攝影');
    await page.getByLabel(zh('startups.tenancy.follow_ups'), { exact: true }).fill('建立會員名單');
    await page.getByRole('button', { name: zh('startups.tenancy.visit_submit') }).click();
    await page.getByRole('table', { name: zh('startups.tenancy.visits_caption', { total: '1' }) }).getByText('王顧問').waitFor();
    const month = today.slice(0, 7);
    await page.getByRole('button', { name: zh('startups.tenancy.prepare', { month }) }).click();
    await page.getByText(zh('startups.payment.second_person')).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'tenancy');
    assert.deepEqual(errors, []);
    const tenancyPath = new URL(page.url()).pathname;

    const adminPage = await admin.newPage();
    await adminPage.goto(tenancyPath);
    await adminPage.getByRole('button', { name: zh('startups.tenancy.approve', { month }) }).click();
    await adminPage.getByRole('cell', { name: zh('startups.payment.paid'), exact: true }).waitFor();
    await officer.close();
    await admin.close();
  });

  test('at 1366 px, the loan list and a loan’s period table with its claims; a period over is claimed; axe finds nothing', async () => {
    const officer = await newContext(app, { role: 'programs-officer', viewport: wide, bypassCSP: true });
    const page = await officer.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/programs/startup-loans');
    await page.getByRole('heading', { level: 1, name: zh('startups.loans.title') }).waitFor();
    await page.getByRole('table').getByText('臺灣銀行（示範）').waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'loans list');
    await page.getByRole('row').filter({ hasText: '臺灣銀行（示範）' }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: zh('startups.loan.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('startups.loan.periods_title') }).waitFor();
    // The demo loan: periods 1 and 2 claimed; period 3 is over and can be claimed.
    await page.getByRole('button', { name: zh('startups.loan.record_claim', { period: '3' }) }).click();
    await page.getByRole('row').filter({ hasText: /^3/ }).getByText(zh('startups.payment.prepared')).first().waitFor();
    await page.getByText('示範參數（非正式數字，請依勞工局公告輸入）').first().waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'loan detail');
    assert.deepEqual(errors, []);
    await officer.close();
  });

  test('on a phone, the demo citizen sees her loan on her application; axe finds nothing', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const signedIn = await context.request.post('/api/v1/account/sign-in', { data: { email: 'citizen@demo.example.tw', password: demoPassword } });
    assert.equal(signedIn.status(), 200, await signedIn.text());
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/account/programs');
    await page.getByRole('heading', { level: 1, name: zh('programs-public.mine.title') }).waitFor();
    const arrangements = page.getByTestId('own-arrangements');
    await arrangements.getByRole('heading', { level: 3, name: zh('startups.mine.loan_title') }).waitFor();
    assert.match((await arrangements.textContent()) ?? '', /第一銀行（示範）/);
    assert.deepEqual(await findAccessibilityViolations(page), [], 'my applications');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
