import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const manager = 'case-manager-dali'; // the demo case manager at the 大里 station
const otherStation = 'case-manager-dadu'; // the demo case manager at the 大肚 station
const supervisor = 'admin';

/** The case page of one step: fills its form and waits for its "done" message. */
async function step(page: Page, name: string, fill: () => Promise<void>) {
  // One step's form is open at a time; its button opens it.
  await page.getByRole('button', { name: zh(`cases.steps.${name}.title`), exact: true }).click();
  const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: zh(`cases.steps.${name}.title`) }) });
  await fill();
  await section.getByRole('button', { name: zh(`cases.steps.${name}.submit`) }).click();
  await page.getByText(zh(`cases.steps.${name}.done`)).waitFor();
}

describe('case management', () => {
  let app: TestApp;
  let caseUrl = '';
  before(async () => {
    app = await useApp();
  });

  test('a case manager takes in a domestic-violence survivor referred by the social affairs bureau, records consent, plans services, refers her to a vacancy and closes the case as stable after the 3-month follow-up', async () => {
    const context = await newContext(app, { role: manager, viewport: desktop, bypassCSP: true });
    const api = context.request;
    const me = (await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    // She is registered at the station first (the people module's own screen has its own spec).
    const person = await api.post('/api/v1/staff/people', { headers: { 'x-csrf-token': me.csrfToken }, data: { idNumber: 'B221777019', name: '黃雅琪', districtCode: '66000280' } });
    assert.equal(person.status(), 201, await person.text());

    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/cases/new');
    await page.getByRole('heading', { level: 1, name: zh('cases.new.title') }).waitFor();
    await page.getByLabel(zh('cases.fields.id_number'), { exact: true }).fill('B221777019');
    await page.getByLabel(zh('cases.fields.kind'), { exact: true }).selectOption('employment');
    await page.getByLabel(zh('cases.fields.source'), { exact: true }).selectOption('department');
    await page.getByLabel(zh('cases.fields.source_detail'), { exact: true }).fill('臺中市政府社會局');
    await page.getByLabel(zh('cases.fields.target_group'), { exact: true }).selectOption('domestic-violence-sexual-assault');
    await page.getByLabel(zh('cases.consent.purpose'), { exact: true }).fill('就業服務個案管理及轉介');
    await page.getByLabel(zh('cases.consent.scope'), { exact: true }).selectOption('both');
    await page.getByLabel(zh('cases.consent.expires_on'), { exact: true }).fill('2099-12-31');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await page.getByRole('button', { name: zh('cases.new.submit') }).click();

    await page.getByRole('heading', { level: 2, name: zh('cases.detail.facts') }).waitFor();
    caseUrl = new URL(page.url()).pathname;
    assert.match(caseUrl, /^\/staff\/cases\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('case-status').textContent(), zh('cases.statuses.open'));
    await page.getByText(zh('cases.consent.valid'), { exact: true }).waitFor();
    assert.equal(await page.getByText('黃○琪').count(), 1, 'the name is masked on the case');

    await step(page, 'plan', async () => {
      await page.getByLabel(zh('cases.plan.kind'), { exact: true }).selectOption('aptitude-test');
      await page.getByLabel(zh('cases.plan.description'), { exact: true }).fill('職業適性診斷');
    });
    await step(page, 'job_referral', async () => {
      await page.getByLabel(zh('cases.plan.vacancy'), { exact: true }).selectOption({ index: 1 });
    });
    await page.getByText(new RegExp(zh('cases.plan.kinds.job-referral'))).first().waitFor();
    await step(page, 'note', async () => {
      await page.getByLabel(zh('cases.notes.body'), { exact: true }).fill('保護令有效中，聯絡時只打本人手機。');
      await page.getByLabel(zh('cases.notes.confidential'), { exact: true }).selectOption('yes');
    });
    // Sharing the note passes the consent gate: the consent's scope covers sharing notes.
    await page.getByRole('button', { name: new RegExp(`^${zh('cases.notes.share_label', { author: '李個管師', when: 'X' }).split('X')[0]}`) }).click();
    await page.getByLabel(zh('cases.referral.organisation'), { exact: true }).fill('現代婦女基金會');
    await page.getByLabel(zh('cases.referral.share_reason'), { exact: true }).fill('協助聲請保護令延長');
    await page.getByRole('button', { name: zh('cases.steps.share_note.submit'), exact: true }).click();
    await page.getByText(zh('cases.steps.share_note.done')).waitFor();
    // The start date is long past, so that the 1-, 3- and 6-month follow-ups have all fallen due.
    await step(page, 'placement', async () => {
      await page.getByLabel(zh('cases.placement.start_on'), { exact: true }).fill('2025-06-02');
      await page.getByLabel(zh('cases.placement.employer'), { exact: true }).fill('大里精密鑄造有限公司');
    });
    const three = zh('cases.tasks.followup', { months: 3 });
    await page.getByRole('button', { name: zh('cases.tasks.employed_label', { task: three }) }).click();
    await page.getByText(zh('cases.tasks.done_message')).waitFor();
    await page.screenshot({ path: '/tmp/cases-detail-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);

    await step(page, 'close', async () => {
      await page.getByLabel(zh('cases.closure.reason'), { exact: true }).selectOption('employed-stable');
    });
    await page.getByTestId('case-status').filter({ hasText: zh('cases.statuses.closed') }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a supervisor reads the access log; a case manager of another station is refused', async () => {
    assert.ok(caseUrl, 'the first journey made the case');
    const context = await newContext(app, { role: supervisor, viewport: desktop, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 2, name: zh('cases.access_log.title') }).waitFor();
    const log = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: zh('cases.access_log.title') }) });
    await log.getByRole('cell', { name: manager }).first().waitFor();
    assert.ok((await log.getByRole('cell', { name: zh('cases.actions.view'), exact: true }).count()) > 0);
    assert.ok((await log.getByRole('cell', { name: zh('cases.actions.close'), exact: true }).count()) === 1);
    // The confidential note is the supervisor's to read.
    await page.getByText('保護令有效中，聯絡時只打本人手機。').waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await context.close();

    const other = await newContext(app, { role: otherStation, viewport: phone });
    const refused = await other.request.get(`/api/v1${caseUrl.replace('/staff/', '/staff/')}`);
    assert.equal(refused.status(), 404);
    const log404 = await other.request.get(`/api/v1${caseUrl}/access-log`);
    assert.equal(log404.status(), 403, 'the access log is for supervisors only');
    const otherPage = await other.newPage();
    await otherPage.goto(caseUrl);
    await otherPage.getByRole('alert').waitFor();
    assert.equal(await otherPage.getByRole('heading', { level: 2, name: zh('cases.detail.facts') }).count(), 0);
    await other.close();
  });

  test('the case list, intake form, case and caseload pages at 390 and 1366 px; axe finds nothing', async () => {
    for (const viewport of [phone, { width: 1366, height: 900 }]) {
      const context = await newContext(app, { role: manager, viewport, bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/staff/cases');
      await page.getByRole('heading', { level: 1, name: zh('cases.list.title') }).waitFor();
      await page.getByRole('table').waitFor();
      assert.ok((await page.getByText('陳○君').count()) > 0, 'the demo case is listed, masked');
      assert.equal(await page.getByText('林○豪').count(), 0, 'another station\'s case is not');
      await page.screenshot({ path: `/tmp/cases-list-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      await page.goto('/staff/cases/new');
      await page.getByRole('heading', { level: 1, name: zh('cases.new.title') }).waitFor();
      await page.screenshot({ path: `/tmp/cases-new-${viewport.width}.png`, fullPage: true });
      await page.goto('/staff/cases/caseload');
      await page.getByRole('heading', { level: 2, name: zh('cases.caseload.by_manager') }).waitFor();
      await page.getByRole('cell', { name: '李個管師' }).waitFor();
      await page.screenshot({ path: `/tmp/cases-caseload-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      await page.goto('/staff/cases');
      await page.getByRole('link', { name: new RegExp(zh('cases.list.open_label', { number: '' })) }).first().click();
      await page.getByRole('heading', { level: 2, name: zh('cases.detail.facts') }).waitFor();
      await page.screenshot({ path: `/tmp/cases-detail-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
    // The 大肚 case manager has the demo transfer waiting.
    const dadu = await newContext(app, { role: otherStation, viewport: phone, bypassCSP: true });
    const page = await dadu.newPage();
    await page.goto('/staff/cases');
    await page.getByRole('heading', { level: 2, name: zh('cases.transfers.incoming_title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await dadu.close();
  });
});
