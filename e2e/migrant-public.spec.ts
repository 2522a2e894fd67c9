/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
// Issue 10 §4: the public foreign workers page in the five languages. Vietnamese and Thai must render
// completely with real glyphs (no raw keys, no Chinese fallback except marked names, no tofu, a Thai font
// from the page's own font stack), axe must be clean on a phone and a desktop, and the page must reload
// offline after one visit.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type PublishedRateData, rateOn, rateTablesFromPublished } from '#labor-rules';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const shots = process.env.SCREENSHOT_DIR;

// Amounts as the locale writes them (29,500 / 29.500 / 29 500).
const amount = (value: number) => new RegExp(String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '[.,\\s\\u00a0]?'));

async function openPage(page: Page, locale: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: tr(locale, 'migrant-rights.title') }).waitFor();
  await page.getByRole('heading', { level: 2, name: tr(locale, 'migrant-rights.wage.title') }).waitFor();
}

/** The minimum wage in force today at the bureau, read as the page reads it: the rates the server publishes. */
async function minimumWageToday(app: TestApp): Promise<{ monthly: number; hourly: number }> {
  const published = (await (await fetch(`${app.baseUrl}/api/v1/rates`)).json()) as PublishedRateData;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const rate = rateOn(rateTablesFromPublished(published).minimumWages, today);
  assert.ok(rate, `a minimum wage is in force on ${today}`);
  return rate;
}

/**
 * What is wrong with the text of <main>: raw keys, unfilled placeholders, and Chinese outside an element
 * marked lang="zh-Hant-TW" (the language's words are missing and the source shows through).
 */
async function completenessProblems(page: Page): Promise<{ problems: string[]; markedChinese: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return { problems: ['no main'], markedChinese: 0 };
    const problems: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.trim()) continue;
      if (/\b(?:migrant-rights|home|heat|rates|common)\.[a-z_-]+(?:\.[a-z_-]+)*\b/.test(text)) problems.push(`raw key: ${text}`);
      if (/\{\w+\}/.test(text)) problems.push(`placeholder: ${text}`);
      const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'zh-Hant-TW';
      if (/\p{Script=Han}/u.test(text) && !marked) problems.push(`unmarked Chinese: ${text}`);
    }
    return { problems, markedChinese: main.querySelectorAll('[lang="zh-Hant-TW"]').length };
  });
}

/**
 * Characters of <main> (outside marked Chinese) that render as the missing-glyph box: each is drawn on a
 * canvas in its element's font and compared with a character no font has (plane-16 private use). A
 * character that draws nothing at all (an empty .notdef) counts as missing too.
 */
async function tofu(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 64;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return ['no canvas'];
    const draw = (text: string, family: string) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.font = `32px ${family}`;
      context.fillStyle = '#000';
      context.fillText(text, 24, 44);
      return context.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((value, index) => value === b[index]);
    const blank = (a: Uint8ClampedArray) => a.every((value, index) => index % 4 !== 3 || value === 0);
    const pairs = new Map<string, Set<string>>();
    const main = document.querySelector('main');
    const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('[lang="zh-Hant-TW"]')) continue;
      const family = getComputedStyle(element).fontFamily;
      const chars = pairs.get(family) ?? new Set<string>();
      for (const char of node.textContent ?? '') if (char.trim()) chars.add(char);
      pairs.set(family, chars);
    }
    const missing: string[] = [];
    for (const [family, chars] of pairs) {
      const notdef = draw('\u{10FFFD}', family);
      for (const char of chars) {
        const drawn = draw(char, family);
        if (same(drawn, notdef) || blank(drawn)) missing.push(`${char} U+${char.codePointAt(0)?.toString(16)} in ${family}`);
      }
    }
    return missing;
  });
}

/** The fonts Chromium actually used for an element's text (DevTools protocol), with the element's font-family list. */
async function platformFonts(page: Page, selector: string): Promise<{ used: string[]; stack: string[] }> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await session.detach();
  const stack = await page.locator(selector).evaluate((element) => getComputedStyle(element).fontFamily);
  return {
    used: fonts.filter((font) => font.glyphCount > 0).map((font) => font.familyName),
    stack: stack.split(',').map((name) => name.trim().replace(/^['"]|['"]$/g, '')),
  };
}

async function assertAccessible(page: Page): Promise<void> {
  assert.deepEqual(await findAccessibilityViolations(page), []);
  await page.setViewportSize(desktop);
  assert.deepEqual(await findAccessibilityViolations(page), []);
  await page.setViewportSize(phone);
}

async function screenshots(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize(desktop);
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(phone);
}

describe('the public foreign workers page (issue 10 §4)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  test('Vietnamese: reached from the home page, complete, every glyph real, the minimum wage in force, axe clean', async () => {
    const wage = await minimumWageToday(app);
    const context = await newContext(app, { locale: 'vi', viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: new RegExp(tr('vi', 'home.services.foreign-workers.title')) }).click();
    await openPage(page, 'vi');
    assert.equal(new URL(page.url()).pathname, '/foreign-workers');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');

    const { problems, markedChinese } = await completenessProblems(page);
    assert.deepEqual(problems, []);
    // Each citation also names the law as it is titled in Chinese, marked so.
    assert.ok(markedChinese >= 10, `${markedChinese} marked Chinese citations`);
    const passport = page.locator('li.rights-rule', { hasText: tr('vi', 'migrant-rights.documents.rule') });
    assert.match(await passport.innerText(), /Luật Dịch vụ Việc làm, Điều 57, điểm 8/);
    assert.equal(await passport.locator('[lang="zh-Hant-TW"]').innerText(), '就業服務法第57條第8款');

    const figure = await page.locator('.rights-figure').innerText();
    assert.match(figure, amount(wage.monthly));
    assert.match(figure, amount(wage.hourly));
    // Home care workers are told the Labor Standards Act does not cover them, before any rule that depends on it.
    const order = await page.locator('main h2').allInnerTexts();
    assert.ok(order.indexOf(tr('vi', 'migrant-rights.coverage.title')) < order.indexOf(tr('vi', 'migrant-rights.wage.title')), order.join(' | '));
    // The centre's numbers are not in the plan: the page says so and gives 1955, never an invented number.
    const centre = page.getByRole('region', { name: tr('vi', 'home.urgent.centre') });
    await centre.getByText(tr('vi', 'migrant-rights.centre.not_published')).waitFor();
    assert.equal(await centre.locator('a[href^="tel:"]').count(), 0);
    assert.equal(await page.locator('a[href="tel:1955"]').count(), 2);

    // The bureau's own Q&A for foreign workers (content module), in Vietnamese, folded.
    const questions = page.getByRole('region', { name: tr('vi', 'migrant-rights.qa.title') });
    // The Q&A arrive by their own request: wait for the third before counting, or a slow machine reads none.
    await questions.locator('details summary').nth(2).waitFor();
    assert.ok((await questions.locator('details summary').count()) >= 3, 'the shipped migrant-worker Q&A are listed');

    assert.deepEqual(await tofu(page), []);
    // Vietnamese diacritics come from one font: no letter of the heading falls back to another.
    const heading = await platformFonts(page, 'main h1');
    assert.equal(heading.used.length, 1, heading.used.join(', '));
    await assertAccessible(page);
    await screenshots(page, 'foreign-workers-vi');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('Thai: complete, every glyph real, Thai from a font the page itself names, axe clean', async () => {
    const context = await newContext(app, { locale: 'th', viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/foreign-workers');
    await openPage(page, 'th');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
    const { problems, markedChinese } = await completenessProblems(page);
    assert.deepEqual(problems, []);
    assert.ok(markedChinese >= 10, `${markedChinese} marked Chinese citations`);
    assert.deepEqual(await tofu(page), []);
    // The Thai heading is drawn by a Thai font listed in the page's own font stack, not by whatever the
    // system happens to fall back to: on a phone without that font, the stack's next Thai font is used.
    const heading = await platformFonts(page, 'main h1');
    assert.ok(heading.used.length > 0);
    assert.ok(
      heading.used.every((family) => heading.stack.includes(family)),
      `used ${heading.used.join(', ')}; stack ${heading.stack.join(', ')}`,
    );
    await assertAccessible(page);
    await screenshots(page, 'foreign-workers-th');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('Indonesian and English, opened from a printed link (?lang=), are complete too', async () => {
    for (const locale of ['id', 'en']) {
      const context = await newContext(app, { locale: 'zh-TW', viewport: phone });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`/foreign-workers?lang=${locale}`);
      await openPage(page, locale);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
      await page.waitForURL((url) => url.search === '');
      const { problems } = await completenessProblems(page);
      assert.deepEqual(problems, [], locale);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('Traditional Chinese: from the home page centre link, citations once, axe clean', async () => {
    const context = await newContext(app, { viewport: desktop, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: tr('zh-TW', 'home.urgent.centre') }).click();
    await openPage(page, 'zh-TW');
    assert.equal(new URL(page.url()).hash, '#centre');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant-TW');
    const passport = page.locator('li.rights-rule', { hasText: tr('zh-TW', 'migrant-rights.documents.rule') });
    assert.match(await passport.innerText(), /就業服務法第57條第8款/);
    assert.equal(await passport.locator('[lang]').count(), 0, 'in Chinese the citation is not repeated');
    const fees = page.getByRole('region', { name: tr('zh-TW', 'migrant-rights.fees.title') });
    assert.equal(
      await fees.getByRole('link', { name: tr('zh-TW', 'migrant-rights.fees.official_link') }).getAttribute('href'),
      'https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=N0090028',
    );
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await page.setViewportSize(phone);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await screenshots(page, 'foreign-workers-zh');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('offline: visited once online, the Vietnamese page reloads with no network, minimum wage included', async () => {
    const wage = await minimumWageToday(app);
    const context = await newContext(app, { locale: 'vi', viewport: phone });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/foreign-workers');
    await openPage(page, 'vi');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await openPage(page, 'vi');
    await context.setOffline(true);
    await page.reload();
    await openPage(page, 'vi');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
    assert.match(await page.locator('.rights-figure').innerText(), amount(wage.monthly));
    // The published rates were kept for offline, so the page does not fall back to the built-in table.
    assert.equal(await page.getByText(tr('vi', 'rates.used.built_in_only')).count(), 0);
    assert.deepEqual((await completenessProblems(page)).problems, []);
    // The centre's record was kept: the page still knows none is published, rather than "cannot load".
    const centre = page.getByRole('region', { name: tr('vi', 'home.urgent.centre') });
    await centre.getByText(tr('vi', 'migrant-rights.centre.not_published')).waitFor();
    assert.equal(await centre.getByText(tr('vi', 'migrant-rights.centre.unavailable')).count(), 0);
    // The Q&A list was kept too: the page is whole offline.
    const questions = page.getByRole('region', { name: tr('vi', 'migrant-rights.qa.title') });
    await questions.locator('details summary').first().waitFor();
    assert.equal(await questions.getByText(tr('vi', 'migrant-rights.qa.unavailable')).count(), 0);
    const isOffline = await page.evaluate(() => fetch('/api/v1/health').then(() => false, () => true));
    assert.equal(isOffline, true, 'the network really was cut');
    await context.setOffline(false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("staff publish the centre's lines and hours; the Vietnamese page dials them and names the days in Vietnamese", async () => {
    const staff = await newContext(app, { role: 'admin', viewport: desktop, bypassCSP: true });
    const form = await staff.newPage();
    const errors = watchErrors(form);
    await form.goto('/staff/migrant-centre');
    await form.getByRole('heading', { level: 1, name: tr('zh-TW', 'migrant-rights.staff.title') }).waitFor();
    await form.getByText(tr('zh-TW', 'migrant-rights.staff.never')).waitFor();
    // A line with no language and hours that close before they open: each named, and nothing saved.
    await form.getByRole('button', { name: tr('zh-TW', 'migrant-rights.staff.add_phone') }).click();
    // A test value, not the centre's number: the plan gives none.
    await form.getByLabel(tr('zh-TW', 'migrant-rights.staff.number', { n: 1 })).fill('04 0000-0000 #12');
    await form.getByRole('button', { name: tr('zh-TW', 'migrant-rights.staff.add_hours') }).click();
    await form.getByLabel(tr('zh-TW', 'migrant-rights.staff.opens', { n: 1 })).fill('17:30');
    await form.getByLabel(tr('zh-TW', 'migrant-rights.staff.closes', { n: 1 })).fill('08:00');
    await form.getByRole('button', { name: tr('zh-TW', 'migrant-rights.staff.save') }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.getByRole('link').count(), 3, await summary.innerText());
    assert.ok((await summary.innerText()).includes(tr('zh-TW', 'migrant-rights.staff.closes_after')), await summary.innerText());
    assert.deepEqual(await findAccessibilityViolations(form), []);
    if (shots) await form.screenshot({ path: `${shots}/migrant-centre-staff-errors-desktop.png`, fullPage: true });
    // Corrected: Vietnamese and Thai on the line, Monday and Friday 08:00–17:30.
    const languages = form.getByRole('group', { name: tr('zh-TW', 'migrant-rights.staff.phone_languages', { n: 1 }) });
    await languages.getByRole('checkbox', { name: new Intl.DisplayNames(['zh-TW'], { type: 'language' }).of('vi') ?? 'vi' }).check();
    await languages.getByRole('checkbox', { name: new Intl.DisplayNames(['zh-TW'], { type: 'language' }).of('th') ?? 'th' }).check();
    const days = form.getByRole('group', { name: tr('zh-TW', 'migrant-rights.staff.days', { n: 1 }) });
    const dayName = (locale: string, day: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
    await days.getByRole('checkbox', { name: dayName('zh-TW', 1) }).check();
    await days.getByRole('checkbox', { name: dayName('zh-TW', 5) }).check();
    await form.getByLabel(tr('zh-TW', 'migrant-rights.staff.opens', { n: 1 })).fill('08:00');
    await form.getByLabel(tr('zh-TW', 'migrant-rights.staff.closes', { n: 1 })).fill('17:30');
    await form.getByRole('button', { name: tr('zh-TW', 'migrant-rights.staff.save') }).click();
    await form.getByText(tr('zh-TW', 'migrant-rights.staff.saved')).waitFor();

    const context = await newContext(app, { locale: 'vi', viewport: phone });
    const page = await context.newPage();
    await page.goto('/foreign-workers');
    await openPage(page, 'vi');
    const centre = page.getByRole('region', { name: tr('vi', 'home.urgent.centre') });
    const line = centre.getByRole('link', { name: '04 0000-0000 #12' });
    assert.equal(await line.getAttribute('href'), 'tel:0400000000,12');
    const text = await centre.innerText();
    assert.ok(text.includes(`${dayName('vi', 1)}, ${dayName('vi', 5)} 08:00–17:30`), text);
    assert.ok(text.includes(new Intl.DisplayNames(['vi'], { type: 'language' }).of('th') ?? 'th'), text);
    assert.equal(await centre.getByText(tr('vi', 'migrant-rights.centre.not_published')).count(), 0);
    assert.deepEqual((await completenessProblems(page)).problems, []);
    await context.close();

    // Back to empty, as the plan has it, for any test that runs after this one.
    for (const label of ['migrant-rights.staff.remove_phone', 'migrant-rights.staff.remove_hours']) {
      await form.getByRole('button', { name: tr('zh-TW', label, { n: 1 }) }).click();
    }
    await form.getByRole('button', { name: tr('zh-TW', 'migrant-rights.staff.save') }).click();
    await form.getByText(tr('zh-TW', 'migrant-rights.staff.no_phones')).waitFor();
    assert.deepEqual(errors, []);
    await staff.close();
  });
});
