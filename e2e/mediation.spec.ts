/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { waitFor } from '../test/smtp-test-server.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

const application = {
  disputeType: 'rights',
  siteCode: 'shalu-office',
  applicant: { kind: 'worker', name: '阮文安', phone: '0987-111-222', email: 'an@example.com', locale: 'vi' },
  respondent: { kind: 'employer', name: '沙鹿好味餐飲有限公司', email: 'boss@example.com' },
  claims: [{ kind: 'unpaid-wages', amount: 31000 }],
  summary: '二月份工資未發。',
};

describe('mediation (staff journey)', () => {
  let app: TestApp;
  let caseId: string;
  let caseNumber: string;

  before(async () => {
    app = await useApp();
  });

  test('an application is appointed a mediator and booked at 沙鹿 on a phone; both parties get the notice, and the deadlines show their articles', async () => {
    // The worker applies on the public form on a phone, in Vietnamese (the notices follow that language).
    const citizen = await newContext(app, { viewport: phone, locale: 'vi', bypassCSP: true });
    const form = await citizen.newPage();
    const formErrors = watchErrors(form);
    await form.goto('/mediation');
    const vi = (key: string, params?: Record<string, string | number>) => tr('vi', key, params);
    await form.getByRole('heading', { level: 1, name: vi('mediation-apply.title') }).waitFor();
    // Sent empty, the form answers with its reasons and does not file anything.
    await form.getByRole('button', { name: vi('mediation-apply.submit') }).click();
    await form.getByRole('alert').first().waitFor();
    await form.getByLabel(vi('mediation-apply.name'), { exact: true }).fill(application.applicant.name);
    await form.getByLabel(vi('mediation-apply.phone'), { exact: true }).fill(application.applicant.phone);
    await form.getByLabel(vi('mediation-apply.email'), { exact: true }).fill(application.applicant.email);
    await form.getByLabel(vi('mediation-apply.respondent_name'), { exact: true }).fill(application.respondent.name);
    await form.getByLabel(vi('mediation-apply.respondent_email'), { exact: true }).fill(application.respondent.email);
    await form.getByLabel(vi('mediation-apply.claim_amount'), { exact: true }).fill('31000');
    await form.getByLabel(vi('mediation-apply.summary'), { exact: true }).fill(application.summary);
    await form.getByLabel(vi('mediation-apply.site'), { exact: true }).selectOption('shalu-office');
    const violations = await findAccessibilityViolations(form);
    assert.deepEqual(violations, [], 'the application form passes axe on a phone');
    await form.getByRole('button', { name: vi('mediation-apply.submit') }).click();
    caseNumber = await form.getByTestId('case-number').innerText();
    assert.match(caseNumber, /^MC-/);
    assert.match(await form.getByTestId('secret').innerText(), /\S{10,}/);
    assert.doesNotMatch(form.url(), /MC-|0987/, 'the receipt and the phone never reach the URL');
    await form.screenshot({ path: '/tmp/relations-mediation-apply-390.png', fullPage: true });
    assert.deepEqual(formErrors, []);
    await citizen.close();

    const admin = await newContext(app, { role: 'admin', viewport: phone });
    const page = await admin.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/mediation');
    await page.getByRole('link', { name: zh('mediation.open_label', { number: caseNumber }) }).click();
    await page.getByRole('heading', { level: 2, name: zh('mediation.facts_title') }).waitFor();
    caseId = page.url().split('/').pop() ?? '';
    assert.doesNotMatch(await page.locator('main').innerText(), /阮文安|0987/, 'the applicant only masked');
    assert.match(await page.getByTestId('deadline-appoint-mediator').innerText(), /勞資爭議處理法第12條第1項/);

    // The rotation suggests the mediator who speaks the worker's Vietnamese, and preselects them.
    await page.getByTestId('rotation-suggestion').getByText(/鄭調解人/).waitFor();
    const mediatorSelect = page.getByLabel(zh('mediation.mediator'), { exact: true });
    await page.waitForFunction(() => (document.querySelector('#field-mediatorId') as HTMLSelectElement | null)?.value !== '');
    assert.match(await mediatorSelect.locator('option:checked').innerText(), /^鄭調解人（臺中市勞資關係協進會）/);
    await page.getByRole('button', { name: zh('mediation.appoint_submit') }).click();
    await page.getByText(zh('mediation.appointed_done')).waitFor();
    await page.getByTestId('deadline-start-mediation').waitFor();

    await page.getByLabel(zh('mediation.room'), { exact: true }).selectOption({ label: '調解室' });
    await page.getByLabel(zh('mediation.session_date'), { exact: true }).fill('2027-03-09');
    await page.getByLabel(zh('mediation.session_time'), { exact: true }).fill('09:30');
    await page.getByRole('button', { name: zh('mediation.book_submit') }).click();
    await page.getByText(zh('mediation.booked_done', { emailed: 2, toPrint: 0 })).waitFor();
    // The status line follows the case's refetch, which may land a moment after the confirmation.
    await page.getByTestId('mediation-status').filter({ hasText: zh('mediation.statuses.scheduled') }).waitFor();
    assert.equal(await page.getByTestId('mediation-status').innerText(), zh('mediation.statuses.scheduled'));
    assert.match(await page.getByTestId('deadline-mediation-proposal').innerText(), /第12條第5項/);

    // Both notices are in the outbox, each in its party's language; the PDF is printable.
    const sent = (await (await admin.request.get(`/api/v1/staff/notifications?recordType=mediation-case&recordId=${caseId}`)).json()) as { items: { locale: string; template: string }[] };
    assert.deepEqual(sent.items.map((n) => `${n.template}:${n.locale}`).sort(), ['mediation-notice:vi', 'mediation-notice:zh-TW']);
    // …and they arrive at the test's SMTP server, one to each party.
    const delivered = await waitFor(() => {
      const to = app.mail.flatMap((m) => m.to);
      return to.some((a) => a.includes(application.applicant.email)) && to.some((a) => a.includes(application.respondent.email)) ? to : undefined;
      // The outbox worker sends on its own schedule; a loaded machine can take a while.
    }, 60_000);
    assert.ok(delivered.length >= 2);
    // …and each party's notice prints as a PDF.
    for (const party of ['applicant', 'respondent'] as const) {
      const link = page.getByRole('link', { name: zh('mediation.notice_pdf', { party: zh(`mediation.parties.${party}`) }) });
      const pdf = await admin.request.get((await link.getAttribute('href')) ?? '');
      assert.equal(pdf.status(), 200, `the ${party}'s notice`);
      assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    }

    // A booking of the same room at an overlapping time is refused with its reason.
    const me = (await (await admin.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const again = await admin.request.post(`/api/v1/staff/mediation-cases/${caseId}/sessions`, {
      data: { siteCode: 'shalu-office', room: 'r1', startsAt: '2027-03-09T02:00:00Z' },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    assert.equal(again.status(), 409);
    assert.equal(((await again.json()) as { code: string }).code, 'BOOKING_CONFLICT');

    // 調解成立: the outcome closes the case and the record PDF is printable for each party. The outcome's
    // day is the server's own day, read from the case (the appointment was met on it), not the test's clock.
    const detail = (await (await admin.request.get(`/api/v1/staff/mediation-cases/${caseId}`)).json()) as { deadlines: { kind: string; metOn: string | null }[] };
    const serverToday = detail.deadlines.find((d) => d.kind === 'appoint-mediator')?.metOn ?? '';
    await page.getByLabel(zh('mediation.outcome'), { exact: true }).selectOption({ label: zh('mediation.outcomes.agreed') });
    await page.getByLabel(zh('mediation.outcome_on'), { exact: true }).fill(serverToday);
    await page.getByLabel(zh('mediation.agreed_amount'), { exact: true }).fill('28000');
    await page.getByRole('button', { name: zh('mediation.outcome_submit') }).click();
    await page.getByText(zh('mediation.outcome_done')).waitFor();
    const recordLink = page.getByRole('link', { name: zh('mediation.record_pdf', { party: zh('mediation.parties.applicant') }) });
    await recordLink.waitFor();
    const record = await admin.request.get((await recordLink.getAttribute('href')) ?? '');
    assert.equal(record.status(), 200);
    assert.equal((await record.body()).subarray(0, 5).toString(), '%PDF-');

    // The demo case past its appointment deadline is on the overdue list.
    await page.goto('/staff/mediation?overdue=true');
    await settle(page);
    await page.getByRole('cell', { name: /逾期/ }).first().waitFor();
    assert.deepEqual(errors, []);
    await admin.close();
  });

  test('a union evaluation moves indicator 5 on the union registry, which pages and exports as a kit list', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: desktop });
    const page = await admin.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/unions');
    await settle(page);
    const heading = await page.getByRole('heading', { level: 2, name: /5/ }).innerText();
    const year = Number(/(\d{4})/.exec(heading)?.[1]);
    const before = await page.getByTestId('indicator-5').innerText();
    const listed = (await (await admin.request.get('/api/v1/staff/unions?kind=occupational&sort=name')).json()) as { total: number; items: { id: string; name: string }[] };
    assert.ok(listed.total >= 1);
    // The evaluation is entered on the union's page, as staff do (one form at a time there).
    await page.goto(`/staff/unions/${listed.items[0]!.id}/reports`);
    await settle(page);
    await page.getByLabel(zh('unions.record.action'), { exact: true }).selectOption({ label: zh('unions.evaluation.title') });
    const form = page.getByRole('region', { name: zh('unions.record.title') });
    await form.getByLabel(zh('unions.evaluation.year'), { exact: true }).fill(String(year));
    await form.getByLabel(zh('unions.evaluation.evaluated_on'), { exact: true }).fill(`${year}-06-01`);
    const first = form.getByRole('group', { name: zh('unions.evaluation.criterion_legend', { n: 1 }) });
    await first.getByLabel(zh('unions.evaluation.criterion'), { exact: true }).fill('組織運作');
    await first.getByLabel(zh('unions.evaluation.weight'), { exact: true }).fill('1');
    await first.getByLabel(zh('unions.evaluation.score'), { exact: true }).fill('80');
    await form.getByLabel(zh('unions.evaluation.grade'), { exact: true }).fill('乙等');
    await form.getByRole('button', { name: zh('unions.evaluation.submit') }).click();
    await page.getByText(zh('unions.evaluation.saved', { total: 80 })).waitFor();
    await page.goto('/staff/unions');
    await settle(page);
    await page.getByTestId('indicator-5').filter({ hasNotText: before }).waitFor();
    assert.notEqual(await page.getByTestId('indicator-5').innerText(), before);
    // The registry is a kit list now: its export links are on the page.
    await page.getByRole('link', { name: /CSV/ }).first().waitFor();
    assert.deepEqual(errors, []);
    await admin.close();
  });

  test("a headcount import produces the month's shortfall notices", async () => {
    const admin = await newContext(app, { role: 'admin', viewport: phone });
    const page = await admin.newPage();
    const errors = watchErrors(page);
    const employers = (await (await admin.request.get('/api/v1/staff/employers?pageSize=50')).json()) as { items: { ubn: string | null; name: string }[] };
    const employer = employers.items.find((e) => e.ubn);
    assert.ok(employer?.ubn, 'a demo employer with a UBN');
    // 120 insured in a private body, no one with a disability counted: 1 required (Art. 38 para. 2), 1 short.
    const csv = ['ubn,month,sector,insured,severe,other,part_time_half_wage', `${employer.ubn},2026-10,private,120,0,0,0`, '1234,2026-10,private,5,0,0,0'].join('\n');
    await page.goto('/staff/quota/imports');
    await settle(page);
    await page.getByLabel(zh('quota.import.file'), { exact: true }).setInputFiles({ name: 'headcounts-2026-10.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: zh('quota.import.submit') }).click();
    await page.getByTestId('import-counts').filter({ hasText: zh('quota.import.counts', { imported: 1, notices: 1, rejected: 1 }) }).waitFor();
    await page.getByRole('link', { name: zh('quota.import.notices_link', { month: '2026-10' }) }).click();
    await settle(page);
    await page.getByRole('cell', { name: employer.name }).waitFor();
    assert.match(await page.locator('main').innerText(), /NT\$ 29,500/);
    assert.deepEqual(errors, []);
    await admin.close();
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1280×800', desktop],
  ] as const) {
    test(`the mediation, quota and union pages pass axe at ${label}`, async () => {
      const failures: string[] = [];
      const context: BrowserContext = await newContext(app, { role: 'admin', viewport, bypassCSP: true });
      for (const [name, path] of [
        ['mediation apply', '/mediation'],
        ['mediation list', '/staff/mediation'],
        ['mediation case', `/staff/mediation/${caseId}`],
        ['quota', '/staff/quota'],
        ['quota import', '/staff/quota/imports'],
        ['quota notices', '/staff/quota/notices?month=2026-10'],
        ['unions', '/staff/unions'],
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
        await page.screenshot({ path: `/tmp/relations-${name.replace(/\s/g, '-')}-${viewport.width}.png`, fullPage: true });
        await page.close();
      }
      await context.close();
      assert.deepEqual(failures, []);
    });
  }
});
