/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { ComplaintFormPage, ComplaintStatusPage, StaffComplaintPage } from './pages/complaint-pages.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const reply = '經查該公司確有未給付延長工時工資情事，已限期改善並依法處分。';
const complainant = { name: '阮氏秋', phone: '0987654321' };

/** The complaint's id, as staff see it in the list, found by its tracking code. */
async function complaintId(staff: BrowserContext, trackingCode: string): Promise<string> {
  const list = (await (await staff.request.get('/api/v1/staff/complaints')).json()) as { items: { id: string; trackingCode: string }[] };
  const found = list.items.find((item) => item.trackingCode === trackingCode);
  if (!found) throw new Error(`complaint ${trackingCode} is not in the staff list`);
  return found.id;
}

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('complaints (phone)', () => {
  let app: TestApp;
  let anonymousReceipt: { trackingCode: string; secret: string };
  let anonymousId: string;
  let namedId: string;

  before(async () => {
    app = await useApp();
  });

  test('an anonymous complaint is filed on a phone, and its status is read back with the receipt', async () => {
    const context = await newContext(app, { viewport: phone });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const form = await ComplaintFormPage.open(page);
    // A complaint without what happened is refused, in Chinese, next to the field.
    await form.field('employer_name').fill('臺中好棒棒餐飲有限公司');
    await page.getByRole('button', { name: zh('complaints.form.submit') }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await form.field('description').getAttribute('aria-invalid'), 'true');

    await form.fill({
      employerName: '臺中好棒棒餐飲有限公司',
      district: '北屯區',
      law: 'laborStandardsAct',
      description: '三月起每天加班四小時，公司都沒有給加班費。',
    });
    anonymousReceipt = await form.submit();
    assert.match(anonymousReceipt.trackingCode, /^TC-[0-9A-Z]{8}$/);
    assert.match(anonymousReceipt.secret, /^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    assert.ok(!page.url().includes(anonymousReceipt.secret) && !page.url().includes(anonymousReceipt.trackingCode), 'not in the URL');
    await page.getByText(zh('complaints.receipt.save_warning')).waitFor();

    await page.getByRole('link', { name: zh('complaints.receipt.check_status') }).click();
    const status = new ComplaintStatusPage(page);
    await page.getByRole('heading', { level: 1, name: zh('complaints.status_page.title') }).waitFor();
    await status.lookUp({ trackingCode: 'TC-00000000', secret: anonymousReceipt.secret });
    await page.getByText(zh('complaints.status_page.not_found')).waitFor();
    await status.lookUp(anonymousReceipt);
    await status.statusHeading('received').waitFor();
    assert.ok(!page.url().includes(anonymousReceipt.secret));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the supervisor assigns it, the inspector investigates and replies, and the complainant reads the reply', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: phone });
    anonymousId = await complaintId(admin, anonymousReceipt.trackingCode);
    const adminPage = await admin.newPage();
    await adminPage.goto('/staff/complaints');
    await adminPage.getByRole('link', { name: zh('complaints.staff.open_label', { code: anonymousReceipt.trackingCode }) }).click();
    const supervisor = new StaffComplaintPage(adminPage);
    await adminPage.getByRole('heading', { level: 2, name: zh('complaints.staff.facts_title') }).waitFor();
    await supervisor.assignTo('張勞檢員');
    await supervisor.status().filter({ hasText: zh('complaints.statuses.assigned') }).waitFor();
    await admin.close();

    const inspector = await newContext(app, { role: 'labor-inspector', viewport: phone });
    const page = await inspector.newPage();
    const handling = await StaffComplaintPage.open(page, anonymousId);
    await handling.act('investigate');
    await handling.status().filter({ hasText: zh('complaints.statuses.investigating') }).waitFor();
    await handling.act('reply', reply, 'violation-fined');
    await page.getByRole('status').filter({ hasText: zh('complaints.staff.action_done', { status: zh('complaints.statuses.replied') }) }).waitFor();
    await handling.status().filter({ hasText: zh('complaints.statuses.replied') }).waitFor();
    // The case shows what was sent about it (nothing: an anonymous complaint leaves no address), and the
    // written reply as an A4 PDF letter.
    await page.getByRole('heading', { level: 2, name: zh('notifications.panel.title') }).waitFor();
    await page.getByText(zh('notifications.panel.empty')).waitFor();
    const replyHref = await page.getByRole('link', { name: zh('complaints.staff.reply_pdf') }).getAttribute('href');
    const replyPdf = await inspector.request.get(replyHref ?? '');
    assert.equal(replyPdf.status(), 200);
    assert.equal(replyPdf.headers()['content-type'], 'application/pdf');
    assert.equal((await replyPdf.body()).subarray(0, 5).toString(), '%PDF-');
    await inspector.close();

    const citizen = await newContext(app, { viewport: phone });
    const citizenPage = await citizen.newPage();
    const status = await ComplaintStatusPage.open(citizenPage);
    await status.lookUp(anonymousReceipt);
    await status.statusHeading('replied').waitFor();
    await citizenPage.getByText(reply).waitFor();
    assert.doesNotMatch(await citizenPage.locator('main').innerText(), /張勞檢員|系統管理員/, 'no staff names for the complainant');
    await citizen.close();
  });

  test('the identity of a named complaint is never shown to a role without access, and every reveal is audited', async () => {
    const citizen = await newContext(app, { viewport: phone });
    const citizenPage = await citizen.newPage();
    const form = await ComplaintFormPage.open(citizenPage);
    await form.fill({ employerName: '大里精密工業股份有限公司', district: '大里區', law: 'laborPensionAct', description: '公司沒有幫我們提繳勞退。' });
    await form.chooseNamed(complainant);
    const receipt = await form.submit();
    await citizen.close();

    const admin = await newContext(app, { role: 'admin', viewport: phone });
    namedId = await complaintId(admin, receipt.trackingCode);
    const assigned = await admin.request.post(`/api/v1/staff/complaints/${namedId}/assignment`, {
      data: { inspectorId: ((await (await admin.request.get('/api/v1/staff/complaints/inspectors')).json()) as { items: { id: string }[] }).items[0]?.id },
      headers: { 'x-csrf-token': ((await (await admin.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken },
    });
    assert.equal(assigned.status(), 204);

    // Roles without access: the page says forbidden, the API says 403, the name appears nowhere.
    for (const role of ['case-manager', 'employment-officer', 'analyst']) {
      const context = await newContext(app, { role, viewport: phone });
      const page = await context.newPage();
      await page.goto(`/staff/complaints/${namedId}`);
      await page.getByRole('heading', { level: 1, name: zh('staff-auth.forbidden.title') }).waitFor();
      assert.doesNotMatch(await page.content(), new RegExp(complainant.name));
      for (const path of [`/api/v1/staff/complaints/${namedId}`, '/api/v1/staff/complaints']) {
        const response = await context.request.get(path);
        assert.equal(response.status(), 403, `${role} ${path}`);
        assert.doesNotMatch(await response.text(), new RegExp(complainant.name));
      }
      const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
      const reveal = await context.request.post(`/api/v1/staff/complaints/${namedId}/identity`, { headers: { 'x-csrf-token': me.csrfToken } });
      assert.equal(reveal.status(), 403);
      assert.doesNotMatch(await reveal.text(), new RegExp(complainant.name));
      await context.close();
    }

    // The assigned inspector sees the complaint without the identity until they ask, with the audit notice.
    const inspector = await newContext(app, { role: 'labor-inspector', viewport: phone });
    const inspectorPage = await inspector.newPage();
    const detail = await StaffComplaintPage.open(inspectorPage, namedId);
    assert.doesNotMatch(await inspectorPage.content(), new RegExp(complainant.name));
    await inspectorPage.getByText(zh('complaints.staff.identity_warning')).waitFor();
    await detail.revealButton().click();
    await inspectorPage.getByText(complainant.name, { exact: true }).waitFor();
    await inspectorPage.getByText(zh('complaints.staff.identity_logged')).waitFor();
    const list = await inspector.request.get('/api/v1/staff/complaints');
    assert.doesNotMatch(await list.text(), new RegExp(`${complainant.name}|${complainant.phone}`));
    await inspector.close();

    // The supervisor reveals it too; the audit page shows both views.
    const adminPage = await admin.newPage();
    const supervisorView = await StaffComplaintPage.open(adminPage, namedId);
    await supervisorView.revealButton().click();
    await adminPage.getByText(complainant.phone, { exact: true }).waitFor();
    await admin.close();

    // Issue 15 §8a: at 1366 px the supervisor finds it by the tracking code on the complaint, picks the action
    // by its name, and reads names, not codes; the table fits the screen.
    const auditor = await newContext(app, { role: 'admin', viewport: { width: 1366, height: 900 } });
    const auditPage = await auditor.newPage();
    await auditPage.goto('/staff/audit');
    await auditPage.getByRole('heading', { level: 1, name: zh('audit.title') }).waitFor();
    await auditPage.getByLabel(zh('audit.filters.reference'), { exact: true }).fill(receipt.trackingCode);
    await auditPage.getByLabel(zh('audit.filters.action'), { exact: true }).selectOption({ label: zh('audit.actions.complaint_identity-view') });
    await auditPage.getByRole('button', { name: zh('common.list.apply') }).click();
    // The filtered answer: exactly the two reveals (the caption says so once the filter has been applied).
    await auditPage.getByText(zh('audit.caption', { total: 2 })).waitFor();
    const table = auditPage.getByRole('table');
    const rows = (await table.innerText()).split('\n').filter((line) => line.includes(zh('audit.actions.complaint_identity-view')));
    assert.equal(rows.length, 2, await table.innerText());
    const trail = await table.innerText();
    assert.match(trail, /張勞檢員/, 'the inspector by name');
    assert.match(trail, new RegExp(receipt.trackingCode), 'the record by its tracking code');
    assert.doesNotMatch(trail, /complaint\.identity-view|[0-9a-f]{8}-[0-9a-f]{4}-/, 'no codes, no raw ids');
    assert.doesNotMatch(trail, new RegExp(`${complainant.name}|${complainant.phone}`));
    assert.ok((await auditPage.evaluate(() => document.documentElement.scrollWidth)) <= 1366, 'the trail fits the screen');
    assert.ok((await table.evaluate((el) => el.getBoundingClientRect().width)) <= 1366);
    // The complaint list shows the deadline and the assignee without scrolling sideways.
    await auditPage.goto('/staff/complaints');
    const complaintList = auditPage.getByRole('table');
    // Other journeys file complaints on the same server at the same time: any row will do, the headers are the point.
    await complaintList.getByRole('row').nth(1).waitFor();
    for (const header of [zh('complaints.staff.columns.assignee'), zh('complaints.staff.columns.deadlines')]) {
      const box = await complaintList.getByRole('columnheader', { name: header, exact: true }).boundingBox();
      assert.ok(box && box.x + box.width <= 1366, `${header} is in view`);
    }
    assert.ok(await complaintList.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth), 'no sideways scroll');
    await auditor.close();
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1280×800', desktop],
  ] as const) {
    test(`every complaint page passes axe at ${label}`, async () => {
      const failures: string[] = [];
      const scan = async (context: BrowserContext, name: string, visit: (page: Page) => Promise<void>) => {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await visit(page);
        await settle(page);
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${name}:\n  ${violations.join('\n  ')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${name}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
        if (errors.length) failures.push(`${name}: page errors ${errors.join('; ')}`);
        await page.close();
      };
      const publicContext = await newContext(app, { viewport, bypassCSP: true });
      await scan(publicContext, 'complaint form', async (page) => {
        await ComplaintFormPage.open(page);
      });
      await scan(publicContext, 'complaint form with errors and the named fields', async (page) => {
        const form = await ComplaintFormPage.open(page);
        await page.getByRole('radio', { name: zh('complaints.form.named') }).check();
        await page.getByRole('button', { name: zh('complaints.form.submit') }).click();
        await page.getByRole('alert').waitFor();
        await form.field('name').waitFor();
      });
      await scan(publicContext, 'status lookup with a result', async (page) => {
        const status = await ComplaintStatusPage.open(page);
        await status.lookUp(anonymousReceipt);
        await status.statusHeading('replied').waitFor();
      });
      await publicContext.close();

      const admin = await newContext(app, { role: 'admin', viewport, bypassCSP: true });
      await scan(admin, 'staff complaint list', (page) => page.goto('/staff/complaints').then(() => undefined));
      await scan(admin, 'overdue list', (page) => page.goto('/staff/complaints/overdue').then(() => undefined));
      await scan(admin, 'complaint as supervisor, identity revealed', async (page) => {
        const detail = await StaffComplaintPage.open(page, namedId);
        await detail.revealButton().click();
        await page.getByText(zh('complaints.staff.identity_logged')).waitFor();
      });
      await admin.close();
      const inspector = await newContext(app, { role: 'labor-inspector', viewport, bypassCSP: true });
      await scan(inspector, 'complaint as the assigned inspector', async (page) => {
        await StaffComplaintPage.open(page, namedId);
        await page.getByRole('button', { name: zh('complaints.staff.notice_generate') }).click();
        await page.locator('pre.notice-text').waitFor();
      });
      await inspector.close();
      assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
    });
  }
});

describe('complaints: the receipt (desktop, file upload)', () => {
  test('the receipt page is reachable by keyboard and files go with the form', async () => {
    const app = await useApp();
    const context = await newContext(app, { viewport: desktop });
    const page = await context.newPage();
    const form = await ComplaintFormPage.open(page);
    await form.fill({ employerName: '西屯物流股份有限公司', district: '西屯區', law: 'laborStandardsAct', description: '排班表附件為證。' });
    await page.getByLabel(zh('complaints.form.attachments'), { exact: true }).setInputFiles({
      name: 'hours.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('date,start,end\n2026-03-02,09:00,21:00\n'),
    });
    const receipt = await form.submit();
    assert.match(receipt.trackingCode, /^TC-/);
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    assert.equal(focused, 'H1', 'focus moves to the receipt heading');
    await context.close();
  });
});
