import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 900 } as const;
const counsellor = 'employment-officer'; // the demo counsellor of the career development centre

/** The public booking page (職涯諮詢預約). */
class YouthBookingPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  static async open(page: Page) {
    await page.goto('/youth');
    await page.getByRole('heading', { level: 1, name: zh('youth.public.title') }).waitFor();
    return new YouthBookingPage(page);
  }
  /** Fills one of the page's two forms (the booking's or the event registration's) and sends it. */
  async fill(sectionTitle: string, choice: string, submit: string, details: { name: string; email: string; birthDate: string; district: string }) {
    const section = this.page.getByRole('region', { name: sectionTitle });
    await section.getByLabel(choice, { exact: true }).selectOption({ index: 1 });
    await section.getByLabel(zh('youth.public.name'), { exact: true }).fill(details.name);
    await section.getByLabel(zh('youth.public.email'), { exact: true }).fill(details.email);
    await section.getByLabel(zh('youth.public.birth_date'), { exact: true }).fill(details.birthDate);
    await section.getByLabel(zh('youth.public.district'), { exact: true }).selectOption({ label: details.district });
    await section.getByRole('button', { name: submit, exact: true }).click();
  }
  async book(details: { name: string; email: string; birthDate: string; district: string }) {
    await this.fill(zh('youth.public.book_title'), zh('youth.public.slot'), zh('youth.public.submit'), details);
    await this.page.getByRole('heading', { level: 2, name: zh('youth.public.booked_title') }).waitFor();
    return (await this.page.locator('.youth-code').textContent()) ?? '';
  }
  async cancel(code: string) {
    await this.page.getByLabel(zh('youth.public.code'), { exact: true }).fill(code);
    await this.page.getByRole('button', { name: zh('youth.public.cancel_submit') }).click();
  }
}

describe('youth services (職涯發展中心)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('a student books a counselling slot on a phone, gets a code, and cancels with it; axe finds nothing', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const booking = await YouthBookingPage.open(page);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    // Submitting without a time says so next to the field.
    await page.getByRole('region', { name: zh('youth.public.book_title') }).getByRole('button', { name: zh('youth.public.submit'), exact: true }).click();
    await page.getByText(zh('youth.public.slot_required')).first().waitFor();

    // The birth date typed the 民國 way (95/05/20 is 2006-05-20): the server takes only ISO dates, so the booking goes
    // through only if the form turned it into one (issue 15 §5).
    const code = await booking.book({ name: '林小青', email: 'xiaoqing.lin@example.tw', birthDate: '95/05/20', district: '大里區' });
    assert.match(code, /^[A-Z0-9]{10}$/);
    await page.screenshot({ path: '/tmp/youth-booked-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);

    await booking.cancel(code);
    await page.locator('.alert--success').waitFor();
    // Once cancelled, the same code cannot cancel again: the server says why.
    await booking.cancel(code);
    await page.getByRole('alert').first().waitFor();

    // A campus or workplace event: registered, with its own code.
    await booking.fill(zh('youth.public.events_title'), zh('youth.public.event'), zh('youth.public.register'), {
      name: '林小青',
      email: 'xiaoqing.lin@example.tw',
      birthDate: '2006-05-20',
      district: '大里區',
    });
    await page.getByText(zh('youth.public.registered', { title: '精密機械產業企業參訪' }).slice(0, 4)).first().waitFor();
    const eventCode = (await page.getByRole('region', { name: zh('youth.public.events_title') }).locator('.youth-code').textContent()) ?? '';
    assert.match(eventCode, /^[A-Z0-9]{10}$/);
    // Before the event, feedback is refused (only those who came may give it); the code cancels the place.
    await page.getByLabel(zh('youth.public.event_code'), { exact: true }).fill(eventCode);
    await page.getByRole('button', { name: zh('youth.public.feedback_submit') }).click();
    await page.getByRole('region', { name: zh('youth.public.event_code_title') }).getByRole('alert').waitFor();
    await page.getByRole('button', { name: zh('youth.public.registration_cancel') }).click();
    await page.getByText(zh('youth.public.event_cancelled')).waitFor();
    await page.screenshot({ path: '/tmp/youth-events-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the counsellor sees the slots, last week\'s bookings and a session record (revealed, audited); events, summer jobs and indicator 4; axe finds nothing', async () => {
    for (const viewport of [wide, phone]) {
      const context = await newContext(app, { role: counsellor, viewport, bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/staff/youth/slots');
      await page.getByRole('heading', { level: 1, name: zh('youth.slots.title') }).waitFor();
      await page.getByRole('table').waitFor();
      await page.screenshot({ path: `/tmp/youth-slots-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);

      const slots = (await (await context.request.get('/api/v1/staff/youth/slots?sort=startsAt')).json()) as { items: { id: string }[] };
      const past = slots.items[0]?.id ?? '';
      await page.goto(`/staff/youth/slots/${past}`);
      await page.getByRole('table', { name: zh('youth.slots.bookings_caption') }).waitFor();
      assert.equal(await page.getByText(zh('youth.booking_status.no-show'), { exact: true }).count(), 1);
      await page.screenshot({ path: `/tmp/youth-slot-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      await page.getByRole('link', { name: zh('youth.session.open') }).click();
      await page.getByRole('heading', { level: 1, name: zh('youth.session.view_title') }).waitFor();
      await page.getByRole('button', { name: zh('youth.session.show') }).click();
      await page.getByText('報名職場體驗；兩週後再約諮詢。').waitFor();
      assert.deepEqual(await findAccessibilityViolations(page), []);

      await page.goto('/staff/youth/events');
      await page.getByRole('heading', { level: 1, name: zh('youth.events.title') }).waitFor();
      await page.getByRole('link', { name: '校園職涯探索：職場達人秀' }).click();
      await page.getByRole('heading', { level: 2, name: zh('youth.events.feedback_title') }).waitFor();
      await page.screenshot({ path: `/tmp/youth-event-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);

      await page.goto('/staff/youth/summer-jobs');
      await page.getByRole('heading', { level: 1, name: zh('youth.summer_jobs.title') }).waitFor();
      await page.getByRole('table').waitFor();
      await page.screenshot({ path: `/tmp/youth-summer-jobs-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);

      await page.goto('/staff/youth/indicator');
      await page.getByRole('heading', { level: 1, name: zh('youth.indicator.title') }).waitFor();
      await page.getByRole('table', { name: zh('youth.indicator.by_service') }).waitFor();
      await page.screenshot({ path: `/tmp/youth-indicator-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('a summer job below the minimum hourly wage is refused on the wage field, with the figure in force', async () => {
    const context = await newContext(app, { role: counsellor, viewport: wide, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/staff/youth/summer-jobs/new');
    await page.getByRole('heading', { level: 1, name: zh('youth.summer_jobs.new_title') }).waitFor();
    // The wage is checked first, before the student is looked up: the refusal names the field and the figure.
    await page.getByLabel(zh('youth.fields.id_number'), { exact: true }).fill('A123456789');
    await page.getByLabel(zh('youth.fields.school'), { exact: true }).fill('國立臺中教育大學');
    await page.getByLabel(zh('youth.fields.household_status'), { exact: true }).selectOption('low-income');
    await page.getByLabel(zh('youth.fields.document_number'), { exact: true }).fill('中市低字第1150002號');
    await page.getByLabel(zh('youth.fields.document_issued_on'), { exact: true }).fill('2026-01-10');
    await page.getByLabel(zh('youth.fields.host_employer'), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(zh('youth.fields.start_on'), { exact: true }).fill('2026-07-01');
    await page.getByLabel(zh('youth.fields.end_on'), { exact: true }).fill('2026-08-31');
    await page.getByLabel(zh('youth.fields.hours'), { exact: true }).fill('200');
    await page.getByLabel(zh('youth.fields.hourly_wage'), { exact: true }).fill('150');
    await page.getByRole('button', { name: zh('youth.summer_jobs.save') }).click();
    const wage = page.getByLabel(zh('youth.fields.hourly_wage'), { exact: true });
    await page.getByRole('alert').first().waitFor();
    await page.waitForFunction(() => document.querySelector('#field-hourlyWage')?.getAttribute('aria-invalid') === 'true');
    assert.equal(await wage.getAttribute('aria-invalid'), 'true');
    assert.match((await page.locator('main').innerText()) ?? '', /196/);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await context.close();
  });
});
