import type { Locator, Page } from 'playwright-core';
import { tr } from '../i18n.ts';

/** Any calculator page: fields found by their labels in the page language, the submit button, the result region. */
export class CalculatorPage {
  readonly page: Page;
  readonly locale: string;
  readonly result: Locator;
  readonly calculate: Locator;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
    this.result = page.locator('section.calculator-result');
    this.calculate = page.getByRole('button', { name: tr(locale, 'calculators.common.calculate'), exact: true });
  }

  /** Waits for the page whose title is `home.services.<service>.title`. */
  static async open(page: Page, service: string, path: string, locale = 'zh-TW'): Promise<CalculatorPage> {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: tr(locale, `home.services.${service}.title`) }).waitFor();
    return new CalculatorPage(page, locale);
  }

  field(key: string): Locator {
    return this.page.getByLabel(tr(this.locale, key), { exact: true });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [key, value] of Object.entries(values)) await this.field(key).fill(value);
  }

  /** The value shown next to a result label (`<dt>label</dt><dd>value</dd>`). */
  figure(key: string): Locator {
    return this.result.locator('.result-figure', { has: this.page.locator('dt', { hasText: tr(this.locale, key) }) }).locator('dd');
  }

  steps(): Locator {
    return this.result.locator('ol.steps > li');
  }
}

/** The hours log: the day form, the month sections, export and the way into the overtime calculator. */
export class HoursLogPage {
  readonly page: Page;
  readonly locale: string;

  constructor(page: Page, locale: string) {
    this.page = page;
    this.locale = locale;
  }

  static async open(page: Page, locale = 'zh-TW'): Promise<HoursLogPage> {
    await page.goto('/hours-log');
    await page.getByRole('heading', { level: 1, name: tr(locale, 'home.services.hours-log.title') }).waitFor();
    return new HoursLogPage(page, locale);
  }

  private label(key: string): Locator {
    return this.page.getByLabel(tr(this.locale, key), { exact: true });
  }

  async addDay(day: { date: string; start: string; end: string; breakMinutes: string; dayType?: string; note?: string }): Promise<void> {
    await this.label('calculators.common.date').fill(day.date);
    await this.label('calculators.overtime.start').fill(day.start);
    await this.label('calculators.overtime.end').fill(day.end);
    await this.label('hours-log.form.break_minutes').fill(day.breakMinutes);
    if (day.dayType) await this.label('calculators.overtime.day_type').first().selectOption(day.dayType);
    if (day.note !== undefined) await this.label('hours-log.form.note').fill(day.note);
    await this.page.getByRole('button', { name: tr(this.locale, 'hours-log.form.add'), exact: true }).click();
  }

  async setMonthlyWage(amount: string): Promise<void> {
    await this.label('calculators.overtime.monthly_wage').fill(amount);
  }

  month(year: number, month: number): Locator {
    return this.page.getByRole('region', { name: tr(this.locale, 'hours-log.month_title', { year, month }) });
  }

  total(month: Locator, key: string): Locator {
    return month.locator('.log-totals > div', { has: this.page.locator('dt', { hasText: tr(this.locale, key) }) }).locator('dd');
  }
}
