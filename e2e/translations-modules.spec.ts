/// <reference lib="dom" />
// Issue 15 §1, last point: every module's free text reaches a reader of another language through the
// interpreters. A Vietnamese applicant reads their program decision at once in Vietnamese, with the Chinese
// reason marked as being translated; an interpreter translates it; the applicant then reads the reason in
// Vietnamese, and is e-mailed it. At 390 px for the applicant, 1366 px for the interpreter.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { waitFor } from '../test/smtp-test-server.ts';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const staffWide = { width: 1366, height: 900 } as const;
const vi = (key: string, params?: Record<string, string | number>) => tr('vi', key, params);
const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const reason = '申請人具新住民身分，檢附文件齊全，核予全額補助。';
const translated = 'Người nộp đơn là người nhập cư mới, hồ sơ kèm theo đầy đủ, được trợ cấp toàn bộ.';
const shots = process.env.SCREENSHOT_DIR;

describe("translations: a Vietnamese applicant reads the program decision's reason in Vietnamese", () => {
  let app: TestApp;
  const applicant = { email: 'e2e.thu@example.tw', password: 'Rice terraces at Sapa 2026', name: '陳氏秋', idNumber: 'N228765437', locale: 'vi' };
  let applicationId: string;
  let signedInState: Awaited<ReturnType<Awaited<ReturnType<TestApp['browser']['newContext']>>['storageState']>>;

  before(async () => {
    app = await useApp();
  });

  test('the applicant applies in Vietnamese and the checker decides with a Chinese reason', async () => {
    const context = await newContext(app, { viewport: phone, locale: 'vi' });
    assert.equal((await context.request.post('/api/v1/account/sign-up', { data: applicant })).status(), 202);
    const mail = await waitFor(() => app.mail.find((m) => m.to.includes(applicant.email)), 30_000);
    const token = /#token=([\w-]+)/.exec(mail.text)?.[1];
    assert.equal((await context.request.post('/api/v1/account/email-verification', { data: { token } })).status(), 204);
    const signedIn = await context.request.post('/api/v1/account/sign-in', { data: { email: applicant.email, password: applicant.password } });
    assert.equal(signedIn.status(), 200);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const filed = await context.request.post('/api/v1/programs/labor-university-subsidy/applications?lang=vi', {
      headers: { 'x-csrf-token': csrfToken },
      data: { facts: { specialGroups: ['new-immigrant'] }, specialGroupConsent: true },
    });
    assert.equal(filed.status(), 201, await filed.text());
    applicationId = ((await filed.json()) as { id: string }).id;
    signedInState = await context.storageState();
    await context.close();

    const checker = await newContext(app, { role: 'programs-officer', viewport: staffWide });
    const me = (await (await checker.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const decided = await checker.request.post(`/api/v1/staff/applications/${applicationId}/decision`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { decision: 'approve', reason, amountTwd: 1800 },
    });
    assert.equal(decided.status(), 200, await decided.text());
    await checker.close();
    const notice = await waitFor(() => app.mail.find((m) => m.to.includes(applicant.email) && m.text.includes(reason)), 30_000);
    assert.match(notice.subject, /được duyệt/, 'the decision in Vietnamese at once');
  });

  const applicantContext = () =>
    app.browser.newContext({
      baseURL: app.baseUrl,
      viewport: phone,
      locale: 'vi',
      bypassCSP: true,
      storageState: signedInState,
    });

  test('on a phone the applicant reads the decision in Vietnamese, and that the reason is being translated; axe finds nothing', async () => {
    const context = await applicantContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/account/programs');
    await page.getByRole('heading', { level: 1, name: vi('programs-public.mine.title') }).waitFor();
    const card = page.getByTestId('own-application').filter({ has: page.getByTestId('own-reason') });
    await card.getByTestId('own-decision').filter({ hasText: vi('programs-public.mine.decision_approved') }).waitFor();
    await card.getByTestId('translation-pending').filter({ hasText: vi('common.translation.pending') }).waitFor();
    // The Chinese is folded away, and marked as Chinese for screen readers.
    const chinese = card.getByText(reason, { exact: true });
    assert.equal(await chinese.isVisible(), false);
    assert.equal(await chinese.getAttribute('lang'), 'zh-Hant-TW');
    if (shots) await page.screenshot({ path: `${shots}/program-reason-pending-390.png`, fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the interpreter translates it from the queue; the applicant then reads the reason in Vietnamese and is e-mailed it', async () => {
    const interpreter = await newContext(app, { role: 'interpreter', viewport: staffWide, bypassCSP: true });
    const page = await interpreter.newPage();
    await page.goto('/staff/translations?targetLocale=vi');
    await page.getByRole('heading', { level: 1, name: zh('translations.queue.title') }).waitFor();
    const row = page.locator('tbody tr').filter({ hasText: reason });
    await row.getByText(zh('translations.kinds.program-decision')).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await row.getByRole('link', { name: reason, exact: true }).click();
    await page.getByTestId('translation-source').filter({ hasText: reason }).waitFor();
    await page.getByLabel(zh('translations.task.translated_text', { language: 'Tiếng Việt' }), { exact: true }).fill(translated);
    await page.getByRole('button', { name: zh('translations.task.submit') }).click();
    await page.getByText(zh('translations.task.done')).waitFor();
    await interpreter.close();

    const context = await applicantContext();
    const mine = await context.newPage();
    await mine.goto('/account/programs');
    const card = mine.getByTestId('own-application').filter({ has: mine.getByTestId('own-reason') });
    await card.getByTestId('translated-text').filter({ hasText: translated }).waitFor();
    assert.equal(await card.getByTestId('translation-pending').count(), 0, 'the note is gone once translated');
    assert.equal(await card.getByText(reason, { exact: true }).getAttribute('lang'), 'zh-Hant-TW', 'the Chinese original stays, folded');
    if (shots) await mine.screenshot({ path: `${shots}/program-reason-translated-390.png`, fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(mine), []);
    // The hand-over job: the programs module e-mails the translation, with the Chinese original.
    const mail = await waitFor(() => app.mail.find((m) => m.to.includes(applicant.email) && m.text.includes(translated)), 30_000);
    assert.ok(mail.text.includes(reason));
    await mine.reload();
    await card.getByText(vi('programs-public.steps.reason-translated')).waitFor();
    await context.close();
  });
});
