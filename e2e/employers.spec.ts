import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string) => tr('zh-TW', key);
const dajia = '66000110'; // 大甲區 in the city file
const prefix = '列表測試事業';
const rowCount = 25;

/** Registers employers in one district through the API, so the list has more than one page to show. */
async function addEmployers(context: BrowserContext): Promise<void> {
  const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  for (let n = 1; n <= rowCount; n += 1) {
    const response = await context.request.post('/api/v1/staff/employers', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { name: `${prefix}${String(n).padStart(2, '0')}`, districtCode: dajia },
    });
    assert.equal(response.status(), 201, await response.text());
  }
}

const bodyNames = (page: Page) => page.getByRole('table').locator('tbody td:nth-child(1)').allTextContents();
const settle = (page: Page) => page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);

describe('employers list (the staff list page kit)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('filtered, sorted, paged and exported; the filter survives reload and back; axe finds nothing', async () => {
    const context = await newContext(app, { role: 'employment-officer', viewport: desktop, bypassCSP: true });
    await addEmployers(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/employers');
    await page.getByRole('heading', { level: 1, name: zh('employers.title') }).waitFor();
    await page.getByRole('table').waitFor();

    // Filter: the query and the district go into the URL.
    await page.getByLabel(zh('employers.filters.query'), { exact: true }).fill(prefix);
    await page.getByLabel(zh('employers.fields.district'), { exact: true }).selectOption(dajia);
    await page.getByRole('button', { name: zh('common.list.apply') }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === prefix && url.searchParams.get('district') === dajia);
    await settle(page);
    await page.getByRole('table', { name: tr('zh-TW', 'employers.caption', { total: String(rowCount) }) }).waitFor();
    assert.equal((await bodyNames(page)).length, 20, 'a page holds 20 rows');

    // Sort: the header button toggles, the header cell says how the column is sorted, the server orders.
    const nameHeader = page.getByRole('columnheader', { name: zh('employers.fields.name') });
    // The header re-renders after the URL changes: wait for its attribute rather than read it once (CI read 'none').
    const sortOnceSettled = async (want: string) => {
      for (let tries = 0; tries < 50 && (await nameHeader.getAttribute('aria-sort')) !== want; tries += 1) await page.waitForTimeout(100);
      return nameHeader.getAttribute('aria-sort');
    };
    assert.equal(await nameHeader.getAttribute('aria-sort'), 'none');
    await nameHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await settle(page);
    assert.equal(await sortOnceSettled('ascending'), 'ascending');
    await nameHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-name');
    await settle(page);
    assert.equal(await sortOnceSettled('descending'), 'descending');
    await page.waitForFunction((first) => document.querySelector('tbody td')?.textContent === first, `${prefix}25`);
    const descending = await bodyNames(page);
    assert.deepEqual(descending, [...descending].sort().reverse(), 'rows come in descending name order');

    // Page: the next page has the remaining five rows, and the page number is in the URL.
    await page.getByRole('button', { name: zh('common.pagination.next') }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await settle(page);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 5);
    assert.deepEqual(await bodyNames(page), ['05', '04', '03', '02', '01'].map((n) => `${prefix}${n}`));

    // Export: each link carries the filter and the sort (not the page) and downloads its format.
    const exportNav = page.getByRole('navigation', { name: zh('common.list.export_label') });
    const types: Record<string, string> = {
      csv: 'text/csv',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ods: 'application/vnd.oasis.opendocument.spreadsheet',
      pdf: 'application/pdf',
    };
    for (const [format, type] of Object.entries(types)) {
      const link = exportNav.getByRole('link', { name: zh(`common.list.export.${format}`) });
      const href = await link.getAttribute('href');
      assert.ok(href, `the ${format} link has an address`);
      const url = new URL(href, app.baseUrl);
      assert.equal(url.pathname, '/api/v1/staff/employers');
      assert.deepEqual(
        { q: url.searchParams.get('q'), district: url.searchParams.get('district'), sort: url.searchParams.get('sort'), format: url.searchParams.get('format'), page: url.searchParams.get('page') },
        { q: prefix, district: dajia, sort: '-name', format, page: null },
      );
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.match(download.suggestedFilename(), new RegExp(`^employers-\\d{8}\\.${format}$`));
      const response = await context.request.get(href);
      assert.equal(response.status(), 200);
      assert.ok(response.headers()['content-type']?.startsWith(type), `${format}: ${response.headers()['content-type']}`);
      assert.match(response.headers()['content-disposition'] ?? '', /^attachment; filename="employers-\d{8}\./);
    }

    // Reload keeps the filter, sort and page; the fields show the filter again.
    await page.reload();
    await page.getByRole('table').waitFor();
    await settle(page);
    assert.equal(await page.getByLabel(zh('employers.filters.query'), { exact: true }).inputValue(), prefix);
    assert.equal(await page.getByLabel(zh('employers.fields.district'), { exact: true }).inputValue(), dajia);
    assert.equal((await bodyNames(page)).length, 5);

    // Back walks the list's own history: page 1, then ascending, then unsorted; the filter stays.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('page') === null && url.searchParams.get('sort') === '-name');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await settle(page);
    assert.equal(await sortOnceSettled('ascending'), 'ascending');
    assert.equal(await page.getByLabel(zh('employers.filters.query'), { exact: true }).inputValue(), prefix);
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    await settle(page);
    assert.equal(await page.getByLabel(zh('employers.filters.query'), { exact: true }).inputValue(), '', 'back to the unfiltered list');

    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('q') === prefix);
    await settle(page);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
