import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

export class LoginPage {
  readonly page: Page;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.username = page.getByLabel(tr(locale, 'staff-auth.login.username'), { exact: true });
    this.password = page.getByLabel(tr(locale, 'staff-auth.login.password'), { exact: true });
    this.submit = page.getByRole('button', { name: tr(locale, 'staff-auth.login.submit'), exact: true });
    this.alert = page.getByRole('alert');
  }

  static async verifyOnPage(page: Page, locale = 'zh-TW'): Promise<LoginPage> {
    await page.getByRole('heading', { level: 1, name: tr(locale, 'staff-auth.login.title') }).waitFor();
    return new LoginPage(page, locale);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
