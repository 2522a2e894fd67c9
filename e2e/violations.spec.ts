/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { big5, csvText, molHeader, taichungRows, withBom } from '../src/modules/violations/violations.fixtures.ts';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { InspectionFormPage, ViolationsImportPage, ViolationsSearchPage } from './pages/violations-pages.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const shots = process.env.SCREENSHOT_DIR;

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('violations registry (違反勞動法令事業單位)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  // Demo data already holds the five real Taichung rows, so the upload brings rows of its own.
  const uploadRows = [1, 2, 3, 4, 5].map((n) => [
    '台中市',
    '20250110',
    '20241220',
    `府授勞動字第11300900${n}1號`,
    `中清路測試${n}有限公司(王大明)`,
    '勞動基準法第24條',
    '延長工時工資未依規定給付',
    '20000',
    '',
  ]);

  test('an inspector uploads the MOL file and sees what was imported, unchanged and refused', async () => {
    const context = await newContext(app, { role: 'labor-inspector', viewport: desktop });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const upload = await ViolationsImportPage.open(page);
    assert.deepEqual(await upload.upload('taichung.csv', withBom(csvText([molHeader, ...uploadRows]))), {
      imported: '5',
      unchanged: '0',
      rejected: '0',
    });
    // The same rows again, in Big5, with one row whose date does not exist.
    const again = big5(csvText([molHeader, ...uploadRows.slice(0, 2), ['台中市', '20240230', '', '府授勞動字第1號', '甲有限公司', '勞動基準法第22條', '', '', '']]));
    assert.deepEqual(await upload.upload('big5.csv', again), { imported: '0', unchanged: '2', rejected: '1' });
    assert.deepEqual(await upload.rejectedRows(), [`4\t${zh('violations.reasons.announced-on-invalid')}`]);
    // The history refetches after the upload answers; wait for the new row instead of racing it.
    const historyTable = page.getByRole('table', { name: /匯入紀錄/ });
    await historyTable.getByRole('cell', { name: 'big5.csv' }).waitFor();
    const history = await historyTable.innerText();
    assert.match(history, /big5\.csv/);
    assert.match(history, /taichung\.csv/);
    if (shots) await page.screenshot({ path: `${shots}/violations-import-desktop.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the ministry republishes a decision with a new fine; an inspector sees the earlier version and withdraws it when revoked', async () => {
    const context = await newContext(app, { role: 'labor-inspector', viewport: desktop });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const changed = [...uploadRows[0]!];
    changed[7] = '60000';
    changed[8] = '訴願駁回';
    const upload = await ViolationsImportPage.open(page);
    assert.deepEqual(await upload.upload('republished.csv', withBom(csvText([molHeader, changed]))), { imported: '0', unchanged: '0', rejected: '0' });
    assert.equal(await page.locator('[data-count="updated"]').innerText(), '1');

    await page.goto(`/staff/violations/decisions?q=${encodeURIComponent('中清路測試1')}`);
    await settle(page);
    await page.getByRole('link', { name: '中清路測試1有限公司' }).click();
    await page.getByRole('heading', { level: 1, name: zh('violations.decisions.detail_title') }).waitFor();
    await settle(page);
    const versions = await page.getByRole('table', { name: zh('violations.decisions.versions_caption') }).innerText();
    assert.match(versions, /20,000/);
    await page.getByRole('button', { name: zh('violations.decisions.withdraw_submit') }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel(zh('violations.decisions.withdrawn_reason')).fill('訴願決定撤銷原處分（府授法訴字第1140000001號）');
    await page.getByRole('button', { name: zh('violations.decisions.withdraw_submit') }).click();
    await page.getByText(zh('violations.decisions.withdrawn_done')).waitFor();
    await page.getByText('訴願決定撤銷原處分（府授法訴字第1140000001號）').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/violations-decision-desktop.png`, fullPage: true });

    const visitor = await newContext(app);
    const search = await ViolationsSearchPage.open(await visitor.newPage());
    await search.name.fill('中清路測試1');
    assert.deepEqual(await search.search(), []);
    await visitor.close();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the public finds an employer typing 台 for 臺, by partial name and by the person in brackets', async () => {
    const staff = await newContext(app, { role: 'labor-inspector' });
    const form = await InspectionFormPage.openNew(await staff.newPage());
    await form.field('violations.fields.employer').fill('臺灣好味食品有限公司');
    await form.field('violations.fields.responsible_person').fill('張三');
    await form.field('violations.fields.law').selectOption('勞動基準法');
    await form.field('violations.fields.articles').fill('勞動基準法第24條\n勞動基準法第32條第2項');
    await form.field('violations.fields.violations').fill('延長工時工資未依法給付\n延長工作時間超過法定上限');
    await form.field('violations.fields.fine').fill('50000');
    await form.page.getByRole('button', { name: zh('violations.inspections.save_draft') }).click();
    await form.page.getByRole('button', { name: zh('violations.inspections.publish') }).click();
    await form.page.getByText(zh('violations.inspections.status.published'), { exact: true }).waitFor();
    await staff.close();

    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const search = await ViolationsSearchPage.open(page);
    assert.ok((await search.results.count()) >= 6);
    await search.name.fill('台灣好味');
    assert.deepEqual(await search.search(), ['臺灣好味食品有限公司']);
    assert.deepEqual(await search.badges(0), [zh('violations.badges.bureau')]);

    await search.name.fill('家福');
    assert.deepEqual(await search.search(), ['家福股份有限公司']);
    assert.deepEqual(await search.badges(0), [zh('violations.badges.disputed')]);
    assert.match(await search.results.first().innerText(), /勞動基準法第30條第6項/);

    await search.name.fill('(郭修祥)');
    assert.deepEqual(await search.search(), ['捷順交通股份有限公司']);
    assert.match(page.url(), /q=%28%E9%83%AD/);

    await search.name.fill('');
    await search.law.selectOption({ label: zh('violations.laws.occupationalSafetyAndHealthAct') });
    assert.deepEqual(await search.search(), ['宇祥營造股份有限公司']);
    const csv = await page.getByRole('link', { name: zh('violations.download_csv') }).getAttribute('href');
    assert.equal(csv, '/api/v1/violations.csv?law=occupationalSafetyAndHealthAct');
    const download = await context.request.get(csv ?? '');
    assert.match(await download.text(), /宇祥營造股份有限公司\(林毓釗\)/);

    await search.results.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: '宇祥營造股份有限公司' }).waitFor();
    await settle(page);
    assert.equal(await page.locator('.violation-list > li').count(), 1);
    if (shots) await page.screenshot({ path: `${shots}/violations-employer-phone.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1280×800', desktop],
  ] as const) {
    test(`every violations page passes axe at ${label}`, async () => {
      const failures: string[] = [];
      const scan = async (context: BrowserContext, name: string, path: string, act?: (page: Page) => Promise<void>) => {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(path);
        await settle(page);
        await act?.(page);
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${name}:\n  ${violations.join('\n  ')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${name}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
        if (errors.length) failures.push(`${name}: page errors ${errors.join('; ')}`);
        if (shots) await page.screenshot({ path: `${shots}/violations-${name.replaceAll(' ', '-')}-${viewport.width}.png`, fullPage: true });
        await page.close();
      };
      const visitor = await newContext(app, { viewport, bypassCSP: true });
      await scan(visitor, 'search', '/violations');
      await scan(visitor, 'search with an error', '/violations?article=abc');
      await scan(visitor, 'employer', `/violations/employers/${encodeURIComponent('家福股份有限公司')}`);
      await visitor.close();
      const thai = await newContext(app, { viewport, bypassCSP: true, locale: 'th' });
      await scan(thai, 'search in Thai', '/violations?q=%E5%AE%B6%E7%A6%8F');
      await thai.close();
      const inspector = await newContext(app, { role: 'labor-inspector', viewport, bypassCSP: true });
      await scan(inspector, 'import', '/staff/violations/imports', async (page) => {
        await new ViolationsImportPage(page).upload('again.csv', withBom(csvText([molHeader, ...taichungRows, ['台中市', '', '', '', '乙公司', '勞動基準法第1條', '', '', '']])));
      });
      await scan(inspector, 'inspections', '/staff/violations/inspections');
      await scan(inspector, 'decisions', '/staff/violations/decisions?status=withdrawn');
      await scan(inspector, 'inspection form with errors', '/staff/violations/inspections/new', async (page) => {
        await page.getByRole('button', { name: zh('violations.inspections.save_draft') }).click();
        await page.getByRole('alert').waitFor();
      });
      await inspector.close();
      assert.deepEqual(failures, []);
    });
  }
});
