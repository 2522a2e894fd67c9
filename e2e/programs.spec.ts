import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { waitFor } from '../test/smtp-test-server.ts';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string>) => tr('zh-TW', key, params);

describe('programs: a maker enters an application, a checker approves it', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('the officer sees the rule-by-rule result, cannot decide it, and another person approves it; axe finds nothing', async () => {
    // The applicant's record comes first, registered by an employment officer (the programs officer does not register people).
    const registrar = await newContext(app, { role: 'employment-officer', viewport: desktop });
    const me = (await (await registrar.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const person = await registrar.request.post('/api/v1/staff/people', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { idNumber: 'E123456783', name: '測試青年', birthDate: '1995-05-05', districtCode: '66000040' },
    });
    assert.equal(person.status(), 201, await person.text());
    await registrar.close();

    const officer = await newContext(app, { role: 'programs-officer', viewport: desktop, bypassCSP: true });
    const page = await officer.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/programs');
    await page.getByRole('heading', { level: 1, name: zh('programs.title') }).waitFor();
    await page.getByRole('table').waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'list');
    await page.getByRole('link', { name: zh('programs.new.title') }).click();
    await page.getByRole('heading', { level: 1, name: zh('programs.new.title') }).waitFor();
    await page.getByLabel(zh('programs.columns.program'), { exact: true }).selectOption('star-youth');
    await page.getByLabel(zh('programs.new.id_number'), { exact: true }).fill('E123456783');
    await page.getByLabel(zh('programs.new.months'), { exact: true }).fill('1');
    assert.deepEqual(await findAccessibilityViolations(page), [], 'form');
    await page.getByRole('button', { name: zh('programs.new.submit') }).click();
    await page.waitForURL(/\/staff\/programs\/applications\/[0-9a-f-]{36}$/);
    const url = page.url();
    await page.getByTestId('rule-results').waitFor();
    assert.equal(await page.getByTestId('application-eligible').textContent(), zh('programs.detail.all_passed'));
    assert.match((await page.getByTestId('rule-results').textContent()) ?? '', /申請人為 \d+ 歲/);
    await page.getByText(zh('programs.detail.maker_notice')).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'detail (maker)');
    assert.deepEqual(errors, []);

    const checker = await newContext(app, { role: 'admin', viewport: phone, bypassCSP: true });
    const checkerPage = await checker.newPage();
    await checkerPage.goto(new URL(url).pathname);
    await checkerPage.getByRole('heading', { level: 2, name: zh('programs.detail.decision_title') }).waitFor();
    await checkerPage.getByLabel(zh('programs.detail.reason'), { exact: true }).fill('資格符合，文件齊備');
    await checkerPage.getByRole('button', { name: zh('programs.detail.decide') }).click();
    await checkerPage.getByText(zh('programs.detail.decided_approved')).waitFor();
    // The page reloads the application after the decision.
    await checkerPage.getByTestId('application-status').filter({ hasText: zh('programs.statuses.approved') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(checkerPage), [], 'detail (checker, phone)');
    await officer.close();
    await checker.close();
  });

  test('on a phone, a citizen checks eligibility for the labor university, enrols with the full subsidy as a new immigrant, and indicator 7 moves; axe finds nothing', async () => {
    const year = new Date().getFullYear();
    const analyst = await newContext(app, { role: 'analyst' });
    const indicator = async () =>
      (await (await analyst.request.get(`/api/v1/staff/labor-university/indicator-7?year=${year}`)).json()) as { subsidisedEnrolments: number; enrolments: number };
    const before = await indicator();

    // The citizen's account: sign-up, the verification mail through the test's SMTP server, sign-in.
    const citizen = { email: 'e2e.lan@example.tw', password: 'Lotus pond in Taiping 2026', name: '阮氏蘭', idNumber: 'M223456790' };
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    assert.equal((await context.request.post('/api/v1/account/sign-up', { data: citizen })).status(), 202);
    const mail = await waitFor(() => app.mail.find((m) => m.to.includes(citizen.email)), 30_000);
    const token = /#token=([\w-]+)/.exec(mail.text)?.[1];
    assert.equal((await context.request.post('/api/v1/account/email-verification', { data: { token } })).status(), 204);
    assert.equal((await context.request.post('/api/v1/account/sign-in', { data: { email: citizen.email, password: citizen.password } })).status(), 200);

    const page = await context.newPage();
    const errors = watchErrors(page);
    const axe = async (name: string) => {
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/programs-${name}-390.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), [], name);
    };
    await page.goto('/programs');
    await page.getByRole('heading', { level: 1, name: zh('programs-public.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('programs-public.courses.title') }).waitFor();
    await axe('list');
    await page.getByRole('link', { name: zh('programs-public.check_link', { name: '補助弱勢勞工就讀勞工大學' }) }).click();
    await page.getByRole('heading', { level: 1, name: '補助弱勢勞工就讀勞工大學' }).waitFor();
    const groups = page.getByRole('group', { name: zh('programs-public.check.groups') });
    await page.getByRole('button', { name: zh('programs-public.check.submit') }).click();
    await page.getByTestId('eligibility-overall').filter({ hasText: zh('programs-public.result.not_eligible') }).waitFor();
    await groups.getByRole('checkbox', { name: '新住民' }).check();
    await page.getByRole('button', { name: zh('programs-public.check.submit') }).click();
    await page.getByTestId('eligibility-overall').filter({ hasText: zh('programs-public.result.eligible') }).waitFor();
    assert.match((await page.getByTestId('eligibility-result').textContent()) ?? '', /新住民/);
    await axe('check');

    await page.getByLabel(zh('programs-public.enrol.course'), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(zh('programs-public.enrol.group'), { exact: true }).selectOption('new-immigrant');
    await page.getByLabel(zh('programs-public.enrol.consent')).check();
    await page.getByRole('button', { name: zh('programs-public.enrol.submit') }).click();
    await page.getByText(zh('programs-public.enrol.done_subsidy')).waitFor();
    await axe('enrolled');

    const after = await indicator();
    assert.equal(after.enrolments, before.enrolments + 1);
    assert.equal(after.subsidisedEnrolments, before.subsidisedEnrolments + 1, 'indicator 7 counts the subsidised enrolment');

    await page.getByRole('link', { name: zh('programs-public.mine_link') }).first().click();
    await page.getByRole('heading', { level: 1, name: zh('programs-public.mine.title') }).waitFor();
    await page.getByTestId('own-status').filter({ hasText: zh('programs-public.statuses.submitted') }).waitFor();
    await axe('mine');
    assert.deepEqual(errors, []);
    await context.close();

    // Indicator 7 on the staff courses page too, where the analyst reads it.
    const staff = await newContext(app, { role: 'analyst', viewport: desktop, bypassCSP: true });
    const staffPage = await staff.newPage();
    await staffPage.goto('/staff/programs/courses');
    await staffPage.getByTestId('indicator-7').waitFor();
    assert.match((await staffPage.getByTestId('indicator-7').textContent()) ?? '', new RegExp(`補助弱勢勞工 ${after.subsidisedEnrolments} 人次`));
    assert.deepEqual(await findAccessibilityViolations(staffPage), [], 'staff courses');
    // The demo course: its meetings, the attendance taken a week ago, and the enrolments with masked names.
    await staffPage.getByRole('link', { name: '勞動法令入門（示範課程）' }).click();
    await staffPage.getByRole('table', { name: zh('programs.course.sessions') }).waitFor();
    await staffPage.getByText(`1 / `).first().waitFor();
    assert.deepEqual(await findAccessibilityViolations(staffPage), [], 'staff course');
    await staffPage.goto('/staff/programs/definitions');
    await staffPage.getByRole('table').waitFor();
    assert.deepEqual(await findAccessibilityViolations(staffPage), [], 'staff definitions');
    await staffPage.getByRole('link', { name: '職災死亡勞工家屬慰問金' }).click();
    await staffPage.getByText(zh('programs.definitions.escalation', { hours: '48' })).first().waitFor();
    assert.deepEqual(await findAccessibilityViolations(staffPage), [], 'staff versions');
    await staff.close();
    await analyst.close();
  });

  test('a death consolation is approved and paid by two different staff within its 3 days, and a late one is escalated', async () => {
    const registrar = await newContext(app, { role: 'employment-officer', viewport: desktop });
    const registrarMe = (await (await registrar.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const person = await registrar.request.post('/api/v1/staff/people', {
      headers: { 'x-csrf-token': registrarMe.csrfToken },
      data: { idNumber: 'K123456788', name: '測試家屬', birthDate: '1970-01-01', districtCode: '66000040' },
    });
    assert.equal(person.status(), 201, await person.text());
    await registrar.close();

    const officer = await newContext(app, { role: 'programs-officer', viewport: desktop, bypassCSP: true });
    const officerMe = (await (await officer.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const filed = await officer.request.post('/api/v1/programs/death-consolation/applications', {
      headers: { 'x-csrf-token': officerMe.csrfToken },
      data: { personIdNumber: 'K123456788', facts: {} },
    });
    assert.equal(filed.status(), 201, await filed.text());
    const { id } = (await filed.json()) as { id: string };

    const checker = await newContext(app, { role: 'admin', viewport: desktop, bypassCSP: true });
    const checkerPage = await checker.newPage();
    await checkerPage.goto(`/staff/programs/applications/${id}`);
    await checkerPage.getByRole('heading', { level: 2, name: zh('programs.detail.decision_title') }).waitFor();
    await checkerPage.getByLabel(zh('programs.detail.amount'), { exact: true }).fill('20000');
    await checkerPage.getByLabel(zh('programs.detail.reason'), { exact: true }).fill('死亡證明書齊備');
    await checkerPage.getByRole('button', { name: zh('programs.detail.decide') }).click();
    await checkerPage.getByTestId('application-status').filter({ hasText: zh('programs.statuses.approved') }).waitFor();

    const officerPage = await officer.newPage();
    await officerPage.goto(`/staff/programs/applications/${id}`);
    await officerPage.getByRole('button', { name: zh('programs.detail.prepare_payment') }).click();
    await officerPage.getByText(zh('programs.detail.payment_prepared')).waitFor();
    assert.equal(await officerPage.getByRole('button', { name: zh('programs.detail.approve_payment') }).count(), 0, 'who prepared it cannot approve it');

    await checkerPage.reload();
    await checkerPage.getByRole('button', { name: zh('programs.detail.approve_payment') }).click();
    await checkerPage.getByTestId('application-status').filter({ hasText: zh('programs.statuses.paid') }).waitFor();
    const detail = (await (await checker.request.get(`/api/v1/staff/applications/${id}`)).json()) as {
      submittedAt: string;
      decisionDueAt: string;
      payment: { paidAt: string; preparedBy: string; approvedBy: string };
    };
    assert.ok(detail.payment.paidAt < detail.decisionDueAt, 'paid before the 72nd hour');
    assert.equal(new Date(detail.decisionDueAt).getTime() - new Date(detail.submittedAt).getTime(), 72 * 3_600_000);
    assert.notEqual(detail.payment.preparedBy, detail.payment.approvedBy);
    assert.deepEqual(await findAccessibilityViolations(checkerPage), [], 'paid application');

    // The demo's late one (received 50 hours before the start) was escalated by the job's first run.
    await checkerPage.goto('/staff/programs?program=death-consolation');
    await checkerPage.getByRole('table').waitFor();
    await checkerPage.getByText(`(${zh('programs.escalated')})`).first().waitFor();
    assert.deepEqual(await findAccessibilityViolations(checkerPage), [], 'list with an escalation');
    await officer.close();
    await checker.close();
  });
});
