import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** The public complaint form and, after sending, the receipt shown in its place. */
export class ComplaintFormPage {
  readonly page: Page;
  readonly locale: string;

  constructor(page: Page, locale = 'zh-TW') {
    this.page = page;
    this.locale = locale;
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<ComplaintFormPage> {
    await page.goto('/complaints');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'complaints.form.title') }).waitFor();
    // The district list comes from the city reference data.
    await page.locator('select[name="districtCode"] option').nth(2).waitFor({ state: 'attached' });
    return new ComplaintFormPage(page, locale);
  }

  field(key: string): Locator {
    return this.page.getByLabel(tr(this.locale, `complaints.form.${key}`), { exact: true });
  }

  async fill(input: { employerName: string; district: string; law: string; description: string }): Promise<void> {
    await this.field('employer_name').fill(input.employerName);
    await this.field('district').selectOption({ label: input.district });
    await this.field('law').selectOption(input.law);
    await this.field('description').fill(input.description);
  }

  async chooseNamed(identity: { name: string; phone: string }): Promise<void> {
    await this.page.getByRole('radio', { name: tr(this.locale, 'complaints.form.named') }).check();
    await this.field('name').fill(identity.name);
    await this.field('phone').fill(identity.phone);
  }

  /** Sends the form and reads the receipt off the page. */
  async submit(): Promise<{ trackingCode: string; secret: string }> {
    await this.page.getByRole('button', { name: tr(this.locale, 'complaints.form.submit') }).click();
    await this.page.getByRole('heading', { level: 1, name: tr(this.locale, 'complaints.receipt.title') }).waitFor();
    return {
      trackingCode: (await this.page.getByTestId('tracking-code').innerText()).trim(),
      secret: (await this.page.getByTestId('secret').innerText()).trim(),
    };
  }
}

/** The complainant's status lookup: code and secret typed into a form, never in the URL. */
export class ComplaintStatusPage {
  readonly page: Page;
  readonly locale: string;

  constructor(page: Page, locale = 'zh-TW') {
    this.page = page;
    this.locale = locale;
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<ComplaintStatusPage> {
    await page.goto('/complaints/status');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'complaints.status_page.title') }).waitFor();
    return new ComplaintStatusPage(page, locale);
  }

  async lookUp(receipt: { trackingCode: string; secret: string }): Promise<void> {
    await this.page.getByLabel(tr(this.locale, 'complaints.status_page.tracking_code'), { exact: true }).fill(receipt.trackingCode);
    await this.page.getByLabel(tr(this.locale, 'complaints.status_page.secret'), { exact: true }).fill(receipt.secret);
    await this.page.getByRole('button', { name: tr(this.locale, 'complaints.status_page.submit') }).click();
  }

  statusHeading(status: string): Locator {
    return this.page.getByRole('heading', {
      level: 2,
      name: tr(this.locale, 'complaints.status_page.current_status', { status: tr(this.locale, `complaints.statuses.${status}`) }),
    });
  }
}

/** A complaint in the back office: workflow actions and the audited identity reveal. */
export class StaffComplaintPage {
  readonly page: Page;
  readonly locale: string;

  constructor(page: Page, locale = 'zh-TW') {
    this.page = page;
    this.locale = locale;
  }

  static async open(page: Page, id: string, locale = 'zh-TW'): Promise<StaffComplaintPage> {
    await page.goto(`/staff/complaints/${id}`);
    await page.getByRole('heading', { level: 2, name: tr(locale, 'complaints.staff.facts_title') }).waitFor();
    return new StaffComplaintPage(page, locale);
  }

  status(): Locator {
    return this.page.getByTestId('complaint-status');
  }

  async assignTo(inspectorName: string): Promise<void> {
    const select = this.page.getByLabel(tr(this.locale, 'complaints.staff.assign_inspector'), { exact: true });
    await select.locator('option', { hasText: inspectorName }).waitFor({ state: 'attached' });
    await select.selectOption({ label: inspectorName });
    await this.page.getByRole('button', { name: tr(this.locale, 'complaints.staff.assign_submit'), exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: tr(this.locale, 'complaints.staff.assigned_done') }).waitFor();
  }

  /** A workflow step; a reply names its structured outcome (issue 15 §1). */
  async act(action: string, message?: string, outcome?: string): Promise<void> {
    await this.page.getByLabel(tr(this.locale, 'complaints.staff.action'), { exact: true }).selectOption(action);
    if (outcome) await this.page.getByLabel(tr(this.locale, 'complaints.staff.outcome'), { exact: true }).selectOption(outcome);
    if (message) await this.page.getByLabel(tr(this.locale, 'complaints.staff.message'), { exact: true }).fill(message);
    await this.page.getByRole('button', { name: tr(this.locale, 'complaints.staff.action_submit'), exact: true }).click();
  }

  revealButton(): Locator {
    return this.page.getByRole('button', { name: tr(this.locale, 'complaints.staff.identity_reveal') });
  }
}
