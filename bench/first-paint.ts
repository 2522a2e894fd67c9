/**
 * The first visit to `/` as the review measured it (issue 15 §7): Debian's Chromium on a slow phone line
 * (1.6 Mbps down, 750 kbps up, 150 ms latency) with the CPU slowed 4×, a fresh profile, against the running
 * platform. Prints the first contentful paint, the JavaScript and total bytes over the wire (compressed, as
 * sent), the number of requests, and what the service worker then precaches (the files of precache.json, as
 * the browser downloads them, Brotli-compressed).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

export async function firstPaintBenchmarks(baseUrl: string, webRoot = 'web/dist'): Promise<string[][]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-TW', serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const types = new Map<string, string>();
    let requests = 0;
    let totalBytes = 0;
    let jsBytes = 0;
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      requests += 1;
      totalBytes += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') jsBytes += event.encodedDataLength;
    });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    // The paint timing entry, read once the page has painted its text.
    await page.locator('h1').first().waitFor();
    const fcp = await page.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          const found = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
          if (found) return resolve(found.startTime);
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(null), 5000);
        }),
    );
    await context.close();
    const precacheFile = join(webRoot, 'precache.json');
    // The service worker stores the shared files and the visitor's language (Chinese needs nothing more).
    const list = existsSync(precacheFile)
      ? (JSON.parse(readFileSync(precacheFile, 'utf8')) as { shared: string[]; locales: Record<string, string[]> })
      : { shared: [], locales: {} };
    const bytes = (files: readonly string[]) =>
      files.reduce((sum, file) => {
        const path = join(webRoot, file);
        return sum + (existsSync(`${path}.br`) ? statSync(`${path}.br`).size : existsSync(path) ? statSync(path).size : 0);
      }, 0);
    const precache = list.shared;
    const precacheBytes = bytes(precache);
    const vietnamese = list.locales.vi ?? [];
    return [
      ['first visit to / on a throttled phone: first contentful paint', fcp === null ? 'not reported' : `${Math.round(fcp).toLocaleString('en-US')} ms (target under 2,000 ms)`],
      ['first visit to /: JavaScript over the wire / all bytes / requests', `${kb(jsBytes)} / ${kb(totalBytes)} / ${requests}`],
      ['service worker precache (public app only, as downloaded): a Chinese reader', `${precache.length} files, ${kb(precacheBytes)}`],
      ['service worker precache: a Vietnamese reader', `${precache.length + vietnamese.length} files, ${kb(precacheBytes + bytes(vietnamese))}`],
    ];
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
  for (const [label, value] of await firstPaintBenchmarks(url)) console.log(`${label}  ${value}`);
}
