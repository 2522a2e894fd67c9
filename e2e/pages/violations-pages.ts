import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

/** The public 違反勞動法令事業單位查詢 page. */
export class ViolationsSearchPage {
  readonly page: Page;
  readonly locale: string;
  readonly name: Locator;
  readonly law: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly results: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
    this.name = page.getByRole('searchbox', { name: tr(locale, 'violations.filters.name') });
    this.law = page.getByLabel(tr(locale, 'violations.fields.law'), { exact: true });
    this.from = page.getByLabel(tr(locale, 'violations.filters.from'), { exact: true });
    this.to = page.getByLabel(tr(locale, 'violations.filters.to'), { exact: true });
    this.results = page.locator('.violation-list > li');
  }

  static async open(page: Page, locale = 'zh-TW', query = ''): Promise<ViolationsSearchPage> {
    await page.goto(`/violations${query}`);
    await page.getByRole('heading', { level: 1, name: tr(locale, 'violations.title') }).waitFor();
    await settled(page);
    const search = new ViolationsSearchPage(page, locale);
    await search.showAllFilters();
    return search;
  }

  /** The law, article and date filters fold away under "more filters" (issue 15 §3): unfolds them. */
  async showAllFilters(): Promise<void> {
    const more = this.page.locator('details.violations-more');
    if (!(await more.evaluate((details) => (details as HTMLDetailsElement).open))) await more.locator('summary').click();
  }

  async search(): Promise<string[]> {
    await this.page.getByRole('button', { name: tr(this.locale, 'violations.filters.submit') }).click();
    await this.page.waitForFunction(() => document.querySelector('[role="status"].muted')?.textContent !== '');
    await settled(this.page);
    return this.employers();
  }

  employers(): Promise<string[]> {
    return this.results.locator('h2').allTextContents();
  }

  badges(index: number): Promise<string[]> {
    return this.results.nth(index).locator('.violation-badge').allTextContents();
  }
}

/** The staff page that uploads MOL files. */
export class ViolationsImportPage {
  readonly page: Page;
  readonly file: Locator;

  constructor(page: Page) {
    this.page = page;
    this.file = page.getByLabel(tr('zh-TW', 'violations.import.file'), { exact: true });
  }

  static async open(page: Page): Promise<ViolationsImportPage> {
    await page.goto('/staff/violations/imports');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'violations.import.title') }).waitFor();
    await settled(page);
    return new ViolationsImportPage(page);
  }

  /** Uploads bytes as a named file and answers the three counts shown. */
  async upload(name: string, bytes: Uint8Array): Promise<{ imported: string; unchanged: string; rejected: string }> {
    await this.file.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
    await this.page.getByRole('button', { name: tr('zh-TW', 'violations.import.submit'), exact: true }).click();
    await this.page.getByText(tr('zh-TW', 'violations.import.done', { file: name })).waitFor();
    const count = (key: string) => this.page.locator(`[data-count="${key}"]`).innerText();
    return { imported: await count('imported'), unchanged: await count('unchanged'), rejected: await count('rejected') };
  }

  rejectedRows(): Promise<string[]> {
    return this.page
      .getByRole('table', { name: /未匯入的資料列/ })
      .locator('tbody tr')
      .allInnerTexts();
  }
}

/** The staff form for the bureau's own inspection results. */
export class InspectionFormPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  static async openNew(page: Page): Promise<InspectionFormPage> {
    await page.goto('/staff/violations/inspections/new');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'violations.inspections.new_title') }).waitFor();
    return new InspectionFormPage(page);
  }

  field(key: string): Locator {
    return this.page.getByLabel(tr('zh-TW', key), { exact: true });
  }
}
