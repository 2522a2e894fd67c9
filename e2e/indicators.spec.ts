import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string>) => tr('zh-TW', key, params);
// The demo data fills 2026 (indicators.demo.ts, employment.demo-placements.ts).
const year = '2026';

/** With E2E_SCREENSHOTS=<dir>, a page at 390 px and at 1366 px, to look at before calling a page done. */
async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  for (const viewport of [phone, { width: 1366, height: 900 }]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(400); // Chart.js follows a resize on its next frame
    await page.screenshot({ path: `${dir}/${name}-${viewport.width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

describe('performance indicators', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('the analyst opens the dashboard, drills indicator 1 down to the 大甲 station, exports the year as ODS and closes a month; axe finds nothing', async () => {
    const context = await newContext(app, { role: 'analyst', viewport: desktop, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/staff/indicators?year=${year}`);
    await page.getByRole('heading', { level: 1, name: zh('indicators.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('indicators.score_title', { year }) }).waitFor();
    assert.equal(await page.locator('.indicator-card').count(), 14);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await shoot(page, 'indicators-dashboard');

    // Drill indicator 1 down by station: the 大甲 station's row, with its own target.
    await page.getByRole('link', { name: /^1\. / }).click();
    await page.getByRole('heading', { level: 2, name: zh('indicators.by_title.month') }).waitFor();
    await page.getByLabel(zh('indicators.drill_by'), { exact: true }).selectOption('station');
    const byStation = page.getByRole('table', { name: zh('indicators.by_title.station') });
    await byStation.waitFor();
    const dajia = byStation.getByRole('row').filter({ hasText: '大甲就業服務台' });
    await dajia.waitFor();
    assert.match(await dajia.innerText(), /45/, "the station's own target");
    assert.ok((await byStation.locator('tbody tr').count()) >= 3, 'several stations');
    assert.match((await page.locator('figcaption').textContent()) ?? '', /大甲就業服務台/);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await shoot(page, 'indicator-1-by-station');

    // Back on the dashboard: the year as an ODS file.
    await page.getByRole('link', { name: zh('indicators.back') }).click();
    await page.getByRole('heading', { level: 2, name: zh('indicators.score_title', { year }) }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: zh('indicators.export_ods') }).click()]);
    assert.match(download.suggestedFilename(), /^indicators-2026.*\.ods$/);

    // Close a month: its figures are frozen, and the review shows them.
    await page.getByLabel(zh('indicators.period'), { exact: true }).fill('2026-08');
    await page.getByRole('button', { name: zh('indicators.close_button'), exact: true }).click();
    await page.getByText(zh('indicators.closed_ok', { period: '2026-08', version: '1' })).waitFor();
    await page.getByRole('table', { name: zh('indicators.review_title', { period: '2026-08' }) }).waitFor();

    // Indicator 2 by month: the trend chart with its text alternative, and the table under it.
    await page.getByRole('link', { name: /^2\. / }).click();
    await page.getByRole('heading', { level: 2, name: zh('indicators.by_title.month') }).waitFor();
    const table = page.getByRole('table', { name: zh('indicators.by_title.month') });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 12);
    assert.match((await page.locator('figcaption').textContent()) ?? '', /2026-01/);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the analyst enters a figure with its source document and date, and sees who entered it; axe finds nothing', async () => {
    const context = await newContext(app, { role: 'analyst', viewport: desktop, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/staff/indicators?year=${year}`);
    await page.getByRole('link', { name: zh('indicators.entries_link') }).click();
    await page.getByRole('heading', { level: 1, name: zh('indicators.entries_title') }).waitFor();
    await page.getByLabel(zh('indicators.indicator'), { exact: true }).selectOption('13');
    // Nothing filled in: the summary lists what is missing.
    await page.getByRole('button', { name: zh('indicators.entry_submit') }).click();
    await page.getByRole('heading', { name: zh('common.form.error_summary') }).waitFor();
    await page.getByLabel(zh('indicators.period'), { exact: true }).fill('2026-10');
    await page.getByLabel(zh('indicators.numerator'), { exact: true }).fill('700000000');
    await page.getByLabel(zh('indicators.denominator'), { exact: true }).fill('905000000');
    await page.getByLabel(zh('indicators.entry_source'), { exact: true }).fill('本局會計室 115 年 10 月 經常門預算執行表');
    await page.getByLabel(zh('indicators.entry_source_date'), { exact: true }).fill('2026-11-05');
    await page.getByRole('button', { name: zh('indicators.entry_submit') }).click();
    await page.getByText(zh('indicators.entry_saved', { period: '2026-10' })).waitFor();
    const entries = page.getByRole('table', { name: zh('indicators.entries_list') });
    const row = entries.getByRole('row').filter({ hasText: '115 年 10 月 經常門預算執行表' });
    await row.waitFor();
    assert.match(await row.innerText(), /analyst/);
    // Indicator 4 takes only its denominator (the youth population) here.
    await page.getByLabel(zh('indicators.indicator'), { exact: true }).selectOption('4');
    await page.getByText(zh('indicators.entry_denominator_only')).waitFor();
    assert.equal(await page.getByLabel(zh('indicators.numerator'), { exact: true }).count(), 0);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await shoot(page, 'indicator-entries');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the admin sees the year's weights add up to 100 % and sets the 大甲 station's target; axe finds nothing", async () => {
    const context = await newContext(app, { role: 'admin', viewport: desktop, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/staff/indicators/admin?year=${year}`);
    await page.getByRole('heading', { level: 1, name: zh('indicators.admin.title') }).waitFor();
    await page.getByText(zh('indicators.admin.total_ok', { total: '100' })).waitFor();
    // A weight off: the total says so before anything is sent.
    const weight = page.getByLabel(/^2\. .*(%)/);
    await weight.fill('10');
    await page.getByText(zh('indicators.admin.total_off', { total: '101' })).waitFor();
    await weight.fill('9');
    await page.getByLabel(zh('indicators.indicator'), { exact: true }).selectOption('1');
    await page.getByLabel(zh('indicators.admin.unit_kind'), { exact: true }).selectOption('station');
    await page.getByLabel(zh('indicators.admin.unit.station'), { exact: true }).selectOption('dajia');
    await page.getByLabel(zh('indicators.target'), { exact: true }).fill('48');
    await page.getByLabel(zh('indicators.admin.target_source'), { exact: true }).fill('115 年度 大甲就業服務台 目標（局務會議）');
    await page.getByRole('button', { name: zh('indicators.admin.target_submit') }).click();
    await page.getByText(zh('indicators.admin.target_saved', { code: '1', year })).waitFor();
    const targets = page.getByRole('table', { name: zh('indicators.admin.targets_caption', { year }) });
    await targets.getByRole('row').filter({ hasText: '局務會議' }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await shoot(page, 'indicator-admin');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the public page renders in Thai with the business indicators; axe finds nothing', async () => {
    const context = await newContext(app, { locale: 'th', bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/indicators?year=${year}`);
    await page.getByRole('heading', { level: 1, name: tr('th', 'indicators.public_title') }).waitFor();
    const table = page.getByRole('table', { name: tr('th', 'indicators.public_caption', { year }) });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 8);
    assert.equal(await page.locator('html').getAttribute('lang'), 'th');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
