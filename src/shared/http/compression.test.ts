import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

// Issue 15 §7: the first visit sent 501 KB of JavaScript uncompressed; the server ignored Accept-Encoding.
// The build writes .br and .gz copies; the server sends the one the browser asks for.
describe('compressed web assets', () => {
  let t: TestContext;
  const root = mkdtempSync(join(tmpdir(), 'web-root-'));
  const script = `export const greeting = ${JSON.stringify('勞動權益'.repeat(400))};\n`;
  const html = `<!doctype html><html lang="zh-Hant-TW"><head><title>臺中市政府勞工局</title></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;

  before(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'index-abc.js'), script);
    writeFileSync(join(root, 'assets', 'index-abc.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'assets', 'index-abc.js.gz'), gzipSync(script));
    writeFileSync(join(root, 'index.html'), html);
    t = await createTestContext({ webRoot: root });
  });
  after(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding?: string) => t.app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends Brotli to a browser that takes it, gzip to one that takes only gzip, and the file to one that takes neither', async () => {
    const br = await get('/assets/index-abc.js', 'gzip, deflate, br');
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('vary') ?? '', /accept-encoding/i);
    assert.match(br.headers.get('content-type') ?? '', /javascript/);
    assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), script);
    const gz = await get('/assets/index-abc.js', 'gzip');
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), script);
    const plain = await get('/assets/index-abc.js');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), script);
  });

  it('compresses the app page of every client route, and refuses an encoding the browser gives q=0', async () => {
    const page = await get('/calculators/severance', 'br;q=0, gzip');
    assert.equal(page.headers.get('content-encoding'), 'gzip');
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    assert.match(page.headers.get('vary') ?? '', /accept-encoding/i);
    assert.equal(gunzipSync(Buffer.from(await page.arrayBuffer())).toString(), html);
    const brPage = await get('/heat', 'br');
    assert.equal(brotliDecompressSync(Buffer.from(await brPage.arrayBuffer())).toString(), html);
    assert.equal(await (await get('/heat')).text(), html);
  });
});
