import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { newContext, type TestApp, useApp } from './fixtures.ts';
import { tr } from './i18n.ts';
import { PeopleSearchPage, PersonNewPage } from './pages/person-pages.ts';

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
    // The detail page shows the masked row until "show", the request the server audits.
    await page.getByRole('heading', { level: 1, name: maskedName }).waitFor();
    assert.equal(await page.getByText(zh('people.detail.audit_notice')).count(), 0, 'nothing is revealed before "show"');
    await page.getByRole('button', { name: zh('people.detail.show') }).click();
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
    // Found in the bureau's words: the case manager by name, the action and the record type chosen from lists.
    await audit.getByLabel(zh('audit.filters.actor'), { exact: true }).fill('陳個管師');
    await audit.getByLabel(zh('audit.filters.action'), { exact: true }).selectOption({ label: zh('audit.actions.person_view-full') });
    await audit.getByLabel(zh('audit.filters.record_type'), { exact: true }).selectOption({ label: zh('audit.record_types.person') });
    await audit.getByRole('button', { name: zh('common.list.apply') }).click();
    await audit.getByRole('table').locator(`[title="${personId}"]`).first().waitFor();
    const trail = await audit.getByRole('table').innerText();
    assert.match(trail, /陳個管師/);
    // A case manager's view includes the special-group status: the -sensitive kind of the same action.
    assert.match(trail, new RegExp(`${zh('audit.actions.person_view-full')}|${zh('audit.actions.person_view-full-sensitive')}`));
    await admin.close();
  });

  test('a labor inspector sees the masked list but cannot open full records', async () => {
    const context = await newContext(app, { role: 'labor-inspector' });
    const page = await context.newPage();
    await page.goto('/staff/people');
    await page.getByText(zh('people.search.masked_only')).waitFor();
    await page.getByRole('table').waitFor();
    assert.equal(await page.getByRole('table').getByRole('link').count(), 0);
    // people.list only: no way into the registration form.
    assert.equal(await new PeopleSearchPage(page, 'zh-TW').register.count(), 0);
    await context.close();
  });

  test('an employment officer registers a person: a wrong check digit is caught first, then the full record opens', async () => {
    const context = await newContext(app, { role: 'employment-officer' });
    const page = await context.newPage();
    const search = await PeopleSearchPage.open(page);
    await search.register.click();
    const form = await PersonNewPage.verifyOnPage(page);
    assert.equal(await page.title(), `${zh('people.new.title')} | ${zh('staff-auth.site_name')}`);
    await form.sensitive.waitFor(); // a fieldset of its own, named by its legend
    assert.ok((await form.describedBy(form.sensitive)).includes(zh('people.new.sensitive_hint')), 'who may read it, and consent, are read with it');

    await form.idNumber.fill('A123456788');
    await form.name.fill('阮氏梅');
    await form.submit.click();
    // Caught in the browser by the server's own contract: nothing is sent, the error summary takes focus and
    // links to the field, which says why.
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: zh('common.form.error_summary') }) });
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    assert.equal(await form.idNumber.getAttribute('aria-invalid'), 'true');
    assert.ok((await form.describedBy(form.idNumber)).includes(zh('people.new.id_invalid')), 'the message is read with the field');
    await summary.getByRole('link', { name: zh('people.new.id_invalid') }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'idNumber');

    await form.idNumber.fill('a900000016');
    await page.getByText(zh('people.new.id_valid', { kind: zh('people.id_kind.resident-certificate') })).waitFor();
    assert.equal(await form.idNumber.getAttribute('aria-invalid'), null);
    await form.birthDate.fill('1995-04-12');
    await form.phone.fill('0912000111');
    await form.district.selectOption({ label: '西屯區' });
    await form.preferredLocale.selectOption('vi');
    await form.submit.click();

    await page.getByText(zh('people.detail.audit_notice')).waitFor();
    await page.getByRole('heading', { level: 1, name: '阮氏梅' }).waitFor();
    const url = new URL(page.url());
    assert.match(url.pathname, /^\/staff\/people\/[0-9a-f-]{36}$/);
    assert.doesNotMatch(decodeURIComponent(url.href), /A900000016|阮氏梅/, 'no ID number or name in the URL');
    assert.equal(await page.title(), `${zh('people.detail.title')} | ${zh('staff-auth.site_name')}`);
    const record = await page.locator('.summary').first().innerText();
    assert.match(record, /A900000016/);
    assert.match(record, /西屯區/);
    assert.match(record, /Tiếng Việt/);

    // The same number again is refused, and the field says so.
    await page.goto('/staff/people/new');
    const again = await PersonNewPage.verifyOnPage(page);
    await again.idNumber.fill('A900000016');
    await again.name.fill('重複登錄');
    await again.submit.click();
    // The server's 409 lands on the field, and in the summary as a link to it.
    await page.getByRole('link', { name: zh('people.new.duplicate') }).waitFor();
    assert.equal(await again.idNumber.getAttribute('aria-invalid'), 'true');
    assert.ok((await again.describedBy(again.idNumber)).includes(zh('people.new.duplicate')));
    await context.close();
  });
});
