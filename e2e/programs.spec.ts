import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
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
});
