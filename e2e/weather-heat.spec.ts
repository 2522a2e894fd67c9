/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { HeatPage, HeatStaffPage } from './pages/heat-page.ts';

const levelLabels = (locale: string) => [0, 1, 2, 3, 4].map((level) => tr(locale, `heat.levels.${level}.label`));
const screenshots = process.env.E2E_SCREENSHOTS;

describe('weather-heat: the heat page per district, staff warnings, usage', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('北屯區 shows a level in words and its precautions in Chinese (recorded demo data)', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const heat = await HeatPage.open(page);
    await heat.choose('北屯區');
    await page.getByRole('heading', { level: 2, name: tr('zh-TW', 'heat.now.title', { district: '北屯區' }) }).waitFor();
    const level = await heat.levelText();
    assert.ok(levelLabels('zh-TW').some((label) => level.includes(label)), `a level in words: ${level}`);
    assert.ok((await heat.precautions.count()) >= 2, 'precautions are listed');
    const precautions = (await heat.precautions.allTextContents()).join('');
    assert.match(precautions, /飲水/);
    assert.ok(page.url().endsWith('/heat?district=66000080'), 'the choice is in the address, to share');
    await page.getByText(tr('zh-TW', 'heat.source.recorded'), { exact: false }).first().waitFor();
    if (screenshots) await page.screenshot({ path: `${screenshots}/heat-zh-phone.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the same page in Thai: level and precautions in Thai', async () => {
    const context = await newContext(app, { locale: 'th', viewport: desktop });
    const page = await context.newPage();
    const heat = await HeatPage.open(page, 'th', '?district=66000080');
    await heat.settle();
    const level = await heat.levelText();
    assert.ok(levelLabels('th').some((label) => level.includes(label)), `a level in Thai: ${level}`);
    const precautions = (await heat.precautions.allTextContents()).join(' ');
    assert.match(precautions, /[\u0E00-\u0E7F]/);
    assert.doesNotMatch(precautions, /[\u4E00-\u9FFF]/);
    if (screenshots) await page.screenshot({ path: `${screenshots}/heat-th-desktop.png`, fullPage: true });
    await context.close();
  });

  test('a labor inspector publishes a warning and the public page shows it', async () => {
    const staff = await newContext(app, { role: 'labor-inspector', viewport: desktop });
    const staffPage = await staff.newPage();
    const form = await HeatStaffPage.open(staffPage);
    const text = '北屯區大坑一帶工地請特別注意，中午暫停戶外作業。';
    await form.publishWarning({ district: '北屯區', level: 3, messageIndex: 0, text });
    await staffPage.getByRole('table', { name: tr('zh-TW', 'heat.staff.warnings.caption') }).getByText(tr('zh-TW', 'heat.staff.warnings.statuses.active')).first().waitFor();
    if (screenshots) await staffPage.screenshot({ path: `${screenshots}/heat-staff-desktop.png`, fullPage: true });
    await staff.close();

    const visitor = await newContext(app, { locale: 'vi' });
    const page = await visitor.newPage();
    const heat = await HeatPage.open(page, 'vi', '?district=66000080');
    await heat.settle();
    const warning = heat.warnings.filter({ hasText: tr('vi', 'heat.warning.title', { level: 3 }) });
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? '', /Cảnh báo nắng nóng: nguy cơ bệnh do nhiệt cao/);
    const chinese = warning.getByText(text);
    assert.equal(await chinese.getAttribute('lang'), 'zh-Hant-TW', 'the Chinese-only text is marked as Chinese');
    const elsewhere = await HeatPage.open(page, 'vi', '?district=66000060');
    await elsewhere.settle();
    assert.equal(await elsewhere.warnings.count(), 0, 'not in 西屯區');
    await visitor.close();
  });

  test('an analyst reads the usage indicator, fed by the page views of this run', async () => {
    const context = await newContext(app, { role: 'analyst' });
    const page = await context.newPage();
    await page.goto('/staff/usage');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'usage.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: tr('zh-TW', 'usage.indicator') }).waitFor();
    const pages = page.getByRole('table', { name: tr('zh-TW', 'usage.pages') });
    await pages.getByText('/heat', { exact: true }).waitFor();
    await context.close();
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1280×800', desktop],
  ] as const) {
    test(`axe finds no violations on the heat pages at ${label}`, async () => {
      const visits = [
        { path: '/heat', role: undefined },
        { path: '/heat?district=66000080', role: undefined },
        { path: '/staff/heat', role: 'labor-inspector' },
        { path: '/staff/usage', role: 'analyst' },
      ];
      const failures: string[] = [];
      for (const visit of visits) {
        const context = await newContext(app, { viewport, bypassCSP: true, ...(visit.role ? { role: visit.role } : {}) });
        const page = await context.newPage();
        await page.goto(visit.path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
        if (visit.path.includes('district')) await page.locator('#heat-now').waitFor();
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${visit.path}:\n  ${violations.join('\n  ')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${visit.path}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
        if (screenshots && visit.role) await page.screenshot({ path: `${screenshots}/${visit.path.split('/').pop()}-${viewport.width}.png`, fullPage: true });
        await context.close();
      }
      assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
    });
  }
});
