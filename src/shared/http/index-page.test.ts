import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { fillTemplate, indexPage, pageKind } from './index-page.ts';

const template = '<!doctype html>\n<html lang="zh-Hant-TW">\n<head><title>臺中市勞動權益</title></head>\n<body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>';

describe('the index page and its first paint (issue 15 §7)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'index-page-'));
  writeFileSync(join(dir, 'index.html'), template);
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the home page, the other public pages and the back office each their kind', () => {
    assert.equal(pageKind('/'), 'home');
    assert.equal(pageKind('/index.html'), 'home');
    assert.equal(pageKind('/qa'), 'shell');
    assert.equal(pageKind('/staffing-news'), 'shell', 'only the back office itself is left plain');
    assert.equal(pageKind('/staff'), 'plain');
    assert.equal(pageKind('/staff/complaints'), 'plain');
  });

  it('puts the markup in the root and the language on <html>, and refuses a template without an empty root', () => {
    const filled = fillTemplate(template, { html: '<p>Cục Lao động $& $1</p>', lang: 'vi' });
    assert.match(filled, /<html lang="vi">/);
    assert.ok(filled.includes('<div id="root"><p>Cục Lao động $& $1</p></div>'), 'replacement patterns in the markup are kept as text');
    assert.ok(filled.includes('<title>臺中市勞動權益</title>'), 'no title given: the template keeps its own');
    const titled = fillTemplate(template, { html: '', lang: 'vi', title: 'Trang chủ <b> & | Quyền lợi' });
    assert.ok(titled.includes('<title>Trang chủ &lt;b&gt; &amp; | Quyền lợi</title>'), 'the title is text, escaped');
    assert.throws(() => fillTemplate('<div id="root">x</div>', { html: '', lang: 'vi' }), /no empty #root/);
  });

  it('without a renderer sends the plain page, in the encoding asked for', async () => {
    const page = indexPage(dir, { city: { name: '臺中市' }, rendererPath: join(dir, 'missing.js') });
    const br = await page({ acceptEncoding: 'gzip, br', kind: 'home', locale: 'vi' });
    assert.equal(br.encoding, 'br');
    assert.equal(brotliDecompressSync(br.body).toString(), template);
    const gz = await page({ acceptEncoding: 'br;q=0, gzip', kind: 'shell', locale: 'th' });
    assert.equal(gz.encoding, 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), template);
    const identity = await page({ acceptEncoding: undefined });
    assert.equal(identity.encoding, null);
    assert.equal(Buffer.from(identity.body).toString(), template);
  });

  it('renders each public kind and language once with the renderer, and leaves the back office plain', async () => {
    const calls: string[] = [];
    const renderer = join(dir, 'renderer.mjs');
    // A stand-in for web/dist-ssr/prerender.js (a build product, absent before the web build): the same export.
    writeFileSync(
      renderer,
      `export function prerender(kind, locale, city) { globalThis.__renders = (globalThis.__renders ?? 0) + 1;
         return { html: '<h1>' + kind + ' ' + city.name + '</h1>', lang: locale === 'vi' ? 'vi' : 'zh-Hant-TW' }; }`,
    );
    const page = indexPage(dir, { city: { name: '臺中市' }, rendererPath: renderer, onError: (error) => calls.push(String(error)) });
    const home = await page({ acceptEncoding: 'br', kind: 'home', locale: 'vi' });
    const html = brotliDecompressSync(home.body).toString();
    assert.match(html, /<html lang="vi">/);
    assert.ok(html.includes('<div id="root"><h1>home 臺中市</h1></div>'));
    await page({ acceptEncoding: 'gzip', kind: 'home', locale: 'vi' });
    const shell = gunzipSync((await page({ acceptEncoding: 'gzip', kind: 'shell', locale: 'vi' })).body).toString();
    assert.ok(shell.includes('<h1>shell 臺中市</h1>'));
    assert.equal((globalThis as { __renders?: number }).__renders, 2, 'home and shell in Vietnamese, each rendered once');
    const staff = await page({ acceptEncoding: undefined, kind: 'plain', locale: 'vi' });
    assert.equal(Buffer.from(staff.body).toString(), template);
    assert.deepEqual(calls, []);
  });
});
