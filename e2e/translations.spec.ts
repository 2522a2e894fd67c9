/// <reference lib="dom" />
// Issue 15 §1: a complaint filed in Vietnamese, answered in Chinese, read by the complainant in Vietnamese
// through the interpreters' translation task; at 390 px for the worker, 1366 px for staff.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { ComplaintFormPage, ComplaintStatusPage, StaffComplaintPage } from './pages/complaint-pages.ts';

const staffWide = { width: 1366, height: 900 } as const;
const vi = (key: string, params?: Record<string, string | number>) => tr('vi', key, params);
const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const chineseReply = '經查該公司未依勞動基準法第24條給付延長工作時間工資，本局已依同法第79條處以罰鍰。';
const vietnameseReply = 'Qua kiểm tra, công ty đã không trả tiền lương làm thêm giờ theo Điều 24 Luật Tiêu chuẩn Lao động; Cục đã phạt tiền theo Điều 79 của Luật này.';
const shots = process.env.SCREENSHOT_DIR;

describe('translations: a Vietnamese complainant reads the reply in Vietnamese', () => {
  let app: TestApp;
  let receipt: { trackingCode: string; secret: string };
  let complaintId: string;

  before(async () => {
    app = await useApp();
  });

  test('the complaint is filed in Vietnamese on a phone, and staff see its language', async () => {
    const citizen = await newContext(app, { viewport: phone, locale: 'vi' });
    const page = await citizen.newPage();
    const form = await ComplaintFormPage.open(page, 'vi');
    await form.field('employer_name').fill('潭子電子零件股份有限公司');
    await form.field('district').selectOption({ index: 2 });
    await form.field('law').selectOption('laborStandardsAct');
    await form.field('description').fill('Chúng tôi làm ca 12 tiếng, công ty không trả tiền làm thêm giờ.');
    receipt = await form.submit();
    await citizen.close();

    const admin = await newContext(app, { role: 'admin', viewport: staffWide });
    const list = (await (await admin.request.get('/api/v1/staff/complaints')).json()) as { items: { id: string; trackingCode: string }[] };
    complaintId = list.items.find((item) => item.trackingCode === receipt.trackingCode)?.id ?? '';
    const adminPage = await admin.newPage();
    const supervisor = await StaffComplaintPage.open(adminPage, complaintId);
    assert.equal(await adminPage.getByTestId('complaint-locale').innerText(), 'Tiếng Việt', 'the case names the language it was filed in');
    await supervisor.assignTo('張勞檢員');
    await admin.close();
  });

  test('the inspector replies with an outcome and free text; the complainant reads the outcome in Vietnamese while it is translated', async () => {
    const inspector = await newContext(app, { role: 'labor-inspector', viewport: staffWide });
    const page = await inspector.newPage();
    const handling = await StaffComplaintPage.open(page, complaintId);
    await handling.act('investigate');
    await handling.status().filter({ hasText: zh('complaints.statuses.investigating') }).waitFor();
    await handling.act('reply', chineseReply, 'violation-fined');
    await handling.status().filter({ hasText: zh('complaints.statuses.replied') }).waitFor();
    await page.getByText(zh('complaints.staff.translation_pending')).waitFor();
    await inspector.close();

    const citizen = await newContext(app, { viewport: phone, locale: 'vi', bypassCSP: true });
    const citizenPage = await citizen.newPage();
    const errors = watchErrors(citizenPage);
    const status = await ComplaintStatusPage.open(citizenPage, 'vi');
    await status.lookUp(receipt);
    await status.statusHeading('replied').waitFor();
    await citizenPage.getByText(vi('complaints.outcomes.violation-fined')).waitFor();
    await citizenPage.getByTestId('translation-pending').filter({ hasText: vi('complaints.status_page.translation_pending') }).waitFor();
    // The Chinese is folded away, and marked as Chinese for screen readers.
    assert.equal(await citizenPage.getByText(chineseReply).isVisible(), false);
    assert.equal(await citizenPage.getByText(chineseReply).getAttribute('lang'), 'zh-Hant-TW');
    if (shots) await citizenPage.screenshot({ path: `${shots}/status-pending-390.png`, fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(citizenPage), []);
    assert.deepEqual(errors, []);
    await citizen.close();
  });

  test('the interpreter translates it from the queue, and the complainant then reads the Vietnamese text', async () => {
    const interpreter = await newContext(app, { role: 'interpreter', viewport: staffWide, bypassCSP: true });
    const page = await interpreter.newPage();
    await page.goto('/staff/translations?targetLocale=vi');
    await page.getByRole('heading', { level: 1, name: zh('translations.queue.title') }).waitFor();
    if (shots) {
      await page.screenshot({ path: `${shots}/queue-1366.png`, fullPage: true });
      await page.setViewportSize(phone);
      await page.screenshot({ path: `${shots}/queue-390.png`, fullPage: true });
      await page.setViewportSize(staffWide);
    }
    assert.deepEqual(await findAccessibilityViolations(page), []);
    // The demo data holds another Vietnamese reply in the queue: this one is found by its whole text.
    await page.getByRole('link', { name: chineseReply, exact: true }).click();
    await page.getByTestId('translation-source').filter({ hasText: chineseReply }).waitFor();
    await page.getByLabel(zh('translations.task.translated_text', { language: 'Tiếng Việt' }), { exact: true }).fill(vietnameseReply);
    await page.getByRole('button', { name: zh('translations.task.submit') }).click();
    await page.getByText(zh('translations.task.done')).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/task-done-1366.png`, fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await interpreter.close();

    const citizen = await newContext(app, { viewport: phone, locale: 'vi' });
    const citizenPage = await citizen.newPage();
    const status = await ComplaintStatusPage.open(citizenPage, 'vi');
    await status.lookUp(receipt);
    await citizenPage.getByText(vietnameseReply).waitFor();
    assert.equal(await citizenPage.getByTestId('translation-pending').count(), 0, 'the note is gone once translated');
    if (shots) await citizenPage.screenshot({ path: `${shots}/status-translated-390.png`, fullPage: true });
    await citizen.close();
  });
});

describe('translations: content honest about its language, and a Q&A a phone can read (issue 15 §2)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('/qa on a 390 px phone shows questions by category with folded answers and a search box', async () => {
    const context = await newContext(app, { viewport: phone, locale: 'vi', bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/qa');
    await page.getByRole('heading', { level: 1, name: vi('content.qa.title') }).waitFor();
    await page.locator('.qa-list summary').first().waitFor();
    await page.getByRole('searchbox', { name: vi('content.qa.query') }).waitFor();
    await page.getByRole('heading', { level: 2, name: vi('content.categories.wages') }).waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 9000, `the page is ${height} px tall (28,683 px with every answer open)`);
    const first = page.locator('.qa-list details').first();
    assert.equal(await first.locator('.prose').isVisible(), false, 'answers start folded');
    await first.locator('summary').click();
    assert.equal(await first.locator('.prose').isVisible(), true, 'a tap opens the answer');
    if (shots) await page.screenshot({ path: `${shots}/qa-vi-390.png`, fullPage: false });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await context.close();
  });

  test('a Q&A item shown in Chinese as a fallback marks its heading and text as Chinese (news pages share the fix)', async () => {
    // Every shipped item is translated now: staff publish one in Chinese only, as they may.
    const staff = await newContext(app, { role: 'programs-officer', viewport: staffWide });
    const headers = { 'x-csrf-token': ((await (await staff.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken };
    const created = await staff.request.post('/api/v1/staff/qa', {
      headers,
      data: {
        category: 'leave',
        legalBasis: [{ law: 'LSA', article: '43' }],
        translations: { 'zh-TW': { question: '颱風天沒上班會被扣薪嗎？', answer: '請依本局公告及勞動部指引辦理。' } },
      },
    });
    assert.equal(created.status(), 201, await created.text());
    const { id } = (await created.json()) as { id: string };
    assert.equal((await staff.request.post(`/api/v1/staff/qa/${id}/publish`, { headers })).status(), 200);
    await staff.close();

    const context = await newContext(app, { viewport: phone, locale: 'vi' });
    const page = await context.newPage();
    await page.goto(`/qa/${id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await page.locator('.fallback-notice').waitFor();
    assert.equal(await heading.getAttribute('lang'), 'zh-Hant-TW', 'was read with the Vietnamese voice');
    assert.equal(await page.locator('article .prose').getAttribute('lang'), 'zh-Hant-TW');
    await context.close();
  });

  test('in Vietnamese and Thai the districts show their Chinese, and the bureau is named in the language', async () => {
    for (const [locale, bureau] of [['vi', 'Cục Lao động thành phố Đài Trung'], ['th', 'สำนักงานแรงงานนครไถจง']] as const) {
      const context = await newContext(app, { viewport: phone, locale });
      const page = await context.newPage();
      await ComplaintFormPage.open(page, locale);
      const district = page.getByLabel(tr(locale, 'complaints.form.district'), { exact: true });
      await district.locator('option', { hasText: '北屯區 Beitun Dist.' }).waitFor({ state: 'attached' });
      await page.locator('header').getByText(bureau).waitFor();
      if (shots) await page.screenshot({ path: `${shots}/complaint-form-${locale}-390.png` });
      await context.close();
    }
  });

  test('staff review the Thai translations from their queue at 1366 px, and a reviewed one leaves it', async () => {
    const staff = await newContext(app, { role: 'programs-officer', viewport: staffWide, bypassCSP: true });
    const page = await staff.newPage();
    await page.goto('/staff/content/translations?locale=th');
    await page.getByRole('heading', { level: 1, name: zh('content.review.title') }).waitFor();
    const caption = page.locator('caption');
    await caption.waitFor();
    const before = await caption.innerText();
    const firstTitle = (await page.locator('tbody tr').first().locator('td').first().innerText()).trim();
    if (shots) await page.screenshot({ path: `${shots}/review-queue-1366.png`, fullPage: false });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await page.getByRole('button', { name: zh('content.review.mark_label', { title: firstTitle }) }).click();
    await page.getByText(zh('content.review.marked', { title: firstTitle })).waitFor();
    await page.waitForFunction((text) => document.querySelector('caption')?.textContent !== text, before);
    if (shots) {
      await page.setViewportSize(phone);
      await page.screenshot({ path: `${shots}/review-queue-390.png`, fullPage: false });
    }
    await staff.close();
  });

  test('the heat page in Vietnamese names the district and a district-named weather station with their Chinese', async () => {
    const context = await newContext(app, { viewport: phone, locale: 'vi' });
    const page = await context.newPage();
    const report = (await (await context.request.get('/api/v1/heat?district=66000060&lang=vi')).json()) as {
      station: { name: string } | null;
      basis: string;
      source: string;
      cwaHeatInjury: { warning: string | null } | null;
    };
    // The recorded CWA slots keep their time of day: from 00:00 to 09:00 Taiwan time they carry an index
    // without a word, so the word is checked whenever the present slot has one, and never shown in Chinese.
    assert.ok(report.cwaHeatInjury, 'the recorded demo data has a CWA heat-injury reading for 西屯區');
    const words: Record<string, string> = { 注意: 'caution', 警戒: 'alert', 危險: 'danger', 高危險: 'high-danger' };
    const word = report.cwaHeatInjury.warning;
    await page.goto('/heat?district=66000060');
    await page.getByRole('heading', { level: 2, name: vi('heat.now.title', { district: '西屯區 Xitun Dist.' }) }).waitFor();
    if (report.station?.name === '西屯' && report.source !== 'staff' && report.basis !== 'forecast') {
      await page.getByText(vi('heat.source.station', { station: '西屯 Xitun' })).first().waitFor();
    }
    // The CWA's heat-injury word (注意, 警戒, 危險, 高危險) in Vietnamese, not in Chinese.
    if (word) {
      assert.ok(words[word], `the recorded word ${word} is one the page translates`);
      await page.getByText(`（${vi(`heat.cwa_warning.${words[word]}`)}）`).first().waitFor();
    }
    assert.doesNotMatch(await page.locator('main').innerText(), /（(注意|警戒|危險|高危險)）/);
    if (shots) await page.screenshot({ path: `${shots}/heat-vi-390.png`, fullPage: true });
    await context.close();
  });
});
