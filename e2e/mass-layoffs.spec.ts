import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 900 } as const;
/** A calendar day in Taichung (UTC+8), `days` from today. */
const taichungDay = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
const shot = (name: string) => `${process.env.SCREENSHOT_DIR ?? '/tmp'}/mass-layoffs-${name}.png`;

describe('mass-layoff plans and union reports (issue 11 §§2, 4)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('on a phone, the demo employer files a layoff plan; the result names Art. 2 item 2 and the Art. 5 deadline; axe finds nothing', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/account/sign-in?next=%2Faccount%2Femployer%2Fmass-layoffs');
    await page.getByLabel(zh('public-account.fields.email')).fill('employer@demo.example.tw');
    await page.getByLabel(zh('public-account.fields.password'), { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: zh('public-account.sign_in.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('mass-layoffs.employer.title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the empty form');

    // Sent empty: every field the contract needs is named in the summary, nothing is filed.
    await page.getByRole('button', { name: zh('mass-layoffs.employer.submit') }).click();
    await page.getByRole('alert').first().waitFor();

    const field = (key: string) => page.getByLabel(zh(`mass-layoffs.fields.${key}`), { exact: true });
    await field('site_name').fill('大里一廠');
    await field('site_headcount').fill('150');
    await field('layoff_on').fill(taichungDay(70));
    await field('notice_on').fill(taichungDay(0));
    await field('planned').fill('60');
    await field('single_day').fill('20');
    await field('category1').fill('鑄造作業員');
    await field('count1').fill('60');
    await field('reason').selectOption('loss_or_contraction');
    await field('departments').fill('鑄造部');
    await field('selection').fill('鑄造部全數');
    await field('severance').fill('依勞動基準法第17條計算，並安排就業服務站說明會');
    await page.getByRole('button', { name: zh('mass-layoffs.employer.submit') }).click();
    const result = page.getByTestId('mass-result').first();
    await result.waitFor();
    assert.match(await result.innerText(), /大量解僱勞工保護法 第2條第1項第2款/);
    await page.getByTestId('deadline-negotiation').first().waitFor();
    assert.match(await page.getByTestId('deadline-negotiation').first().innerText(), /第5條第1項/);
    await page.screenshot({ path: shot('employer-390'), fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the result');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('staff see the plan in the list with its negotiation deadline and open it, at 1366 and 390; axe finds nothing', async () => {
    for (const viewport of [wide, phone]) {
      const context = await newContext(app, { role: 'programs-officer', viewport, bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/staff/mass-layoffs?sort=-noticeOn');
      await page.getByRole('heading', { level: 1, name: zh('mass-layoffs.staff.title') }).waitFor();
      const row = page.getByRole('row').filter({ hasText: '大里一廠' }).first();
      await row.waitFor();
      assert.match(await row.innerText(), /大量解僱勞工保護法 第2條第1項第2款/);
      assert.match(await row.innerText(), /大量解僱勞工保護法 第5條第1項/);
      await page.screenshot({ path: shot(`staff-list-${viewport.width}`), fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), [], `list ${viewport.width}`);
      await row.getByRole('link').first().click();
      await page.getByTestId('deadline-committee').waitFor();
      assert.match(await page.getByTestId('deadline-committee').innerText(), /第5條第2項/);
      await page.screenshot({ path: shot(`staff-plan-${viewport.width}`), fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), [], `plan ${viewport.width}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('an employment officer sees the layoff ahead with the number affected; axe finds nothing', async () => {
    const context = await newContext(app, { role: 'employment-officer', viewport: wide, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/mass-layoffs/upcoming');
    await page.getByRole('heading', { level: 1, name: zh('mass-layoffs.upcoming.title') }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '大里一廠' });
    await row.waitFor();
    assert.match(await row.innerText(), /60/);
    await page.screenshot({ path: shot('upcoming-1366'), fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a union's annual report is filed on its page; axe finds nothing", async () => {
    const context = await newContext(app, { role: 'programs-officer', viewport: wide, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/unions');
    // The demo's 美容美髮 union's term ended three days ago with no election: it is listed as due.
    const due = page.getByTestId('elections-due');
    await due.waitFor();
    assert.match(await due.innerText(), /臺中市美容美髮業職業工會/);
    await page.getByRole('link', { name: zh('unions.reports.open', { name: '臺中市總工會' }) }).click();
    await page.getByRole('heading', { level: 1, name: zh('unions.reports.title', { name: '臺中市總工會' }) }).waitFor();
    await page.getByText(zh('unions.reports.empty')).waitFor();
    const field = (key: string, n?: number) => page.getByLabel(zh(`unions.reports.fields.${key}`, n ? { n } : {}), { exact: true });
    await field('year').fill('2025');
    await field('members').fill('52000');
    await field('filed_on').fill(taichungDay(0));
    await field('income_category', 1).fill('會費');
    await field('income_amount', 1).fill('6240000');
    await field('spending_category', 1).fill('人事費');
    await field('spending_amount', 1).fill('3100000');
    await page.getByRole('button', { name: zh('unions.reports.submit') }).click();
    const reports = page.getByTestId('union-reports');
    await reports.waitFor();
    assert.match(await reports.innerText(), /2025/);
    await page.screenshot({ path: shot('union-reports-1366'), fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);

    // The social dialogue register: the demo meeting with its overdue follow-up, and the form to record one.
    await page.goto('/staff/social-dialogue?overdue=true');
    await page.getByRole('row').filter({ hasText: '勞資政三方對話座談會' }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'dialogue list');
    await page.getByRole('link', { name: zh('unions.dialogue.form_title') }).click();
    await page.getByRole('heading', { level: 1, name: zh('unions.dialogue.form_title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'dialogue form');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
