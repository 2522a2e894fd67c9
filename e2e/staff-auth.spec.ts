import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { LoginPage } from './pages/login-page.ts';

describe('staff sign-in', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('a signed-out visit to a staff page asks to sign in, then returns there; sign-out ends the session', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/accounts');
    const login = await LoginPage.verifyOnPage(page);
    assert.match(page.url(), /\/staff\/login\?next=%2Fstaff%2Faccounts$/);

    await login.signIn('admin', demoPassword);
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'accounts.list.title') }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/staff/accounts');
    // On a phone the areas fold behind the menu button, which names the current one.
    const menu = page.getByRole('button', { name: tr('zh-TW', 'staff-auth.nav.menu_current', { area: tr('zh-TW', 'staff-auth.areas.accounts.title') }) });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    await page.getByRole('link', { name: tr('zh-TW', 'staff-auth.nav.dashboard'), exact: true }).click();
    const dashboard = await DashboardPage.verifyOnPage(page);
    const navLinks = await dashboard.areaNames();
    assert.ok(navLinks.includes(tr('zh-TW', 'staff-auth.areas.accounts.title')), 'admin sees the accounts area');
    assert.ok(navLinks.includes(tr('zh-TW', 'staff-auth.areas.audit.title')), 'admin sees the audit area');

    await dashboard.logout.click();
    await LoginPage.verifyOnPage(page);
    const me = await page.request.get('/api/v1/auth/me');
    assert.equal(me.status(), 401, 'the session is gone on the server');
    await page.goto('/staff');
    await LoginPage.verifyOnPage(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a wrong password shows the server’s message in an alert and keeps the user on the sign-in page', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    await page.goto('/staff/login');
    const login = await LoginPage.verifyOnPage(page);
    await login.signIn('programs-officer', 'not-the-password');
    await login.alert.waitFor();
    assert.match(await login.alert.innerText(), /帳號或密碼錯誤/);
    assert.equal(await login.password.inputValue(), '', 'the wrong password is cleared');
    assert.equal(new URL(page.url()).pathname, '/staff/login');
    await context.close();
  });

  test('an empty form is caught before it is sent, with each field described by its error', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    await page.goto('/staff/login');
    const login = await LoginPage.verifyOnPage(page);
    await login.submit.click();
    await login.alert.waitFor();
    assert.equal(await login.username.getAttribute('aria-invalid'), 'true');
    const describedBy = (await login.username.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy}"]`).innerText();
    assert.equal(message, tr('zh-TW', 'staff-auth.login.username_required'));
    await context.close();
  });

  test('a role without the permission sees a translated refusal, not the page', async () => {
    const context = await newContext(app, { role: 'analyst' });
    const page = await context.newPage();
    await page.goto('/staff/accounts');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'staff-auth.forbidden.title') }).waitFor();
    const navLinks = await new DashboardPage(page, 'zh-TW').areaNames();
    // The analyst reads what the indicators come from: usage counts, the quota and union figures, the
    // indicators, the programs (applicants masked) and indicator 4's youth counts, and the labour-relations
    // registers that name no worker (social dialogue, mass-layoff plans); never accounts, people or complaints.
    assert.deepEqual(
      navLinks,
      ['staff-auth.nav.dashboard', ...['usage', 'quota', 'unions', 'social-dialogue', 'mass-layoffs', 'indicators', 'programs', 'training', 'youth-indicator'].map((area) => `staff-auth.areas.${area}.title`)].map(
        (key) => tr('zh-TW', key),
      ),
    );
    await context.close();
  });

  test('the staff menu folds behind one button on a phone and a tablet, and stands open on a desktop; axe finds nothing', async () => {
    const label = tr('zh-TW', 'staff-auth.nav.label');
    for (const viewport of [{ width: 390, height: 844 }, { width: 820, height: 1180 }]) {
      const context = await newContext(app, { role: 'admin', viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto('/staff');
      await DashboardPage.verifyOnPage(page);
      const nav = page.getByRole('navigation', { name: label });
      const audit = nav.getByRole('link', { name: tr('zh-TW', 'staff-auth.areas.audit.title'), exact: true });
      assert.equal(await audit.isVisible(), false, 'the areas start folded, so the page comes first');
      const menu = nav.getByRole('button', { name: tr('zh-TW', 'staff-auth.nav.menu_current', { area: tr('zh-TW', 'staff-auth.nav.dashboard') }) });
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      assert.deepEqual(await findAccessibilityViolations(page), []);
      await page.screenshot({ path: `/tmp/staff-menu-open-${viewport.width}.png` });
      await audit.click();
      await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'audit.title') }).waitFor();
      const after = nav.getByRole('button', { name: tr('zh-TW', 'staff-auth.nav.menu_current', { area: tr('zh-TW', 'staff-auth.areas.audit.title') }) });
      assert.equal(await after.getAttribute('aria-expanded'), 'false', 'opening an area folds the menu');
      assert.equal(await nav.locator('a[aria-current="page"]').textContent(), tr('zh-TW', 'staff-auth.areas.audit.title'));
      await context.close();
    }
    // An administrator opens some forty areas: even on a desktop they fold, sorted under the bureau's lines of work.
    const context = await newContext(app, { role: 'admin', viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/staff');
    await DashboardPage.verifyOnPage(page);
    const nav = page.getByRole('navigation', { name: label });
    const menu = nav.getByRole('button', { name: tr('zh-TW', 'staff-auth.nav.menu_current', { area: tr('zh-TW', 'staff-auth.nav.dashboard') }) });
    assert.equal(await nav.getByRole('link', { name: tr('zh-TW', 'staff-auth.areas.audit.title'), exact: true }).isVisible(), false);
    await menu.click();
    const admin = nav.getByRole('list', { name: tr('zh-TW', 'staff-auth.nav.groups.admin') });
    assert.equal(await admin.getByRole('link', { name: tr('zh-TW', 'staff-auth.areas.audit.title'), exact: true }).isVisible(), true);
    const relations = nav.getByRole('list', { name: tr('zh-TW', 'staff-auth.nav.groups.relations') });
    assert.equal(await relations.getByRole('link', { name: tr('zh-TW', 'staff-auth.areas.mediation.title'), exact: true }).isVisible(), true);
    await page.screenshot({ path: '/tmp/staff-menu-open-1366.png' });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await context.close();
    // A role with a handful of areas keeps them standing in the bar.
    const fewContext = await newContext(app, { role: 'interpreter', viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const few = await fewContext.newPage();
    await few.goto('/staff');
    await DashboardPage.verifyOnPage(few);
    const bar = few.getByRole('navigation', { name: label });
    assert.equal(await bar.getByRole('link', { name: tr('zh-TW', 'staff-auth.areas.translations.title'), exact: true }).isVisible(), true);
    assert.equal(await bar.getByRole('button').isVisible(), false, 'no menu button where the bar has room');
    assert.deepEqual(await findAccessibilityViolations(few), []);
    await fewContext.close();
  });

  test('the complaints supervisor at 1366 px: the work waiting, counted and linked, and only the areas the role has; axe finds nothing', async () => {
    const context = await newContext(app, { role: 'complaints-supervisor', viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/staff');
    await DashboardPage.verifyOnPage(page);
    const queues = page.getByRole('region', { name: tr('zh-TW', 'staff-auth.queues.title') });
    const complaints = queues.getByRole('listitem').filter({ hasText: tr('zh-TW', 'staff-auth.queues.complaints.all') });
    await complaints.waitFor();
    // The demo data has complaints no one has been assigned yet: the count links to them.
    const unassigned = complaints.getByRole('link', { name: new RegExp(tr('zh-TW', 'staff-auth.queues.counts.unassigned')) });
    assert.match(await unassigned.innerText(), /^[1-9]\d*$/);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    const areas = await new DashboardPage(page, 'zh-TW').areaNames();
    assert.ok(areas.includes(tr('zh-TW', 'staff-auth.areas.complaints.title')));
    assert.ok(!areas.includes(tr('zh-TW', 'staff-auth.areas.accounts.title')), 'no account administration');
    await unassigned.click();
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'complaints.staff.list_title') }).waitFor();
    assert.match(page.url(), /status=received/);
    await context.close();
  });
});
