// The occupation classification's 554 codes in the forms (issue 8): grouped pickers that stay usable, Chinese
// names marked as Chinese in the other languages, and the public filter finding a unit group under its major group.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const tablet = { width: 820, height: 1180 } as const;
const wide = { width: 1366, height: 900 } as const;
const officer = 'employment-officer-dali';
const shots = process.env.SCREENSHOT_DIR;

describe('occupation pickers (職業標準分類, 554 codes)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  test('the public search filter groups the unit groups under their major group; filtering by 8 finds a vacancy coded 8343; axe finds nothing', async () => {
    for (const viewport of [phone, tablet, wide]) {
      const context = await newContext(app, { viewport, locale: 'en', bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/jobs');
      await page.getByRole('heading', { level: 1, name: tr('en', 'job-seeker.jobs.title') }).waitFor();
      const filter = page.getByLabel(tr('en', 'job-seeker.jobs.occupation'));
      await filter.locator('optgroup[label="8 Plant and machine operators and assemblers"] option[value="8343"]').waitFor({ state: 'attached' });
      assert.equal(await filter.locator('optgroup').count(), 10);
      // A unit group has no English name: its Chinese name is marked as Chinese; the major group's is English.
      assert.equal(await filter.locator('option[value="8343"]').getAttribute('lang'), 'zh-Hant-TW');
      assert.equal(await filter.locator('option[value="8343"]').textContent(), '8343 吊車、起重機及有關設備操作人員');
      assert.equal(await filter.locator('option[value="8"]').getAttribute('lang'), null);
      await filter.selectOption('8');
      await page.getByRole('button', { name: tr('en', 'job-seeker.jobs.submit') }).click();
      await page.waitForURL(/occupation=8/);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '堆高機作業員' }) }).first();
      await card.locator('dd span[lang="zh-Hant-TW"]', { hasText: '8343 吊車、起重機及有關設備操作人員' }).waitFor();
      assert.equal(await page.getByRole('heading', { name: '門市人員' }).count(), 0, 'a 5220 vacancy is not under major group 8');
      if (shots) await page.screenshot({ path: `${shots}/occupations-jobs-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('an officer codes a vacancy with a unit group in Vietnamese, and its page names it; axe finds nothing', async () => {
    for (const viewport of [phone, wide]) {
      const context = await newContext(app, { role: officer, viewport, locale: 'vi', bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/staff/vacancies/new');
      await page.getByRole('heading', { level: 1, name: tr('vi', 'employment.new.title') }).waitFor();
      const occupation = page.getByLabel(tr('vi', 'employment.fields.occupation'));
      await occupation.locator('option[value="7212"]').waitFor({ state: 'attached' });
      assert.equal(await occupation.locator('option[value="7212"]').getAttribute('lang'), 'zh-Hant-TW');
      assert.equal(await occupation.locator('option[value="7"]').getAttribute('lang'), 'en', 'the English major-group name in a Vietnamese page');
      if (shots) await page.screenshot({ path: `${shots}/occupations-vacancy-form-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      await page.getByLabel(tr('vi', 'employment.fields.employer')).selectOption({ label: '大里精密鑄造有限公司' });
      await occupation.selectOption('7212');
      await page.getByLabel(tr('vi', 'employment.fields.title')).fill(`焊接技術員 ${viewport.width}`);
      await page.getByLabel(tr('vi', 'employment.fields.district')).selectOption({ index: 1 });
      await page.getByLabel(tr('vi', 'employment.fields.wage_min')).fill('36000');
      await page.getByLabel(tr('vi', 'employment.fields.expires_on')).fill('2099-12-31');
      await page.getByRole('button', { name: tr('vi', 'employment.new.submit') }).click();
      const named = page.locator('dd span[lang="zh-Hant-TW"]', { hasText: '7212 焊接及切割人員' });
      await named.waitFor();
      assert.deepEqual(await findAccessibilityViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});
