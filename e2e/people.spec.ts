import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { newContext, type TestApp, useApp } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);

describe('people', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('a case manager finds a person in a masked list, opens the full record, and the view is audited', async () => {
    const context = await newContext(app, { role: 'case-manager' });
    const page = await context.newPage();
    await page.goto('/staff/people');
    await page.getByRole('heading', { level: 1, name: zh('people.search.title') }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    const firstName = page.getByRole('table').getByRole('link').first();
    const maskedName = (await firstName.innerText()).trim();
    assert.match(maskedName, /○|\*/, 'names are masked in the list');

    await firstName.click();
    await page.getByText(zh('people.detail.audit_notice')).waitFor();
    const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    assert.doesNotMatch(heading, /○/, 'the full record shows the whole name');
    assert.equal(await page.title(), `${zh('people.detail.title')} | ${zh('staff-auth.site_name')}`, 'the name stays out of the tab title');
    const personId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await context.close();

    const admin = await newContext(app, { role: 'admin' });
    const audit = await admin.newPage();
    await audit.goto('/staff/audit');
    await audit.getByRole('heading', { level: 1, name: zh('audit.title') }).waitFor();
    await audit.getByLabel(zh('audit.filters.record_id'), { exact: true }).fill(personId);
    await audit.getByRole('button', { name: zh('audit.search') }).click();
    await audit.getByRole('cell', { name: 'case-manager' }).first().waitFor();
    assert.match(await audit.getByRole('table').innerText(), /person\.view-full/);
    await admin.close();
  });

  test('a labor inspector sees the masked list but cannot open full records', async () => {
    const context = await newContext(app, { role: 'labor-inspector' });
    const page = await context.newPage();
    await page.goto('/staff/people');
    await page.getByText(zh('people.search.masked_only')).waitFor();
    await page.getByRole('table').waitFor();
    assert.equal(await page.getByRole('table').getByRole('link').count(), 0);
    await context.close();
  });
});
