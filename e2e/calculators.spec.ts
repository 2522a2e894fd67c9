/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { CalculatorPage, HoursLogPage } from './pages/calculator-page.ts';

// labor-law.md §1.2, the public suite's "official case" (also in docs/labor-rules.md): hired 2018-07-03,
// last day 2026-10-31, average wage NT$74,947 → 8 y 3 m 29 d of new-system service → NT$312,176.
const officialCase = { wage: '74947', hire: '2018-07-03', end: '2026-10-31' };

async function computeSeverance(page: Page, locale: string): Promise<CalculatorPage> {
  const calculator = await CalculatorPage.open(page, 'severance', '/calculators/severance', locale);
  await calculator.fill({
    'calculators.common.average_monthly_wage': officialCase.wage,
    'calculators.common.hire_date': officialCase.hire,
    'calculators.severance.termination_date': officialCase.end,
  });
  await calculator.calculate.click();
  await calculator.steps().first().waitFor();
  return calculator;
}

/** Waits until the service worker controls the page, then reloads so the app's files pass through it. */
async function primeOfflineCache(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('labor-rights calculators and the hours log', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('severance pay in Chinese: the official worked example, its steps and citations, and a shareable link', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const calculator = await computeSeverance(page, 'zh-TW');
    assert.match(await calculator.figure('calculators.severance.amount').innerText(), /312,176/);
    const steps = await calculator.steps().allInnerTexts();
    assert.ok(steps.some((text) => text.includes('勞工退休金條例第12條第1項')), steps.join('\n'));
    assert.ok(steps.some((text) => text.includes(tr('zh-TW', 'calculators.common.assumption'))), 'the unconfirmed reading is said');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('wage'), officialCase.wage);
    assert.equal(url.searchParams.get('hire'), officialCase.hire);

    // The link alone reproduces the result.
    const shared = await context.newPage();
    await shared.goto(url.pathname + url.search);
    const again = new CalculatorPage(shared, 'zh-TW');
    await again.steps().first().waitFor();
    assert.match(await again.figure('calculators.severance.amount').innerText(), /312,176/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('severance pay in Vietnamese: the same amount, explained and cited in Vietnamese', async () => {
    const context = await newContext(app, { locale: 'vi' });
    const page = await context.newPage();
    const calculator = await computeSeverance(page, 'vi');
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    // One way to write money (issue 15 §5): the result as its steps write amounts, NT$ with Vietnamese grouping.
    assert.equal(await calculator.figure('calculators.severance.amount').innerText(), 'NT$312.176');
    const steps = (await calculator.steps().allInnerTexts()).join('\n');
    assert.match(steps, /NT\$\d{1,3}(\.\d{3})+/);
    assert.doesNotMatch(steps + (await page.locator('main').innerText()), /TWD/);
    assert.match(steps, /Thâm niên chế độ mới 8 năm 3 tháng 29 ngày/);
    assert.match(steps, /Luật Lương hưu Lao động, Điều 12, khoản 1/);
    assert.doesNotMatch(steps, /勞工退休金條例/);
    await context.close();
  });

  test('bad input is tied to its field and read out with it', async () => {
    const context = await newContext(app, { locale: 'en' });
    const page = await context.newPage();
    const calculator = await CalculatorPage.open(page, 'severance', '/calculators/severance', 'en');
    await calculator.fill({ 'calculators.common.average_monthly_wage': '-5' });
    await calculator.calculate.click();
    const wage = calculator.field('calculators.common.average_monthly_wage');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    assert.equal(await wage.getAttribute('aria-invalid'), 'true');
    const describedBy = (await wage.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()));
    assert.ok(messages.includes(tr('en', 'calculators.errors.too-small')), messages.join(' | '));
    await context.close();
  });

  test('the overtime calculator and the hours log work with the network cut after the first visit', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/calculators/overtime-pay');
    await primeOfflineCache(page);
    await context.setOffline(true);

    // Overtime pay, offline: NT$36,000 a month → NT$150 an hour; 10 h on a workday → 2 h × 150 × 4/3 = NT$400.
    const overtime = await CalculatorPage.open(page, 'overtime-pay', '/calculators/overtime-pay');
    await overtime.fill({ 'calculators.overtime.monthly_wage': '36000', 'calculators.common.date': '2026-03-02', 'calculators.overtime.hours': '10' });
    await overtime.calculate.click();
    await overtime.steps().first().waitFor();
    assert.match(await overtime.figure('calculators.overtime.overtime_pay').innerText(), /400/);

    // The hours log, offline: a 13-hour day is recorded, totalled, warned about, and kept on the device.
    const log = await HoursLogPage.open(page);
    await log.setMonthlyWage('36000');
    await log.addDay({ date: '2026-03-03', start: '08:00', end: '22:00', breakMinutes: '60', note: '主管要求 =SUM(A1)' });
    const march = log.month(2026, 3);
    await march.waitFor();
    assert.equal(await log.total(march, 'hours-log.totals.hours').innerText(), '13');
    assert.equal(await log.total(march, 'hours-log.totals.overtime_hours').innerText(), '5');
    // 2 h × 4/3 + 2 h × 5/3 + 1 h beyond 12 × 5/3 at NT$150 = 400 + 500 + 250.
    assert.match(await log.total(march, 'hours-log.totals.overtime_pay').innerText(), /1,150/);
    assert.match(await march.getByRole('status').or(march.locator('.alert--warning')).first().innerText(), /13/);
    await page.reload();
    await log.month(2026, 3).waitFor();

    // Its totals carry into the calculator, still offline.
    await log.month(2026, 3).getByRole('link', { name: tr('zh-TW', 'hours-log.to_calculator', { month: '2026-03' }) }).click();
    const carried = new CalculatorPage(page, 'zh-TW');
    await carried.steps().first().waitFor();
    assert.match(await carried.figure('calculators.overtime.overtime_pay').innerText(), /1,150/);
    const isOffline = await page.evaluate(() => fetch('/api/v1/health').then(() => false, () => true));
    assert.equal(isOffline, true, 'the network really was cut');
    assert.deepEqual(errors, []);
    await context.setOffline(false);
    await context.close();
  });

  test('the hours log exports CSV with formulas neutralised, and nothing is sent to the server', async () => {
    const context = await newContext(app, { locale: 'en' });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
    const log = await HoursLogPage.open(page, 'en');
    await log.addDay({ date: '2026-03-07', start: '09:00', end: '13:00', breakMinutes: '0', dayType: 'rest-day', note: '=HYPERLINK("x")' });
    await log.month(2026, 3).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: tr('en', 'hours-log.export_csv') }).click()]);
    const csv = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    assert.match(csv, /^\uFEFFDate,Start,End,Break minutes,Hours worked,Type of day,Note\r\n/);
    assert.match(csv, /2026-03-07,09:00,13:00,0,4,Rest day,"'=HYPERLINK\(""x""\)"/);
    const leaks = sent.filter((line) => /HYPERLINK|09:00|13:00|2026-03-07/.test(line));
    assert.deepEqual(leaks, [], 'the log never leaves the device');
    await context.close();
  });

  test('the hours log shows the 11-hour rest as a note unless the worker is on shifts, and keeps the arrangement', async () => {
    const context = await newContext(app, { locale: 'en' });
    const page = await context.newPage();
    const log = await HoursLogPage.open(page, 'en');
    await log.setMonthlyWage('36000');
    // 2026-03-02 ends at 22:00 and 2026-03-03 starts at 06:00: 8 hours of rest (LSA Art. 34 para. 2 asks 11 at a change of shift).
    await log.addDay({ date: '2026-03-02', start: '09:00', end: '22:00', breakMinutes: '60' });
    await log.addDay({ date: '2026-03-03', start: '06:00', end: '15:00', breakMinutes: '60' });
    const march = log.month(2026, 3);
    await march.waitFor();
    const notes = march.locator('.alert--info');
    await notes.waitFor();
    assert.match(await notes.innerText(), new RegExp(tr('en', 'calculators.common.notes').replace(/[()]/g, '\\$&')));
    assert.match(await notes.innerText(), /only 8 hours of rest/);
    assert.equal(await march.locator('.alert--warning').count(), 0, 'not a warning for work outside shifts');

    await page.getByLabel(tr('en', 'calculators.arrangement.shift_work'), { exact: true }).check();
    const warning = march.locator('.alert--warning');
    await warning.waitFor();
    assert.match(await warning.innerText(), /Only 8 hours of rest between the shift/);
    assert.equal(await march.locator('.alert--info').count(), 0);

    // The arrangement is kept on the device, and carried into the calculator with the month.
    await page.reload();
    assert.equal(await page.getByLabel(tr('en', 'calculators.arrangement.shift_work'), { exact: true }).isChecked(), true);
    await log.month(2026, 3).getByRole('link', { name: tr('en', 'hours-log.to_calculator', { month: '2026-03' }) }).click();
    const carried = new CalculatorPage(page, 'en');
    await carried.steps().first().waitFor();
    assert.match(await carried.result.locator('.alert--warning').innerText(), /Only 8 hours of rest between the shift/);
    await context.close();
  });

  test('axe finds no violations on the calculators with results and on the hours log with days', async () => {
    const failures: string[] = [];
    for (const viewport of [undefined, desktop]) {
      const context = await newContext(app, { bypassCSP: true, ...(viewport ? { viewport } : {}) });
      const page = await context.newPage();
      const visits: [string, string][] = [
        ['severance', `/calculators/severance?wage=${officialCase.wage}&hire=${officialCase.hire}&end=${officialCase.end}`],
        ['overtime', '/calculators/overtime-pay?basis=monthly&wage=36000&days=2026-03-02,workday,13,08:00,22:00;2026-03-03,rest-day,6,11:00,17:00'],
        ['average wage', '/calculators/average-wage?event=2018-11-01&wages=2018-05-01,2018-10-31,180000&excluded=2018-10-01,2018-10-10,unpaidLeave'],
        ['annual leave', '/calculators/annual-leave?hire=2020-01-15&asOf=2026-03-02&unused=3&wage=36000'],
        ['old pension', '/calculators/old-pension?wage=40000&years=25&months=7&age=60'],
        ['disability quota', '/calculators/disability-quota?sector=private&employees=250&month=2026-03'],
        ['heat index', '/calculators/heat-index?temp=33&rh=60&sun=1'],
      ];
      for (const [name, path] of visits) {
        await page.goto(path);
        await new CalculatorPage(page, 'zh-TW').steps().first().waitFor();
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${name}: ${violations.join('\n')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${name}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
      }
      const log = await HoursLogPage.open(page);
      await log.setMonthlyWage('36000');
      await log.addDay({ date: '2026-03-02', start: '08:00', end: '22:00', breakMinutes: '30', note: 'x' });
      await log.month(2026, 3).waitFor();
      const violations = await findAccessibilityViolations(page);
      if (violations.length) failures.push(`hours log: ${violations.join('\n')}`);
      await context.close();
    }
    assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
  });
});
