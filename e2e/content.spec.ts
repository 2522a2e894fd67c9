/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { QaEditorPage } from './pages/content-editor-page.ts';
import { QaPage } from './pages/qa-page.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const shots = process.env.SCREENSHOT_DIR;

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('content: labor-law Q&A and news', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  test('searching 資遣 finds the severance question, and 台 finds text written with 臺', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const qa = await QaPage.open(page);
    assert.ok((await qa.results.count()) >= 40, 'the shipped questions are listed');
    const severance = await qa.searchFor('資遣');
    assert.equal(severance[0], '資遣費怎麼算？');
    const first = qa.results.first();
    assert.match((await first.locator('.legal-basis').textContent()) ?? '', /勞工退休金條例第12條/);

    const tai = await qa.searchFor('台中市政府勞工局');
    assert.ok(tai.length >= 3, `${tai.length} results for 台中市政府勞工局`);
    for (const text of await qa.results.allTextContents()) assert.match(text, /臺中市政府勞工局/);

    await qa.searchFor('資遣，費');
    assert.ok((await qa.questions()).includes('資遣費怎麼算？'), 'punctuation in the query is ignored');
    await qa.category.selectOption({ label: zh('content.categories.migrant-workers') });
    await qa.settled();
    assert.deepEqual(await qa.questions(), [], 'no migrant-worker question talks about 資遣費');
    if (shots) await page.screenshot({ path: `${shots}/qa-search-phone.png`, fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a draft written by staff is not public until it is published', async () => {
    const staff = await newContext(app, { role: 'programs-officer', viewport: desktop });
    const page = await staff.newPage();
    const editor = await QaEditorPage.openNew(page);
    await editor.category.selectOption({ label: zh('content.categories.leave') });
    await editor.fillCitation(1, '勞工請假規則', '3');
    await editor.fillText('zh-TW', '外祖父母過世有喪假嗎？', '祖父母喪亡者，給喪假6日，工資照給。');
    const id = await editor.saveDraft();
    assert.match(id, /^[0-9a-f-]{36}$/);

    const visitor = await newContext(app);
    assert.equal((await visitor.request.get(`/api/v1/qa/${id}`)).status(), 404, 'a draft is not public');
    const publicPage = await visitor.newPage();
    const qa = await QaPage.open(publicPage);
    assert.ok(!(await qa.searchFor('外祖父母過世')).includes('外祖父母過世有喪假嗎？'), 'not found while a draft');

    if (shots) await page.screenshot({ path: `${shots}/qa-editor-desktop.png`, fullPage: true });
    await editor.publish.click();
    await editor.unpublish.waitFor();
    assert.equal((await visitor.request.get(`/api/v1/qa/${id}`)).status(), 200);
    await publicPage.reload();
    await qa.settled();
    assert.deepEqual(await qa.questions(), ['外祖父母過世有喪假嗎？'], 'found once published');
    await publicPage.goto(`/qa/${id}`);
    await settle(publicPage);
    assert.equal(await publicPage.getByRole('heading', { level: 1 }).textContent(), '外祖父母過世有喪假嗎？');
    assert.match((await publicPage.locator('.legal-basis').textContent()) ?? '', /勞工請假規則第3條/);
    await staff.close();
    await visitor.close();
  });

  test('an untranslated answer says it is shown in Chinese', async () => {
    // Every shipped item is translated (issue 15 §2): the item staff wrote above has Chinese only.
    const context = await newContext(app, { locale: 'th', viewport: desktop });
    const page = await context.newPage();
    await page.goto('/qa?category=leave');
    await settle(page);
    const fallback = page.locator('.qa-list .qa-item').filter({ has: page.locator('.fallback-notice') });
    assert.equal(await fallback.count(), 1);
    assert.equal(await fallback.locator('.fallback-notice').textContent(), tr('th', 'content.qa.fallback_notice'));
    assert.equal(await fallback.locator('summary').getAttribute('lang'), 'zh-Hant-TW');
    if (shots) await page.screenshot({ path: `${shots}/qa-thai-fallback-desktop.png` });
    await context.close();
  });

  test('the news pages announce a feed that is well-formed Atom', async () => {
    const context = await newContext(app);
    const page = await context.newPage();
    await page.goto('/news');
    await settle(page);
    assert.ok((await page.locator('.news-list > li').count()) >= 5);
    const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    assert.equal(href, '/api/v1/news/feed.atom?lang=zh-TW');
    const response = await context.request.get(href ?? '');
    assert.match(response.headers()['content-type'] ?? '', /^application\/atom\+xml/);
    const xml = await response.text();
    const check = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) return { error: doc.documentElement.textContent };
      const ns = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const one = (parent: Element, name: string) => parent.getElementsByTagNameNS(ns, name)[0]?.textContent ?? '';
      const entries = [...feed.getElementsByTagNameNS(ns, 'entry')];
      return {
        root: feed.localName,
        namespace: feed.namespaceURI,
        id: one(feed, 'id'),
        updated: one(feed, 'updated'),
        self: [...feed.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
        entries: entries.map((e) => ({
          id: one(e, 'id'),
          title: one(e, 'title'),
          published: one(e, 'published'),
          updated: one(e, 'updated'),
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
          contentType: e.getElementsByTagNameNS(ns, 'content')[0]?.getAttribute('type'),
        })),
      };
    }, xml);
    assert.equal('error' in check ? check.error : undefined, undefined);
    if ('error' in check) return;
    assert.equal(check.root, 'feed');
    assert.equal(check.namespace, 'http://www.w3.org/2005/Atom');
    assert.match(check.id, /^tag:/);
    assert.match(check.updated, /^\d{4}-\d{2}-\d{2}T/);
    assert.match(check.self ?? '', /\/api\/v1\/news\/feed\.atom\?lang=zh-TW$/);
    assert.ok(check.entries.length >= 5);
    for (const entry of check.entries) {
      assert.match(entry.id, /^tag:[^,]+,\d{4}-\d{2}-\d{2}:news\//);
      assert.ok(entry.title && entry.published && entry.updated && entry.link, JSON.stringify(entry));
      assert.equal(entry.contentType, 'html');
    }
    await page.locator('.news-list h2 a').first().click();
    await settle(page);
    assert.ok(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').count(), 'the post page announces the feed too');
    await context.close();
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1280×800', desktop],
  ] as const) {
    test(`Q&A, news and their editors have no axe violations at ${label}`, async () => {
      const staff = await newContext(app, { role: 'programs-officer', viewport, bypassCSP: true });
      const visitor = await newContext(app, { viewport, bypassCSP: true });
      const qaId = ((await (await visitor.request.get('/api/v1/qa?q=資遣')).json()) as { items: { id: string }[] }).items[0]?.id;
      const newsId = ((await (await visitor.request.get('/api/v1/news')).json()) as { items: { id: string }[] }).items[0]?.id;
      const visits: [string, 'staff' | 'visitor'][] = [
        ['/qa', 'visitor'],
        [`/qa/${qaId}`, 'visitor'],
        ['/news', 'visitor'],
        [`/news/${newsId}`, 'visitor'],
        ['/staff/content/qa', 'staff'],
        [`/staff/content/qa/${qaId}`, 'staff'],
        ['/staff/content/qa/new', 'staff'],
        ['/staff/content/news', 'staff'],
        [`/staff/content/news/${newsId}`, 'staff'],
      ];
      const failures: string[] = [];
      for (const [path, who] of visits) {
        const page = await (who === 'staff' ? staff : visitor).newPage();
        const errors = watchErrors(page);
        await page.goto(path);
        await settle(page);
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${path}:\n  ${violations.join('\n  ')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${path}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
        if (errors.length) failures.push(`${path}: page errors ${errors.join('; ')}`);
        if (shots) {
          const name = path.replace(/[0-9a-f-]{36}/, 'id').replace(/\W+/g, '-').replace(/^-|-$/g, '');
          await page.screenshot({ path: `${shots}/${name}-${viewport.width}.png` });
        }
        await page.close();
      }
      await staff.close();
      await visitor.close();
      assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
    });
  }
});
