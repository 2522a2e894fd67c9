/// <reference lib="dom" />
// The second pass's calculators (issue 14): notice pay, maternity and parental leave, occupational
// injury, pension contributions, and retirement next to severance. Rules run in the browser, so each
// works offline after the first visit; the figures are the sourced examples of the package's tests.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, goOffline, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { CalculatorPage } from './pages/calculator-page.ts';

async function primeOfflineCache(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens a calculator (in-app navigation while offline works through the service worker), fills it and calculates. */
async function compute(page: Page, locale: string, service: string, values: Record<string, string>, choices: Record<string, string> = {}): Promise<CalculatorPage> {
  const calculator = await CalculatorPage.open(page, service, `/calculators/${service}`, locale);
  for (const [key, value] of Object.entries(choices)) await calculator.field(key).selectOption(value);
  await calculator.fill(values);
  await calculator.calculate.click();
  await calculator.steps().first().waitFor();
  return calculator;
}

// Amounts as the locale writes them (30,000 / 30.000 / 30 000).
const amount = (digits: string) => new RegExp(digits.replace(/\B(?=(\d{3})+(?!\d))/g, '[.,\\s\\u00a0]?'));

async function runAll(page: Page, locale: string): Promise<Record<string, string>> {
  const steps: Record<string, string> = {};
  // LSA Art. 16, the MOL rule's worked example: 2 y 6 m, no notice, NT$30,000 → 20 days, NT$20,000.
  const notice = await compute(page, locale, 'notice-pay', {
    'calculators.common.average_monthly_wage': '30000',
    'calculators.common.hire_date': '2023-07-01',
    'calculators.severance.termination_date': '2025-12-31',
  });
  assert.match(await notice.figure('calculators.notice.notice_pay').innerText(), amount('20000'));
  assert.match(await notice.figure('calculators.notice.notice_days').innerText(), /20/);
  steps.notice = (await notice.steps().allInnerTexts()).join('\n');

  // LSA Art. 50 para. 2: over 6 months' service, 56 days × 30,000 ÷ 30 = NT$56,000.
  const maternity = await compute(page, locale, 'maternity-leave', {
    'calculators.maternity.monthly_wage': '30000',
    'calculators.common.hire_date': '2025-01-01',
    'calculators.maternity.leave_start': '2026-03-01',
  });
  assert.match(await maternity.figure('calculators.maternity.pay').innerText(), amount('56000'));
  steps.maternity = (await maternity.steps().allInnerTexts()).join('\n');

  // Gender Equality in Employment Act Art. 15: 7 days of paternity leave at 30,000 ÷ 30 = NT$7,000.
  const parental = await compute(page, locale, 'parental-leave', { 'calculators.maternity.monthly_wage': '30000', 'calculators.parental.date': '2026-03-02' });
  assert.match(await parental.figure('calculators.parental.paternity').innerText(), amount('7000'));

  // LSA Art. 59 subpara. 4: 5 + 40 months of NT$40,000, less NT$500,000 of insurance benefits = NT$1,300,000.
  const injury = await compute(
    page, locale, 'occupational-injury',
    { 'calculators.common.average_monthly_wage': '40000', 'calculators.injury.insurance_paid': '500000' },
    { 'calculators.injury.kind': 'death' },
  );
  assert.match(await injury.figure('calculators.injury.employer_owes').innerText(), amount('1300000'));
  assert.match(await injury.figure('calculators.injury.death_compensation').innerText(), amount('1600000'));

  // LPA Art. 14: the employer's 6 % of NT$30,000 = NT$1,800; voluntary 6 % = NT$1,800.
  const pension = await compute(page, locale, 'pension-contribution', {
    'calculators.maternity.monthly_wage': '30000',
    'calculators.pension.date': '2026-01-15',
    'calculators.pension.voluntary': '6',
  });
  assert.match(await pension.figure('calculators.pension.employer').innerText(), amount('1800'));
  assert.match(await pension.figure('calculators.pension.voluntary_amount').innerText(), amount('1800'));
  return steps;
}

describe('the second pass calculators (notice, leave, injury, pension)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  for (const locale of ['zh-TW', 'id'] as const) {
    test(`in ${locale}, with the network cut after the first visit: sourced examples, steps and citations in the language`, async () => {
      const context = await newContext(app, { locale });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/calculators/notice-pay');
      await primeOfflineCache(page);
      await goOffline(context, page);

      const steps = await runAll(page, locale);
      if (locale === 'zh-TW') {
        assert.match(steps.notice ?? '', /勞動基準法第16條/);
        assert.match(steps.maternity ?? '', /勞動基準法第50條/);
      } else {
        assert.equal(await page.getAttribute('html', 'lang'), 'id');
        assert.match(steps.notice ?? '', /Undang-Undang Standar Ketenagakerjaan, Pasal 16/);
        assert.doesNotMatch(steps.notice ?? '', /勞動基準法/);
      }
      assert.deepEqual(errors, []);
      await context.setOffline(false);
      await context.close();
    });
  }

  test('severance shows the old-system pension next to it for a worker who may retire (LSA Arts. 53, 55)', async () => {
    const context = await newContext(app, { locale: 'en' });
    const page = await context.newPage();
    // 25 years of service at 60 may retire (Art. 53); 20 old-system years give 15 × 2 + 5 × 1 = 35 bases (Art. 55 para. 1 subpara. 1).
    await page.goto('/calculators/severance?wage=40000&mode=service&oldY=20&newY=5&age=60');
    const calculator = new CalculatorPage(page, 'en');
    await calculator.steps().first().waitFor();
    assert.equal(await calculator.figure('calculators.severance.retirement_eligible').innerText(), tr('en', 'calculators.common.yes'));
    assert.match(await calculator.figure('calculators.severance.old_pension').innerText(), /1,400,000 \(35 /);
    await context.close();
  });

  test('axe finds no violations on the new calculators with results, on phone and desktop', async () => {
    const failures: string[] = [];
    for (const viewport of [undefined, desktop]) {
      const context = await newContext(app, { bypassCSP: true, ...(viewport ? { viewport } : {}) });
      const page = await context.newPage();
      const visits = [
        '/calculators/notice-pay?wage=30000&hire=2023-07-01&end=2025-12-31&given=5',
        '/calculators/maternity-leave?wage=30000&hire=2025-01-01&start=2026-03-01',
        '/calculators/parental-leave?wage=30000&date=2026-03-02',
        '/calculators/occupational-injury?kind=medical-leave&wage=40000&original=40000&days=30&medical=5000',
        '/calculators/pension-contribution?wage=30000&date=2026-01-15&voluntary=3&years=10&returnRate=3',
        '/calculators/severance?wage=40000&mode=service&oldY=20&newY=5&age=60',
      ];
      for (const path of visits) {
        await page.goto(path);
        await new CalculatorPage(page, 'zh-TW').steps().first().waitFor();
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${path}: ${violations.join('\n')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${path}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
      }
      await context.close();
    }
    assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
  });
});
