import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { newContext, type TestApp, useApp } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);

describe('accounts (admin)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('an admin creates an account with roles, changes its roles, deactivates and reactivates it', async () => {
    const context = await newContext(app, { role: 'admin' });
    const page = await context.newPage();
    await page.goto('/staff/accounts');
    await page.getByRole('heading', { level: 1, name: zh('accounts.list.title') }).waitFor();
    await page.getByRole('link', { name: zh('accounts.list.create') }).click();
    await page.getByRole('heading', { level: 1, name: zh('accounts.new.title') }).waitFor();

    await page.getByLabel(zh('accounts.fields.username'), { exact: true }).fill('e2e-officer');
    await page.getByLabel(zh('accounts.fields.display_name'), { exact: true }).fill('測試承辦人');
    await page.getByLabel(zh('accounts.fields.password'), { exact: true }).fill('short');
    const roles = page.getByRole('group', { name: zh('accounts.fields.roles') });
    await roles.getByRole('checkbox', { name: zh('staff-auth.roles.mediator') }).check();
    // A mediator works from a mediation site: only city-wide roles may have the whole city (ADR 0016).
    await page.getByLabel(zh('accounts.fields.home_unit'), { exact: true }).selectOption({ label: '勞工局' });
    await page.getByRole('button', { name: zh('accounts.new.submit') }).click();
    // The server refuses a short password and says why, in Chinese, next to the field.
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByLabel(zh('accounts.fields.password'), { exact: true }).getAttribute('aria-invalid'), 'true');

    await page.getByLabel(zh('accounts.fields.password'), { exact: true }).fill('a-long-enough-password');
    await page.getByRole('button', { name: zh('accounts.new.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('accounts.edit.title', { username: 'e2e-officer' }) }).waitFor();
    await page.getByText(zh('accounts.new.created')).waitFor();

    const editRoles = page.getByRole('group', { name: zh('accounts.fields.roles') });
    await editRoles.getByRole('checkbox', { name: zh('staff-auth.roles.case-manager') }).check();
    await page.getByRole('button', { name: zh('accounts.edit.save') }).click();
    await page.getByRole('status').filter({ hasText: zh('accounts.edit.saved') }).waitFor();

    await page.getByRole('button', { name: zh('accounts.edit.deactivate') }).click();
    await page.getByRole('status').filter({ hasText: zh('accounts.edit.deactivated') }).waitFor();
    await page.getByRole('button', { name: zh('accounts.edit.reactivate') }).click();
    await page.getByRole('status').filter({ hasText: zh('accounts.edit.reactivated') }).waitFor();

    const list = (await (await context.request.get('/api/v1/staff/accounts')).json()) as {
      items: { username: string; roles: string[]; isActive: boolean }[];
    };
    const created = list.items.find((item) => item.username === 'e2e-officer');
    assert.deepEqual(created?.roles.toSorted(), ['case-manager', 'mediator']);
    assert.equal(created?.isActive, true);
    await context.close();
  });
});
