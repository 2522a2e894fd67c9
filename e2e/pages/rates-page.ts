import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** The staff rates page (/staff/rates): the periods of each kind and the form to publish the next one. */
export class RatesPage {
  readonly page: Page;
  readonly locale: string;
  readonly minimumWage: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
    this.minimumWage = page.getByRole('region', { name: tr(locale, 'rates.kinds.minimum-wage'), exact: true });
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<RatesPage> {
    await page.goto('/staff/rates');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'rates.title') }).waitFor();
    const rates = new RatesPage(page, locale);
    await rates.minimumWage.getByRole('table').waitFor();
    return rates;
  }

  private field(key: string): Locator {
    return this.minimumWage.getByLabel(tr(this.locale, key), { exact: true });
  }

  async publishMinimumWage(period: { effectiveFrom: string; monthly: number; hourly: number; name: string; number: string; date: string; url: string }): Promise<void> {
    await this.field('rates.form.effective_from').fill(period.effectiveFrom);
    await this.field('rates.form.monthly').fill(String(period.monthly));
    await this.field('rates.form.hourly').fill(String(period.hourly));
    await this.field('rates.form.announcement_name').fill(period.name);
    await this.field('rates.form.announcement_number').fill(period.number);
    await this.field('rates.form.announcement_date').fill(period.date);
    await this.field('rates.form.announcement_url').fill(period.url);
    await this.minimumWage.getByRole('button', { name: tr(this.locale, 'rates.form.submit'), exact: true }).click();
  }

  /** The row of the minimum-wage table whose source cell names the announcement number. */
  row(number: string): Locator {
    return this.minimumWage.getByRole('row').filter({ hasText: number });
  }
}
