import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { newContext, type TestApp, useApp } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string) => tr('zh-TW', key);

describe('employers', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('an employment officer filters employers by district', async () => {
    const context = await newContext(app, { role: 'employment-officer' });
    const page = await context.newPage();
    await page.goto('/staff/employers');
    await page.getByRole('heading', { level: 1, name: zh('employers.title') }).waitFor();
    await page.getByRole('table').waitFor();
    const allRows = await page.getByRole('table').getByRole('row').count();
    const district = page.getByLabel(zh('employers.fields.district'), { exact: true });
    await district.selectOption({ label: '大甲區' });
    await page.getByRole('button', { name: zh('employers.filters.submit') }).click();
    await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
    const rows = page.getByRole('table').getByRole('row');
    const count = await rows.count();
    assert.ok(count < allRows, 'the district narrows the list');
    const cells = await page.getByRole('table').locator('tbody td:nth-child(4)').allTextContents();
    assert.ok(cells.length > 0, 'the demo data has employers in 大甲區');
    assert.deepEqual(new Set(cells), new Set(['大甲區']));
    await context.close();
  });
});
