import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

export class DashboardPage {
  readonly page: Page;
  readonly logout: Locator;
  readonly nav: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.logout = page.getByRole('button', { name: tr(locale, 'staff-auth.logout'), exact: true });
    this.nav = page.getByRole('navigation', { name: tr(locale, 'staff-auth.nav.label') });
  }

  /** The areas the menu offers, opening it first where it folds (phones and tablets). */
  async areaNames(): Promise<string[]> {
    const toggle = this.nav.getByRole('button');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    return this.nav.getByRole('link').allTextContents();
  }

  static async verifyOnPage(page: Page, locale = 'zh-TW'): Promise<DashboardPage> {
    await page.getByRole('heading', { level: 1, name: tr(locale, 'staff-auth.dashboard.title') }).waitFor();
    return new DashboardPage(page, locale);
  }
}
