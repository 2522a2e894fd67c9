/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { HomePage } from './pages/home-page.ts';

describe('public site', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('a link opens the next page without a reload and moves focus to its heading; the first load does not', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await HomePage.verifyOnPage(page);
    await page.waitForLoadState('networkidle');
    assert.ok(scripts.length > 0);
    assert.deepEqual(scripts.filter((path) => /staff-app/.test(path)), [], 'a public visitor never downloads the back office');
    const list = (await (await context.request.get('/precache.json')).json()) as { shared: string[]; locales: Record<string, string[]> };
    const precache = [...list.shared, ...Object.values(list.locales).flat()];
    assert.ok(precache.some((path) => /calculator-routes/.test(path)), 'the service worker stores the lazy public pages');
    assert.deepEqual(precache.filter((path) => /staff-app/.test(path)), [], 'nor does its service worker');
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the first load keeps the browser focus');
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same document'));
    await page.getByRole('contentinfo').getByRole('link', { name: tr('zh-TW', 'common.footer.settings') }).click();
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'settings.title') }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: string }).marker), 'same document', 'no reload');
    await page.goBack();
    await HomePage.verifyOnPage(page);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('switching language changes the text and <html lang>, and the choice survives a reload', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    const home = await HomePage.verifyOnPage(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant-TW');

    await home.languageSelect.selectOption('en');
    await HomePage.verifyOnPage(page, 'en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.title(), new RegExp(tr('en', 'home.title')));

    await page.reload();
    const reloaded = await HomePage.verifyOnPage(page, 'en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await reloaded.languageSelect.inputValue(), 'en');
    const cookies = await context.cookies();
    assert.equal(cookies.find((cookie) => cookie.name === 'lang')?.value, 'en', 'the server is told the language too');

    await reloaded.languageSelect.selectOption('th');
    await HomePage.verifyOnPage(page, 'th');
    assert.equal(await page.getAttribute('html', 'lang'), 'th');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the server answers errors in the chosen language', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    await page.goto('/');
    const home = await HomePage.verifyOnPage(page);
    await home.languageSelect.selectOption('vi');
    await HomePage.verifyOnPage(page, 'vi');
    const response = await page.request.get('/api/v1/staff/accounts');
    assert.equal(response.status(), 401);
    const problem = (await response.json()) as { title: string };
    assert.doesNotMatch(problem.title, /請先登入/, 'not the Chinese message');
    await context.close();
  });

  test('the manifest is linked and valid, and the service worker takes control', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    await page.goto('/calculators/overtime-pay');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.equal(href, '/manifest.webmanifest');
    const manifest = (await (await page.request.get(href ?? '')).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.display, 'standalone');
    for (const size of ['192x192', '512x512']) assert.ok(manifest.icons.some((icon) => icon.sizes === size));
    assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable'));
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      assert.equal(response.headers()['content-type'], 'image/png', icon.src);
    }
    const scriptUrl = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL ?? '';
    });
    assert.equal(new URL(scriptUrl).pathname, '/sw.js');
    assert.equal(new URL(scriptUrl).searchParams.get('lang'), 'zh-TW');
    // The public app and Chinese are stored; no other language's translations (issue 15 §7).
    const stored = await page.evaluate(async () => {
      const list = (await (await fetch('/precache.json')).json()) as { shared: string[]; locales: Record<string, string[]> };
      const deadline = Date.now() + 20_000;
      const cache = await caches.open('assets-v3');
      const has = async (file: string) => Boolean(await cache.match(file));
      while (Date.now() < deadline && !(await Promise.all(list.shared.map(has))).every(Boolean)) await new Promise((r) => setTimeout(r, 200));
      return {
        shared: (await Promise.all(list.shared.map(has))).filter(Boolean).length,
        sharedTotal: list.shared.length,
        vietnamese: (await Promise.all((list.locales.vi ?? []).map(has))).filter(Boolean).length,
        vietnameseTotal: (list.locales.vi ?? []).length,
      };
    });
    assert.equal(stored.shared, stored.sharedTotal, 'every shared public file is precached');
    assert.ok(stored.vietnameseTotal > 0, 'the build lists the Vietnamese translations apart');
    assert.equal(stored.vietnamese, 0, 'no Vietnamese translation is stored for a Chinese reader');
    await context.close();
  });
});
