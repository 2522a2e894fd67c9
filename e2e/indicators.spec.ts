import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string>) => tr('zh-TW', key, params);
// The demo data fills 2026 (indicators.demo.ts).
const year = '2026';

describe('performance indicators', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('the analyst opens the dashboard, drills indicator 2 down, exports the year as ODS and closes a month; axe finds nothing', async () => {
    const context = await newContext(app, { role: 'analyst', viewport: desktop, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/staff/indicators?year=${year}`);
    await page.getByRole('heading', { level: 1, name: zh('indicators.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('indicators.score_title', { year }) }).waitFor();
    assert.equal(await page.locator('.indicator-card').count(), 14);
    assert.deepEqual(await findAccessibilityViolations(page), []);

    // Export: the year's indicators as an ODS file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: zh('indicators.export_ods') }).click()]);
    assert.match(download.suggestedFilename(), /^indicators-2026.*\.ods$/);

    // Close a month: its figures are frozen, and the review shows them.
    await page.getByLabel(zh('indicators.period'), { exact: true }).fill('2026-08');
    await page.getByRole('button', { name: zh('indicators.close_button'), exact: true }).click();
    await page.getByText(zh('indicators.closed_ok', { period: '2026-08', version: '1' })).waitFor();
    await page.getByRole('table', { name: zh('indicators.review_title', { period: '2026-08' }) }).waitFor();

    // Drill indicator 2 down by month: the trend chart with its text alternative, and the table under it.
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
