/// <reference lib="dom" />
/**
 * Issue 11's remaining screens at 1366 px: the staff work e-mail and the mediation deadline reminders (ADR 0042),
 * the nearest site on the application and the booking, the mass-layoff rule sets, union elections with their
 * reminder settings, and amending a union's annual report. Each page passes axe.
 */
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

describe('labor relations: reminders, the nearest site, rule sets, union elections and amendments (issue 11)', () => {
  let app: TestApp;

  before(async () => {
    app = await useApp();
  });

  test('the admin sets a mediator\'s work e-mail (masked in the list) and the deadline reminder days', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: wide, bypassCSP: true });
    const page = await admin.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/accounts');
    await settle(page);
    const list = (await (await admin.request.get('/api/v1/staff/accounts?pageSize=100')).json()) as { items: { id: string; username: string; workEmail: string | null }[] };
    const mediator = list.items.find((a) => a.username === 'mediator');
    assert.equal(mediator?.workEmail, 'm***@labor.example.gov.tw', 'the list masks the address');
    await page.goto(`/staff/accounts/${mediator!.id}`);
    await page.getByRole('heading', { level: 1, name: zh('accounts.edit.title', { username: 'mediator' }) }).waitFor();
    const email = page.getByLabel(zh('accounts.fields.work_email'), { exact: true });
    assert.equal(await email.inputValue(), 'mediator@labor.example.gov.tw', 'in full on the account itself');
    await email.fill('not an address');
    await page.getByRole('button', { name: zh('accounts.edit.save') }).click();
    await page.getByRole('alert').first().waitFor();
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    await email.fill('wu.mediator@labor.example.gov.tw');
    await page.getByLabel(zh('accounts.fields.locale'), { exact: true }).selectOption('en');
    await page.getByRole('button', { name: zh('accounts.edit.save') }).click();
    await page.getByRole('status').filter({ hasText: zh('accounts.edit.saved') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the account page passes axe');

    await page.goto('/staff/mediation');
    await settle(page);
    await page.getByRole('link', { name: zh('mediation.reminders.title') }).click();
    await page.getByRole('heading', { level: 1, name: zh('mediation.reminders.title') }).waitFor();
    const days = page.getByLabel(zh('mediation.reminders.days_before'), { exact: true });
    assert.equal(await days.inputValue(), '2', 'the demo settings');
    await days.fill('31');
    await page.getByRole('button', { name: zh('mediation.reminders.save') }).click();
    await page.getByRole('alert').first().waitFor();
    assert.equal(await days.getAttribute('aria-invalid'), 'true', 'at most 30 days');
    await days.fill('3');
    await page.getByLabel(zh('mediation.reminders.supervisor'), { exact: true }).selectOption('no');
    await page.getByRole('button', { name: zh('mediation.reminders.save') }).click();
    await page.getByText(zh('mediation.reminders.saved')).waitFor();
    const saved = (await (await admin.request.get('/api/v1/staff/mediation-reminder-settings')).json()) as { settings: { daysBefore: number; remindSupervisorWhenOverdue: boolean } };
    assert.deepEqual(saved.settings, { daysBefore: 3, remindSupervisorWhenOverdue: false });
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the reminder settings page passes axe');
    await page.screenshot({ path: '/tmp/relations-reminder-settings-1366.png', fullPage: true });
    assert.deepEqual(errors, []);
    await admin.close();
  });

  test('the form proposes the site that serves the district (清水區 → 沙鹿) and the booking shows it', async () => {
    const citizen = await newContext(app, { viewport: phone, bypassCSP: true });
    const form = await citizen.newPage();
    const errors = watchErrors(form);
    await form.goto('/mediation');
    await form.getByRole('heading', { level: 1, name: zh('mediation-apply.title') }).waitFor();
    await form.getByLabel(zh('mediation-apply.name'), { exact: true }).fill('林清水');
    await form.getByLabel(zh('mediation-apply.phone'), { exact: true }).fill('0912-345-678');
    await form.getByLabel(zh('mediation-apply.respondent_name'), { exact: true }).fill('清水海產有限公司');
    await form.getByLabel(zh('mediation-apply.summary'), { exact: true }).fill('加班費未給付。');
    // The address names 大甲區: the site follows it until the party picks a district or a site.
    await form.getByLabel(zh('mediation-apply.address'), { exact: true }).fill('臺中市大甲區順天路1號');
    await form.getByTestId('nearest-site').filter({ hasText: '大甲區公所' }).waitFor();
    const site = form.getByLabel(zh('mediation-apply.site'), { exact: true });
    assert.equal(await site.inputValue(), 'dajia-office');
    await form.getByLabel(zh('mediation-apply.district'), { exact: true }).selectOption({ label: '清水區' });
    await form.getByTestId('nearest-site').filter({ hasText: '沙鹿區公所' }).waitFor();
    assert.match(await form.getByTestId('nearest-site').innerText(), /清水區/);
    assert.equal(await site.inputValue(), 'shalu-office', 'the proposal is preselected');
    // The party may choose another site; the proposal stays shown as the reason.
    await site.selectOption('bureau');
    assert.equal(await site.inputValue(), 'bureau');
    assert.deepEqual(await findAccessibilityViolations(form), [], 'the form with the proposal passes axe on a phone');
    await form.getByRole('button', { name: zh('mediation-apply.submit') }).click();
    const caseNumber = await form.getByTestId('case-number').innerText();
    assert.deepEqual(errors, []);
    await citizen.close();

    const admin = await newContext(app, { role: 'admin', viewport: wide, bypassCSP: true });
    const page = await admin.newPage();
    const list = (await (await admin.request.get('/api/v1/staff/mediation-cases?scope=city&pageSize=100')).json()) as { items: { id: string; caseNumber: string }[] };
    const id = list.items.find((c) => c.caseNumber === caseNumber)?.id;
    assert.ok(id);
    await page.goto(`/staff/mediation/${id}`);
    await settle(page);
    const note = page.getByTestId('nearest-site');
    await note.waitFor();
    assert.match(await note.innerText(), /清水區.*沙鹿區公所/);
    // Once a mediator is appointed, the booking shows the proposal too; it starts at the party's chosen site
    // and may be moved to the proposed one.
    await page.waitForFunction(() => (document.querySelector('#field-mediatorId') as HTMLSelectElement | null)?.value !== '');
    await page.getByRole('button', { name: zh('mediation.appoint_submit') }).click();
    await page.getByText(zh('mediation.appointed_done')).waitFor();
    assert.match(await page.getByTestId('nearest-site-booking').innerText(), /沙鹿區公所/);
    const bookingSite = page.getByLabel(zh('mediation.nearest.site'), { exact: true });
    assert.equal(await bookingSite.inputValue(), 'bureau');
    await bookingSite.selectOption('shalu-office');
    await page.getByRole('heading', { level: 2, name: zh('mediation.book_title', { site: '沙鹿區公所' }) }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the case page passes axe at 1366 px');
    await admin.close();
  });

  test('an administrator enters a mass-layoff rule set with its source; the list shows the sets and their sources', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: wide, bypassCSP: true });
    const page = await admin.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/mass-layoffs');
    await settle(page);
    await page.getByRole('link', { name: zh('mass-layoffs.rule_sets.title') }).click();
    await page.getByRole('heading', { level: 1, name: zh('mass-layoffs.rule_sets.title') }).waitFor();
    await page.getByRole('cell', { name: /e-sen\.com\.tw/ }).waitFor();
    const f = (key: string, params?: Record<string, string | number>) => zh(`mass-layoffs.rule_sets.fields.${key}`, params);
    // Sent without a source, the form says so and enters nothing.
    await page.getByRole('button', { name: zh('mass-layoffs.rule_sets.submit') }).click();
    await page.getByRole('alert').first().waitFor();
    // A set far ahead, so that no plan of the other journeys is assessed with it.
    await page.getByLabel(f('effective_from'), { exact: true }).fill('2099-01-01');
    await page.getByLabel(f('source'), { exact: true }).fill('e2e：全國法規資料庫 N0020012，2099-01-01 查閱（測試資料）');
    await page.getByLabel(f('window_days'), { exact: true }).fill('60');
    await page.getByLabel(f('notice_days'), { exact: true }).fill('60');
    await page.getByLabel(f('negotiation_days'), { exact: true }).fill('10');
    await page.getByLabel(f('committee_days'), { exact: true }).fill('10');
    const band = page.getByRole('group', { name: f('band_legend', { n: 1 }) });
    await band.getByLabel(f('item'), { exact: true }).fill('1');
    await band.getByLabel(f('min_headcount'), { exact: true }).fill('0');
    await band.getByLabel(f('max_headcount'), { exact: true }).fill('30');
    await band.getByLabel(f('count'), { exact: true }).fill('10');
    const second = page.getByRole('group', { name: f('band_legend', { n: 2 }) });
    await second.getByLabel(f('item'), { exact: true }).fill('2');
    await second.getByLabel(f('min_headcount'), { exact: true }).fill('30');
    await second.getByLabel(f('limit_kind'), { exact: true }).selectOption('fraction');
    await second.getByLabel(f('numerator'), { exact: true }).fill('1');
    await second.getByLabel(f('denominator'), { exact: true }).fill('3');
    await second.getByLabel(f('single_day'), { exact: true }).fill('20');
    await page.getByRole('button', { name: zh('mass-layoffs.rule_sets.submit') }).click();
    await page.getByText(zh('mass-layoffs.rule_sets.saved')).waitFor();
    await page.getByRole('cell', { name: /測試資料/ }).waitFor();
    const sets = (await (await admin.request.get('/api/v1/staff/mass-layoffs/rule-sets')).json()) as { items: { effectiveFrom: string; siteBands: unknown[]; enterprise: unknown }[] };
    const entered = sets.items.find((s) => s.effectiveFrom === '2099-01-01');
    assert.deepEqual(entered?.siteBands, [
      { item: 1, minHeadcount: 0, maxHeadcount: 30, withinWindow: { kind: 'count', count: 10 }, singleDayOver: null },
      { item: 2, minHeadcount: 30, maxHeadcount: null, withinWindow: { kind: 'fraction', numerator: 1, denominator: 3 }, singleDayOver: 20 },
    ]);
    assert.equal(entered?.enterprise, null);
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the rule sets page passes axe');
    await page.screenshot({ path: '/tmp/relations-rule-sets-1366.png', fullPage: true });
    assert.deepEqual(errors, []);
    await admin.close();
  });

  test('a union election moves the term; an annual report is amended with its reason; the election reminder settings are data', async () => {
    const admin = await newContext(app, { role: 'admin', viewport: wide, bypassCSP: true });
    const page = await admin.newPage();
    const errors = watchErrors(page);
    const unions = (await (await admin.request.get('/api/v1/staff/unions?pageSize=100')).json()) as { items: { id: string; name: string }[] };
    const union = unions.items.find((u) => u.name === '臺中精機股份有限公司企業工會');
    assert.ok(union);
    await page.goto(`/staff/unions/${union.id}/reports`);
    await settle(page);
    await page.getByTestId('union-reports').filter({ hasText: /2025/ }).waitFor();

    // One form at a time: the report, the amendment, the election, the evaluation or a guidance visit.
    const action = page.getByLabel(zh('unions.record.action'), { exact: true });
    // Amend 2025: the members and the reason; the revision counts up.
    await action.selectOption({ label: zh('unions.amend.title') });
    const amend = page.getByRole('region', { name: zh('unions.record.title') });
    assert.equal(await amend.getByLabel(zh('unions.reports.fields.members'), { exact: true }).inputValue(), '418', 'prefilled with the report');
    await amend.getByLabel(zh('unions.reports.fields.members'), { exact: true }).fill('421');
    await amend.getByRole('button', { name: zh('unions.amend.submit') }).click();
    await amend.getByRole('alert').first().waitFor();
    await amend.getByLabel(zh('unions.amend.reason'), { exact: true }).fill('會員名冊更正：漏列三名新會員');
    await amend.getByRole('button', { name: zh('unions.amend.submit') }).click();
    await page.getByText(zh('unions.amend.saved')).waitFor();
    await page.getByTestId('union-reports').filter({ hasText: /421/ }).waitFor();
    const reports = (await (await admin.request.get(`/api/v1/staff/unions/${union.id}/annual-reports`)).json()) as { items: { year: number; members: number; revision: number; spending: unknown[] }[] };
    const amended = reports.items.find((r) => r.year === 2025);
    assert.equal(amended?.members, 421);
    assert.equal(amended?.revision, 2);
    assert.equal(amended?.spending.length, 3, 'the lines beyond the form are kept');

    // An election: a term end before the election day is refused, then the new term is recorded.
    await action.selectOption({ label: zh('unions.election_form.title') });
    const election = page.getByRole('region', { name: zh('unions.record.title') });
    await election.getByLabel(zh('unions.election_form.held_on'), { exact: true }).fill('2027-06-20');
    await election.getByLabel(zh('unions.election_form.term_ends_on'), { exact: true }).fill('2027-06-01');
    await election.getByRole('button', { name: zh('unions.election_form.submit') }).click();
    await election.getByRole('alert').first().waitFor();
    await election.getByLabel(zh('unions.election_form.term_ends_on'), { exact: true }).fill('2031-06-30');
    await election.getByLabel(zh('unions.election_form.chair'), { exact: true }).fill('陳理事長');
    await election.getByRole('button', { name: zh('unions.election_form.submit') }).click();
    await page.getByText(zh('unions.election_form.saved')).waitFor();
    const after = (await (await admin.request.get(`/api/v1/staff/unions/${union.id}`)).json()) as { termEndsOn: string };
    assert.equal(after.termEndsOn, '2031-06-30');
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the union page passes axe');
    await page.screenshot({ path: '/tmp/relations-union-reports-1366.png', fullPage: true });

    await page.goto('/staff/unions');
    await settle(page);
    await page.getByRole('link', { name: zh('unions.reminders.title') }).click();
    await page.getByRole('heading', { level: 1, name: zh('unions.reminders.title') }).waitFor();
    const lead = page.getByLabel(zh('unions.reminders.lead_days'), { exact: true });
    assert.equal(await lead.inputValue(), '60', 'the demo settings');
    await page.getByLabel(zh('unions.reminders.recipient'), { exact: true }).fill('nobody');
    await page.getByRole('button', { name: zh('unions.reminders.save') }).click();
    await page.getByRole('alert').first().waitFor();
    await page.getByLabel(zh('unions.reminders.recipient'), { exact: true }).fill('unions-officer@labor.example.gov.tw');
    await lead.fill('90');
    await page.getByRole('button', { name: zh('unions.reminders.save') }).click();
    await page.getByText(zh('unions.reminders.saved')).waitFor();
    const settings = (await (await admin.request.get('/api/v1/staff/unions/reminder-settings')).json()) as { settings: { leadDays: number } };
    assert.equal(settings.settings.leadDays, 90);
    assert.deepEqual(await findAccessibilityViolations(page), [], 'the election reminder settings page passes axe');
    assert.deepEqual(errors, []);
    await admin.close();
  });
});
