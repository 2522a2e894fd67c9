import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

export class HomePage {
  readonly page: Page;
  readonly languageSelect: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.languageSelect = page.getByRole('banner').getByLabel(tr(locale, 'common.language.label'));
  }

  static async verifyOnPage(page: Page, locale = 'zh-TW'): Promise<HomePage> {
    await page.getByRole('heading', { level: 1, name: tr(locale, 'home.title') }).waitFor();
    return new HomePage(page, locale);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}
