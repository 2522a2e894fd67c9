import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** The public heat page (戶外熱指數查詢). */
export class HeatPage {
  readonly page: Page;
  readonly locale: string;
  readonly district: Locator;
  readonly levelBadge: Locator;
  readonly precautions: Locator;
  readonly warnings: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
    this.district = page.getByLabel(tr(locale, 'heat.pick.district'), { exact: true });
    this.levelBadge = page.locator('.heat-now .heat-level');
    this.precautions = page.getByRole('region', { name: tr(locale, 'heat.precautions.title') }).getByRole('listitem');
    this.warnings = page.locator('.heat-report .alert--warning');
  }

  static async open(page: Page, locale = 'zh-TW', query = ''): Promise<HeatPage> {
    await page.goto(`/heat${query}`);
    await page.getByRole('heading', { level: 1, name: tr(locale, 'heat.title') }).waitFor();
    return new HeatPage(page, locale);
  }

  async choose(districtLabel: string): Promise<void> {
    await this.district.selectOption({ label: districtLabel });
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.page.locator('#heat-now').waitFor();
    await this.page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  }

  async levelText(): Promise<string> {
    return (await this.levelBadge.first().textContent()) ?? '';
  }
}

/** The staff heat page: readings, warnings, CWA data status. */
export class HeatStaffPage {
  readonly page: Page;
  readonly locale: string;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<HeatStaffPage> {
    await page.goto('/staff/heat');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'heat.staff.title') }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
    return new HeatStaffPage(page, locale);
  }

  private get warningForm(): Locator {
    return this.page.locator('section:has(> #heat-warnings) form');
  }

  async publishWarning(options: { district: string; level: number; messageIndex: number; text: string }): Promise<void> {
    const form = this.warningForm;
    await form
      .getByRole('group', { name: tr(this.locale, 'heat.staff.warnings.districts') })
      .getByRole('checkbox', { name: options.district, exact: true })
      .check();
    await form.getByLabel(tr(this.locale, 'heat.staff.warnings.level'), { exact: true }).selectOption(String(options.level));
    await form.getByRole('group', { name: tr(this.locale, 'heat.staff.warnings.messages') }).getByRole('checkbox').nth(options.messageIndex).check();
    await form.getByLabel(tr(this.locale, 'heat.staff.warnings.text_in', { language: '中文' }), { exact: true }).fill(options.text);
    await form.getByRole('button', { name: tr(this.locale, 'heat.staff.warnings.submit') }).click();
    await this.page.getByText(tr(this.locale, 'heat.staff.warnings.published')).waitFor();
  }
}
