/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
// Issue 15 acceptance: a Thai and a Vietnamese reader walk through every public page on a phone and find no
// untranslated string: no raw i18n key, no unfilled {placeholder}, and no Chinese outside an element marked
// lang="zh-Hant-TW" (content shown as a fallback, and names that are Chinese in every language, such as a
// district's 北屯區 or an employer's registered name). axe is clean on each page.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { calculatorPaths } from './public-paths.ts';

/** The web catalog's namespaces (one file each): a text that starts with one of them and a dot is a raw key. */
const namespaces = readdirSync(new URL('../web/src/i18n/locales/en/', import.meta.url)).map((file) => file.replace(/\.json$/, ''));

/** Every public page a signed-out visitor can open; one item of each list stands for its detail pages. */
const staticPaths = [
  '/',
  '/settings',
  '/foreign-workers',
  '/heat',
  '/qa',
  '/news',
  '/complaints',
  '/complaints/status',
  '/mediation',
  '/violations',
  ...calculatorPaths,
  '/indicators',
  '/jobs',
  '/youth',
  '/job-fairs',
  '/programs',
  '/zero-disaster',
  '/account/sign-in',
  '/account/sign-up',
  '/account/employer/sign-up',
  '/account/password-reset',
  '/no-such-page',
];

async function detailPaths(context: BrowserContext): Promise<string[]> {
  // Tolerant of an empty list: a list without items stands for no detail page.
  const get = async <T>(path: string) => ({ items: [], ...((await (await context.request.get(path)).json()) as object) }) as T;
  const qa = await get<{ items: { id: string }[] }>('/api/v1/qa?lang=vi');
  const news = await get<{ items: { id: string }[] }>('/api/v1/news?lang=vi');
  const fairs = await get<{ items: { id: string }[] }>('/api/v1/job-fairs?lang=vi');
  const programs = await get<{ items: { code: string }[] }>('/api/v1/programs?lang=vi');
  return [
    ...(qa.items[0] ? [`/qa/${qa.items[0].id}`] : []),
    ...(news.items[0] ? [`/news/${news.items[0].id}`] : []),
    ...(fairs.items[0] ? [`/job-fairs/${fairs.items[0].id}`] : []),
    ...(programs.items[0] ? [`/programs/${programs.items[0].code}`] : []),
  ];
}

/** What is untranslated in <main> (and the header and footer): raw keys, placeholders, unmarked Chinese. */
async function untranslated(page: Page, keyPrefixes: string[]): Promise<string[]> {
  return page.evaluate((prefixes) => {
    const problems: string[] = [];
    const rawKey = new RegExp(`\\b(?:${prefixes.join('|')})\\.[a-z_][\\w-]*(?:\\.[\\w-]+)*\\b`);
    for (const root of document.querySelectorAll('header, main, footer')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const element = node.parentElement;
        if (!text || !element || element.closest('script, style, [hidden]')) continue;
        if (rawKey.test(text) && !/@|https?:|www\./.test(text)) problems.push(`raw key: ${text}`);
        if (/\{\w+\}/.test(text)) problems.push(`placeholder: ${text}`);
        const marked = element.closest('[lang]')?.getAttribute('lang') === 'zh-Hant-TW';
        // Chinese on purpose inside a translated sentence (資遣費 after its Vietnamese name, 北屯區 Beitun
        // Dist., an example of what to type) is the reader's language with a Chinese term: the sentence has
        // letters of its own script. Chinese alone, unmarked, is text the reader cannot read.
        const chineseOnly = /\p{Script=Han}/u.test(text) && !/\p{L}/u.test(text.replace(/\p{Script=Han}/gu, ''));
        if (chineseOnly && !marked) problems.push(`unmarked Chinese: ${text.slice(0, 80)}`);
      }
    }
    return problems;
  }, keyPrefixes);
}

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('every public page in Thai and Vietnamese (issue 15 acceptance)', () => {
  let app: TestApp;
  let paths: string[];
  before(async () => {
    app = await useApp();
    const probe = await newContext(app);
    paths = [...staticPaths, ...(await detailPaths(probe))];
    await probe.close();
  });

  for (const locale of ['vi', 'th'] as const) {
    test(`${locale}: no untranslated string on any public page at 390 px, and axe is clean`, async () => {
      const context = await newContext(app, { viewport: phone, locale, bypassCSP: true });
      const failures: string[] = [];
      for (const path of paths) {
        const page = await context.newPage();
        const errors = watchErrors(page);
        // What went wrong on the wire, for the message of a page that never settles.
        const wire: string[] = [];
        page.on('requestfailed', (request) => wire.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
        page.on('response', (response) => {
          if (response.status() >= 400) wire.push(`${response.url()} ${response.status()}`);
        });
        const started = Date.now();
        await page.goto(path);
        try {
          await settle(page);
        } catch (error) {
          // Name the page and what it showed: a heading that never came is otherwise a bare timeout.
          const shown = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
          failures.push(`${path}: no settled page after ${Date.now() - started} ms (${(error as Error).message.split('\n')[0]}); shown: ${shown}; errors: ${errors.join('; ')}; wire: ${wire.join('; ')}`);
          await page.close();
          continue;
        }
        const failed = page.locator('[data-page-error]');
        if (await failed.count()) failures.push(`${path}: the page failed: ${await failed.first().getAttribute('data-page-error')}`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), locale, `${path}: <html lang>`);
        const problems = await untranslated(page, namespaces);
        if (problems.length) failures.push(`${path}:\n  ${[...new Set(problems)].join('\n  ')}`);
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${path} (axe):\n  ${violations.join('\n  ')}`);
        if (errors.length) failures.push(`${path}: page errors ${errors.join('; ')}`);
        await page.close();
      }
      await context.close();
      assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
    });
  }
});
