/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { importColumns } from '../src/modules/migrant-workers/migrant-workers.csv.ts';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const shots = process.env.SCREENSHOT_DIR;
const tablet = { width: 820, height: 1180 } as const;

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('migrant workers (外國人工作管理)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  test('an officer opens a task due soon, records a visit that finds a kept passport, and a complaint opens', async () => {
    const context = await newContext(app, { role: 'migrant-officer', viewport: tablet, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/migrant-workers/tasks');
    await settle(page);
    await page.getByRole('table').waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-tasks-tablet.png`, fullPage: true });
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/staff\/migrant-workers\/tasks\/[0-9a-f-]{36}$/);
    await settle(page);
    const taskId = page.url().split('/').pop() ?? '';
    // The arrival day itself: within the window whatever today is.
    const task = (await (await page.request.get(`/api/v1/staff/visit-tasks/${taskId}`)).json()) as { arrivalDate: string };
    await page.getByLabel(zh('migrant-workers.visit.visited_on'), { exact: true }).fill(task.arrivalDate);
    await page.getByLabel(zh('migrant-workers.visit.place'), { exact: true }).fill('北屯區工廠宿舍');
    await page.getByLabel(zh('migrant-workers.visit.interpreter'), { exact: true }).selectOption('vi');
    await page.getByLabel(zh('migrant-workers.visit.video_call')).check();
    await page.getByLabel(zh('migrant-workers.checklist.passportKeptByWorker')).uncheck();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-visit-form-tablet.png`, fullPage: true });
    await page.getByRole('button', { name: zh('migrant-workers.visit.submit') }).click();
    await page.getByText(zh('migrant-workers.visit.recorded')).waitFor();
    assert.match(await page.getByTestId('complaint-code').innerText(), /TC-/);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the register lists workers masked; an import reports refused lines and adds nothing the second time', async () => {
    const context = await newContext(app, { role: 'migrant-officer', viewport: tablet, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/migrant-workers');
    await settle(page);
    await page.getByRole('table').waitFor();
    assert.match(await page.getByRole('table').innerText(), /\*\*\*\*/, 'numbers masked');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-workers-tablet.png`, fullPage: true });

    await page.goto('/staff/migrant-workers/import');
    await settle(page);
    const row = (values: Record<string, string>) => importColumns.map((column) => values[column] ?? '').join(',');
    const base = { name: 'E2E WORKER', nationality: 'VN', passport_number: 'E2E12345', job_category: 'agriculture', arrival_date: '2026-01-15', district_code: '66000080' };
    const file = [importColumns.join(','), row({ ...base, resident_certificate_number: 'BC12345607' }), row({ ...base, resident_certificate_number: 'BC12345604' })].join('\r\n');
    const upload = async () => {
      await page.getByLabel(zh('migrant-workers.import.file'), { exact: true }).setInputFiles({ name: 'e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
      await page.getByRole('button', { name: zh('migrant-workers.import.submit') }).click();
      await page.getByText(zh('migrant-workers.import.done', { file: 'e2e.csv' })).waitFor();
      return page.getByTestId('import-counts').innerText();
    };
    assert.equal(await upload(), zh('migrant-workers.import.counts', { imported: '1', unchanged: '0', rejected: '1' }));
    const refused = await page.getByRole('table', { name: zh('migrant-workers.import.rejected_caption') }).locator('tbody tr').allInnerTexts();
    assert.equal(refused.length, 1);
    assert.match(refused[0] ?? '', /^3\tresident_certificate_number: /);
    assert.equal(await upload(), zh('migrant-workers.import.counts', { imported: '0', unchanged: '1', rejected: '1' }));
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-import-tablet.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
