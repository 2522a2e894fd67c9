/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 900 } as const;

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('mediation, second screens: the committee route and the record link (issue 11)', () => {
  let app: TestApp;
  let committeeId: string;

  before(async () => {
    app = await useApp();
  });

  test('a supervisor records the committee members on a phone; the next deadline shows Art. 15', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: phone });
    const page = await admin.newPage();
    const list = (await (await admin.request.get(`${app.baseUrl}/api/v1/staff/mediation-cases?scope=city&pageSize=100`)).json()) as {
      today: string;
      items: { id: string; route: string }[];
    };
    committeeId = list.items.find((i) => i.route === 'committee')?.id ?? '';
    assert.ok(committeeId, 'the demo has a committee case');
    await page.goto(`/staff/mediation/${committeeId}`);
    await settle(page);
    assert.equal(await page.getByTestId('mediation-route').innerText(), zh('mediation.routes.committee'));
    assert.match(await page.getByTestId('deadline-choose-members').innerText(), /勞資爭議處理法第14條第1項/);

    await page.getByLabel(zh('mediation.members_on'), { exact: true }).fill(list.today);
    const chair = page.getByLabel(zh('mediation.chair'), { exact: true });
    const chairValue = await chair.locator('option', { hasText: '鄭調解人' }).getAttribute('value');
    await chair.selectOption(chairValue ?? '');
    await page.getByLabel(zh('mediation.applicant_member'), { exact: true }).fill('DEMO 王委員');
    await page.getByLabel(zh('mediation.respondent_member'), { exact: true }).fill('DEMO 陳委員');
    await page.getByRole('button', { name: zh('mediation.step_submit'), exact: true }).click();
    await page.getByText(zh('mediation.step_done')).waitFor();
    assert.match(await page.getByTestId('deadline-convene-committee').innerText(), /勞資爭議處理法第15條/);
    assert.match(await page.locator('#mediation-committee').locator('..').innerText(), /DEMO 王委員/);
    // The statistics of this month count the demo's cases, the committee one among them.
    await page.goto('/staff/mediation/statistics');
    await settle(page);
    await page.getByTestId('stats-total').waitFor();
    assert.ok((await page.locator('#stats-route').locator('..').innerText()).includes(zh('mediation.routes.committee')));
    await admin.close();
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1366×900', wide],
  ] as const) {
    test(`the committee case and the record page pass axe at ${label}`, async () => {
      const failures: string[] = [];
      const context = await newContext(app, { role: 'admin', viewport, bypassCSP: true });
      for (const [name, path] of [
        ['committee case', `/staff/mediation/${committeeId}`],
        ['record link', '/mediation/record#token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
        ['statistics', '/staff/mediation/statistics'],
      ] as const) {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(path);
        await settle(page);
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${name}:\n  ${violations.join('\n  ')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${name}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
        if (errors.length) failures.push(`${name}: page errors ${errors.join('; ')}`);
        if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/mediation-${name.replace(/\s/g, '-')}-${viewport.width}.png`, fullPage: true });
        await page.close();
      }
      await context.close();
      assert.deepEqual(failures, []);
    });
  }
});
