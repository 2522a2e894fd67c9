import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** The public 勞動法令 Q&A page. */
export class QaPage {
  readonly page: Page;
  readonly search: Locator;
  readonly category: Locator;
  readonly results: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.search = page.getByRole('searchbox', { name: tr(locale, 'content.qa.query') });
    this.category = page.getByLabel(tr(locale, 'content.qa.category'), { exact: true });
    this.results = page.locator('.qa-list > li');
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<QaPage> {
    await page.goto('/qa');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'content.qa.title') }).waitFor();
    const qa = new QaPage(page, locale);
    await qa.settled();
    return qa;
  }

  /** Waits for the debounced search to run and its results to show. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  }

  async searchFor(text: string): Promise<string[]> {
    await this.search.fill(text);
    const wanted = `q=${encodeURIComponent(text.trim())}`;
    await this.page.waitForFunction((q) => window.location.search.includes(q), wanted);
    await this.settled();
    return this.questions();
  }

  questions(): Promise<string[]> {
    return this.results.locator('summary').allTextContents();
  }
}
