import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** The staff Q&A editor (new or existing item). */
export class QaEditorPage {
  readonly page: Page;
  readonly locale: string;
  readonly category: Locator;
  readonly save: Locator;
  readonly publish: Locator;
  readonly unpublish: Locator;
  readonly notice: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
    this.category = page.getByLabel(tr(locale, 'content.qa.category'), { exact: true });
    this.save = page.getByRole('button', { name: tr(locale, 'content.staff.save_draft') });
    this.publish = page.getByRole('button', { name: tr(locale, 'content.staff.publish'), exact: true });
    this.unpublish = page.getByRole('button', { name: tr(locale, 'content.staff.unpublish'), exact: true });
    this.notice = page.getByRole('status').filter({ hasText: /./ });
  }

  static async openNew(page: Page, locale = 'zh-TW'): Promise<QaEditorPage> {
    await page.goto('/staff/content/qa/new');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'content.staff.new_qa') }).waitFor();
    return new QaEditorPage(page, locale);
  }

  private language(code: string): string {
    return tr(this.locale, `content.languages.${code}`);
  }

  async fillText(code: string, question: string, answer: string): Promise<void> {
    const language = this.language(code);
    await this.page.getByLabel(tr(this.locale, 'content.staff.question_in', { language }), { exact: true }).fill(question);
    await this.page.getByLabel(tr(this.locale, 'content.staff.answer_in', { language }), { exact: true }).fill(answer);
  }

  async fillCitation(n: number, lawLabel: string, article: string): Promise<void> {
    await this.page.getByLabel(tr(this.locale, 'content.staff.law', { n }), { exact: true }).selectOption({ label: lawLabel });
    await this.page.getByLabel(tr(this.locale, 'content.staff.article', { n }), { exact: true }).fill(article);
  }

  /** Saves a new item as a draft and returns its id from the address it moves to. */
  async saveDraft(): Promise<string> {
    await this.save.click();
    await this.page.waitForURL(/\/staff\/content\/qa\/[0-9a-f-]{36}/);
    await this.publish.or(this.unpublish).first().waitFor();
    return /\/qa\/([0-9a-f-]{36})/.exec(this.page.url())?.[1] ?? '';
  }
}
