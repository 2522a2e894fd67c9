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

  static async verifyOnPage(page: Page, locale = 'zh-TW'): Promise<DashboardPage> {
    await page.getByRole('heading', { level: 1, name: tr(locale, 'staff-auth.dashboard.title') }).waitFor();
    return new DashboardPage(page, locale);
  }
}
