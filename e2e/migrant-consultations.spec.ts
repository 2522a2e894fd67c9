/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const shots = process.env.SCREENSHOT_DIR;
const widths = [
  { width: 1366, height: 900 },
  { width: 820, height: 1180 },
] as const;

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

/** Axe at both widths of the journey. */
async function axeAtBothWidths(page: Page, name: string): Promise<void> {
  for (const viewport of widths) {
    await page.setViewportSize(viewport);
    assert.deepEqual(await findAccessibilityViolations(page), [], `${name} at ${viewport.width}`);
    if (shots) await page.screenshot({ path: `${shots}/${name}-${viewport.width}.png`, fullPage: true });
  }
}

/** Today in Taichung, moved by `days`. */
function taichungDay(days: number): string {
  const moved = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moved);
}

describe('migrant workers: the consultation centre and 1955 dispatches', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  test('an officer logs a Vietnamese call about agency fees and turns it into a complaint', async () => {
    const context = await newContext(app, { role: 'migrant-officer', viewport: widths[0], bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/migrant-workers/consultations');
    await settle(page);
    await page.getByRole('table').waitFor();
    assert.match(await page.getByRole('table').innerText(), /\*\*\*/, 'callers masked');
    await axeAtBothWidths(page, 'migrant-consultations');
    await page.setViewportSize(widths[0]);

    await page.getByRole('link', { name: zh('migrant-centre.consultations.new') }).click();
    await settle(page);
    await page.getByLabel(zh('migrant-centre.fields.channel'), { exact: true }).selectOption('phone');
    await page.getByLabel(zh('migrant-centre.fields.language'), { exact: true }).selectOption('vi');
    await page.getByLabel(zh('migrant-centre.fields.topic'), { exact: true }).selectOption('agency-fees');
    await page.getByLabel(zh('migrant-centre.fields.outcome'), { exact: true }).selectOption('follow-up');
    await page.getByLabel(zh('migrant-centre.fields.duration'), { exact: true }).fill('abc');
    await page.getByRole('button', { name: zh('migrant-centre.form.save') }).click();
    await page.getByText(zh('migrant-centre.form.duration_invalid')).first().waitFor();
    await axeAtBothWidths(page, 'migrant-consultation-form-errors');
    await page.setViewportSize(widths[0]);
    await page.getByLabel(zh('migrant-centre.fields.duration'), { exact: true }).fill('20');
    await page.getByLabel(zh('migrant-centre.fields.caller_name'), { exact: true }).fill('E2E NGUYEN THI MAI');
    await page.getByLabel(zh('migrant-centre.fields.caller_phone'), { exact: true }).fill('0912345678');
    await page.getByLabel(zh('migrant-centre.fields.notes'), { exact: true }).fill('仲介每月另收服務費 NT$2,500。');
    await page.getByRole('button', { name: zh('migrant-centre.form.save') }).click();
    await page.waitForURL(/\/staff\/migrant-workers\/consultations\/[0-9a-f-]{36}$/);
    await settle(page);
    assert.ok(!(await page.locator('main').innerText()).includes('NGUYEN THI MAI'), 'masked until asked for');
    await page.getByRole('button', { name: zh('migrant-centre.consultation.show') }).click();
    await page.getByText(zh('migrant-centre.consultation.logged')).waitFor();
    assert.match(await page.locator('main').innerText(), /E2E NGUYEN THI MAI/);
    await axeAtBothWidths(page, 'migrant-consultation');
    await page.setViewportSize(widths[0]);

    const complaint = page.getByRole('form', { name: zh('migrant-centre.to_complaint.title') });
    await complaint.getByLabel(zh('migrant-centre.fields.employer'), { exact: true }).fill('E2E 精密工業股份有限公司');
    await complaint.getByLabel(zh('migrant-centre.fields.district'), { exact: true }).selectOption('66000080');
    assert.equal(await complaint.getByLabel(zh('migrant-centre.fields.law'), { exact: true }).inputValue(), 'employmentServiceAct', 'agency fees: the Employment Service Act');
    await complaint.getByLabel(zh('migrant-centre.fields.description'), { exact: true }).fill('仲介收取超過上限之服務費（諮詢轉申訴）。');
    await complaint.getByRole('button', { name: zh('migrant-centre.to_complaint.submit') }).click();
    await page.getByTestId('consultation-complaint').waitFor();
    assert.match(await page.getByTestId('consultation-complaint').innerText(), /TC-[0-9A-Z]{8}/);
    assert.equal(await page.getByRole('form', { name: zh('migrant-centre.to_complaint.title') }).count(), 0, 'once');
    await axeAtBothWidths(page, 'migrant-consultation-complaint');

    await page.goto('/staff/migrant-workers/consultations/stats');
    await settle(page);
    await page.getByTestId('consultation-stats-total').waitFor();
    await axeAtBothWidths(page, 'migrant-consultation-stats');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an officer enters a 1955 dispatch past its deadline, finds it in the overdue list and replies', async () => {
    const context = await newContext(app, { role: 'migrant-officer', viewport: widths[0], bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const number = `1955-E2E-${Date.now() % 1_000_000}`;
    await page.goto('/staff/migrant-workers/dispatches/new');
    await settle(page);
    await page.getByLabel(zh('migrant-centre.fields.dispatch_number'), { exact: true }).fill(number);
    await page.getByLabel(zh('migrant-centre.dispatch_form.received_on'), { exact: true }).fill(taichungDay(-10));
    await page.getByLabel(zh('migrant-centre.dispatch_form.received_time'), { exact: true }).fill('09:30');
    await page.getByLabel(zh('migrant-centre.fields.worker'), { exact: true }).fill('E2E SITI AMINAH');
    await page.getByLabel(zh('migrant-centre.fields.passport'), { exact: true }).fill('E2E765432');
    await page.getByLabel(zh('migrant-centre.fields.employer'), { exact: true }).fill('E2E 雇主');
    await page.getByLabel(zh('migrant-centre.fields.issue'), { exact: true }).fill('雇主保管勞工護照。');
    await page.getByLabel(zh('migrant-centre.fields.reply_deadline'), { exact: true }).fill(taichungDay(-2));
    await axeAtBothWidths(page, 'migrant-dispatch-form');
    await page.setViewportSize(widths[0]);
    await page.getByRole('button', { name: zh('migrant-centre.form.save') }).click();
    await page.waitForURL(/\/staff\/migrant-workers\/dispatches\/[0-9a-f-]{36}$/);
    await settle(page);
    assert.equal(await page.getByTestId('dispatch-state').innerText(), zh('migrant-centre.state.overdue'));
    const detail = page.url();

    await page.goto('/staff/migrant-workers/dispatches?status=overdue');
    await settle(page);
    await page.getByRole('table').waitFor();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.waitFor();
    assert.match(await row.innerText(), /E\*\* S\*\*\* A\*\*\*\*\*/, 'the worker masked in the list');
    await axeAtBothWidths(page, 'migrant-dispatches-overdue');
    await page.setViewportSize(widths[0]);

    await page.goto(detail);
    await settle(page);
    await page.getByLabel(zh('migrant-centre.fields.replied_on'), { exact: true }).fill(taichungDay(0));
    await page.getByLabel(zh('migrant-centre.fields.reply_outcome'), { exact: true }).selectOption('complaint-opened');
    await page.getByLabel(zh('migrant-centre.fields.reply_text'), { exact: true }).fill('已立案並派員查察。');
    await page.getByRole('button', { name: zh('migrant-centre.dispatch.reply_submit') }).click();
    await page.getByText(zh('migrant-centre.dispatch.late')).waitFor();
    await page.getByTestId('dispatch-state').filter({ hasText: zh('migrant-centre.state.replied-late') }).waitFor();
    await axeAtBothWidths(page, 'migrant-dispatch-replied');

    await page.goto('/staff/migrant-workers/dispatches?status=overdue');
    await settle(page);
    await page.waitForFunction((text) => !document.body.innerText.includes(text), number);
    await page.goto('/staff/migrant-workers/dispatches/import');
    await settle(page);
    await axeAtBothWidths(page, 'migrant-dispatch-import');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
