/// <reference lib="dom" />
// Rates as published data (issue 14 §3, ADR 0024): an admin publishes a new minimum wage dated next year in
// the browser; the overtime calculator then uses it for dates from its first day and the old rate for
// dates before, says which period and announcement it used, and keeps the answer for offline use. "Next
// year" is the app clock's: the e2e server runs on the real clock (fixtures.ts), so the test asks the
// server for its date rather than reading one itself. The figures are a test's, not a real announcement.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { CalculatorPage } from './pages/calculator-page.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { RatesPage } from './pages/rates-page.ts';

type Status = { today: string; minimumWage: { lastEffectiveFrom: string; renewalDue: boolean; nextYear: number } };

/** The overtime calculator for one 8-hour workday at a monthly wage, opened from a link (it calculates at once). */
async function overtimeFor(page: Page, wage: number, date: string): Promise<CalculatorPage> {
  await page.goto(`/calculators/overtime-pay?basis=monthly&wage=${wage}&days=${date},workday,8`);
  const calculator = new CalculatorPage(page, 'zh-TW');
  await calculator.steps().first().waitFor();
  return calculator;
}

const ratesUsed = (page: Page) => page.getByRole('region', { name: tr('zh-TW', 'rates.used.title'), exact: true });

describe('rates published by an admin (issue 14 §3)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('an admin publishes next year\'s minimum wage in the browser; the calculator uses it from its date, the old rate before', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: desktop, bypassCSP: true });
    const status = (await (await admin.request.get('/api/v1/staff/rates/status')).json()) as Status;
    const nextYear = Number(status.today.slice(0, 4)) + 1;
    // Next year's 1 January, or a later day of next year when a period already starts then.
    const effectiveFrom = [`${nextYear}-01-01`, `${nextYear}-07-01`, `${nextYear}-12-01`].find((date) => date > status.minimumWage.lastEffectiveFrom);
    assert.ok(effectiveFrom, `no day of ${nextYear} is after ${status.minimumWage.lastEffectiveFrom}`);
    const dayBefore = new Date(Date.parse(`${effectiveFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const current = (await (await admin.request.get(`/api/v1/minimum-wage?date=${dayBefore}`)).json()) as { monthly: number; hourly: number };
    const period = {
      effectiveFrom,
      monthly: current.monthly + 1500,
      hourly: current.hourly + 10,
      name: '端對端測試公告（非真實公告）',
      number: `E2E-${nextYear}`,
      date: status.today,
      url: 'https://example.test/e2e-minimum-wage',
    };
    // Between the two rates: lawful before the new period, below the minimum from its first day.
    const wage = current.monthly + 500;

    const page = await admin.newPage();
    const errors = watchErrors(page);
    // The home page's reminder shows exactly when the server's clock says it is due.
    const statusLoaded = () => page.waitForResponse((response) => response.url().endsWith('/api/v1/staff/rates/status'));
    let loaded = statusLoaded();
    await page.goto('/staff');
    await DashboardPage.verifyOnPage(page);
    await loaded;
    const reminder = page.getByText(tr('zh-TW', 'rates.renewal.title', { year: status.minimumWage.nextYear, rocYear: status.minimumWage.nextYear - 1911 }));
    if (status.minimumWage.renewalDue) await reminder.waitFor();
    else assert.equal(await reminder.count(), 0);

    const rates = await RatesPage.open(page);
    assert.deepEqual(await findAccessibilityViolations(page), [], 'axe on the rates page');
    await rates.publishMinimumWage(period);
    await rates.minimumWage.getByRole('status').filter({ hasText: tr('zh-TW', 'rates.form.published', { from: '' }).slice(0, 3) }).waitFor();
    await rates.row(period.number).waitFor();
    assert.match(await rates.row(period.number).innerText(), new RegExp(tr('zh-TW', 'rates.table.published')));
    // Publishing the same day again is refused: earlier periods never change.
    await rates.publishMinimumWage(period);
    await page.getByText(tr('zh-TW', 'common.form.error_summary')).first().waitFor();
    assert.equal(await rates.row(period.number).count(), 1);
    assert.deepEqual(await findAccessibilityViolations(page), [], 'axe on the rates page with an error');

    // The reminder is gone: the next year has its period.
    loaded = statusLoaded();
    await page.goto('/staff');
    await DashboardPage.verifyOnPage(page);
    await loaded;
    await page.waitForTimeout(100); // one render after the answer
    assert.equal(await page.getByText(tr('zh-TW', 'rates.renewal.link')).count(), 0);
    assert.deepEqual(errors, []);

    // A visitor's calculator: the old rate the day before, the new one from its first day, with its announcement.
    const visitor = await newContext(app, { bypassCSP: true });
    const calculatorPage = await visitor.newPage();
    const visitorErrors = watchErrors(calculatorPage);
    const belowMinimum = (calculator: CalculatorPage) => calculator.result.getByRole('status').filter({ hasText: tr('zh-TW', 'calculators.common.warnings') });

    const before = await overtimeFor(calculatorPage, wage, dayBefore);
    await ratesUsed(calculatorPage).waitFor();
    assert.equal(await belowMinimum(before).count(), 0, `no minimum-wage warning on ${dayBefore}`);
    assert.doesNotMatch(await ratesUsed(calculatorPage).innerText(), new RegExp(period.number));

    const from = await overtimeFor(calculatorPage, wage, effectiveFrom);
    await ratesUsed(calculatorPage).getByText(period.number, { exact: false }).waitFor();
    const warning = await belowMinimum(from).innerText();
    // zh-TW shows 民國 dates by default (issue 15 §5): 2027-01-01 is 民國116年1月1日.
    const [y, m, d] = effectiveFrom.split('-').map(Number) as [number, number, number];
    assert.match(warning, new RegExp(`民國${y - 1911}年${m}月${d}日`));
    assert.match(warning, new RegExp(String(period.monthly).replace(/\B(?=(\d{3})+(?!\d))/g, ',?')));
    const used = await ratesUsed(calculatorPage).innerText();
    assert.match(used, new RegExp(period.name));
    assert.equal(await ratesUsed(calculatorPage).getByRole('link', { name: tr('zh-TW', 'rates.used.link') }).getAttribute('href'), period.url);
    assert.deepEqual(await findAccessibilityViolations(calculatorPage), [], 'axe on the calculator with the rate it used');

    // The server's calculator answers the same.
    const api = await visitor.request.post('/api/v1/calculators/overtime-pay', {
      data: { monthlyWage: wage, days: [{ date: dayBefore, dayType: 'workday', hoursWorked: 8 }, { date: effectiveFrom, dayType: 'workday', hoursWorked: 8 }] },
    });
    const answer = (await api.json()) as { warnings: { code: string; date: string }[]; ratesUsed: { effectiveFrom: string }[] };
    assert.deepEqual(answer.warnings.filter((w) => w.code === 'belowMinimumWage').map((w) => w.date), [effectiveFrom]);
    assert.deepEqual(answer.ratesUsed.map((r) => r.effectiveFrom).at(-1), effectiveFrom);

    // Offline after a visit: the service worker's copy of the published rates is used, not only the built-in table.
    await calculatorPage.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await calculatorPage.reload();
    await calculatorPage.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await ratesUsed(calculatorPage).getByText(period.number, { exact: false }).waitFor();
    await visitor.setOffline(true);
    await overtimeFor(calculatorPage, wage, effectiveFrom);
    await ratesUsed(calculatorPage).getByText(period.number, { exact: false }).waitFor();
    assert.equal(await belowMinimum(new CalculatorPage(calculatorPage, 'zh-TW')).count(), 1, 'offline, the published rate still applies');
    await visitor.setOffline(false);
    assert.deepEqual(visitorErrors, []);
    await visitor.close();
    await admin.close();
  });

  test('the rates page and the home page pass axe on a phone and do not scroll sideways', async () => {
    const context = await newContext(app, { role: 'admin', viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of ['/staff/rates', '/staff']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path === '/staff/rates') await new RatesPage(page, 'zh-TW').minimumWage.getByRole('table').waitFor();
      const violations = await findAccessibilityViolations(page);
      if (violations.length) failures.push(`${path}: ${violations.join('\n')}`);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      if (widths.scroll > widths.view) failures.push(`${path}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
    }
    assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
    await context.close();
  });
});
