import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params as Record<string, string>);

describe('program payments: a batch, a second approval, the bank file, the bank result', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('at 1366 px the officer gathers a batch, the admin approves and downloads the bank file, then marks the line paid; axe finds nothing', async () => {
    // The demo leaves one skills award approved with its payee recorded and in no batch.
    const officer = await newContext(app, { role: 'programs-officer', viewport: desktop, bypassCSP: true });
    const page = await officer.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/programs/payments');
    await page.getByRole('heading', { level: 1, name: zh('program-payments.batches.title') }).waitFor();
    await page.getByRole('table').waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'batches list');
    await page.getByRole('link', { name: zh('program-payments.new.title') }).click();
    await page.getByRole('heading', { level: 1, name: zh('program-payments.new.title') }).waitFor();
    const group = page.getByRole('group', { name: zh('program-payments.new.choose') });
    await group.getByRole('checkbox').first().check();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'new batch');
    await page.getByRole('button', { name: zh('program-payments.new.submit', { count: 1 }) }).click();
    await page.waitForURL(/\/staff\/programs\/payments\/[0-9a-f-]{36}$/);
    const url = new URL(page.url()).pathname;
    await page.getByText(zh('program-payments.detail.maker_notice')).waitFor();
    assert.equal(await page.getByRole('button', { name: zh('program-payments.detail.approve') }).count(), 0, 'the maker is not offered the approval');
    assert.deepEqual(await findAccessibilityViolations(page), [], 'batch (maker)');
    assert.deepEqual(errors, []);

    const admin = await newContext(app, { role: 'admin', viewport: desktop, bypassCSP: true });
    const checker = await admin.newPage();
    const checkerErrors = watchErrors(checker);
    await checker.goto(url);
    await checker.getByRole('button', { name: zh('program-payments.detail.approve') }).click();
    await checker.getByText(zh('program-payments.detail.approved')).waitFor();
    const link = checker.getByRole('link', { name: /\.csv$/ });
    const [download] = await Promise.all([checker.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^PB\d{4}-\d{4}\.csv$/);
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
      }, reject);
    });
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    assert.equal(lines[0], 'batch_number,line,payee_name,bank_code,account_number,amount_twd,program_code,application_reference,value_date');
    assert.equal(lines.length, 2);
    assert.match(lines[1] ?? '', /^PB\d{4}-\d{4},1,[^,]+,0040012,\d{6,16},\d+,[a-z-]+,[0-9A-F]{8},\d{4}-\d{2}-\d{2}$/);

    // The page reads the batch again after the download: exported, with the bank's result form.
    await checker.reload();
    await checker.getByTestId('batch-status').filter({ hasText: zh('program-payments.batch_statuses.exported') }).waitFor();
    await checker.getByRole('heading', { level: 2, name: zh('program-payments.detail.result_title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(checker), [], 'batch (exported)');
    await checker.getByLabel(zh('program-payments.detail.result'), { exact: true }).selectOption('paid');
    await checker.getByRole('button', { name: zh('program-payments.detail.record') }).click();
    await checker.getByText(zh('program-payments.detail.recorded_paid', { line: 1 })).waitFor();
    await checker.getByTestId('line-1-status').filter({ hasText: zh('program-payments.line_statuses.paid') }).waitFor();
    await checker.getByTestId('batch-status').filter({ hasText: zh('program-payments.batch_statuses.closed') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(checker), [], 'batch (paid)');

    // The recoveries list (the demo's open recovery).
    await checker.goto('/staff/programs/recoveries');
    await checker.getByRole('heading', { level: 1, name: zh('program-payments.recoveries.title') }).waitFor();
    await checker.getByRole('table').waitFor();
    assert.deepEqual(await findAccessibilityViolations(checker), [], 'recoveries');
    assert.deepEqual(checkerErrors, []);
    await officer.close();
    await admin.close();
  });
});
