import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** The staff people search page (masked list). */
export class PeopleSearchPage {
  readonly page: Page;
  readonly register: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.register = page.getByRole('link', { name: tr(locale, 'people.search.register'), exact: true });
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<PeopleSearchPage> {
    await page.goto('/staff/people');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'people.search.title') }).waitFor();
    await page.getByRole('table').waitFor();
    return new PeopleSearchPage(page, locale);
  }
}

/** The staff form that registers a person. */
export class PersonNewPage {
  readonly page: Page;
  readonly locale: string;
  readonly idNumber: Locator;
  readonly name: Locator;
  readonly birthDate: Locator;
  readonly phone: Locator;
  readonly district: Locator;
  readonly preferredLocale: Locator;
  readonly sensitive: Locator;
  readonly submit: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
    const label = (key: string) => page.getByLabel(tr(locale, key), { exact: true });
    this.idNumber = label('people.fields.id_number');
    this.name = label('people.fields.name');
    this.birthDate = label('people.fields.birth_date');
    this.phone = label('people.fields.phone');
    this.district = label('people.fields.district');
    this.preferredLocale = label('people.fields.preferred_locale');
    this.sensitive = page.getByRole('group', { name: tr(locale, 'people.new.sensitive_legend') });
    this.submit = page.getByRole('button', { name: tr(locale, 'people.new.submit'), exact: true });
  }

  static async verifyOnPage(page: Page, locale = 'zh-TW'): Promise<PersonNewPage> {
    await page.getByRole('heading', { level: 1, name: tr(locale, 'people.new.title') }).waitFor();
    return new PersonNewPage(page, locale);
  }

  /** The error message read out with a field (its aria-describedby), or '' when it has none. */
  async describedBy(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ');
  }
}
