/**
 * The single-page app's index.html, in the encodings a browser asks for (issue 15 §7: the server used to
 * ignore Accept-Encoding), with the public pages' first paint rendered in (issue 15 §7: text paints
 * before the JavaScript runs).
 *
 * web/dist-ssr/prerender.js (built from web/src/prerender.tsx) renders the public layout in the visitor's
 * language, with the home page's content on `/`; the app renders over it when its code has run. Each
 * variant (home or shell, per language) is rendered and compressed once, off the event loop where zlib
 * allows, and kept. The back office gets the plain page. Without the renderer (a build without it), every
 * page is the plain one, as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Locale } from '../i18n/locales.ts';

export type Encoded = { body: Uint8Array; encoding: 'br' | 'gzip' | null };
type Variants = { plain: Uint8Array; br: Uint8Array; gzip: Uint8Array };
export type PageKind = 'home' | 'shell' | 'plain';

type Rendered = { html: string; lang: string; title?: string };
type Renderer = { prerender: (kind: 'home' | 'shell', locale: Locale, city: unknown) => Rendered };

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Whether an Accept-Encoding header accepts an encoding (a q of 0 refuses it). */
function accepts(header: string, encoding: string): boolean {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== encoding) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Which first paint a path gets: the back office none (its pages are behind sign-in and in their own chunk). */
export function pageKind(pathname: string): PageKind {
  if (pathname === '/' || pathname === '/index.html') return 'home';
  if (pathname === '/staff' || pathname.startsWith('/staff/')) return 'plain';
  return 'shell';
}

async function compress(plain: Uint8Array): Promise<Variants> {
  const [br, gz] = await Promise.all([
    brotli(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } }),
    gzipAsync(plain, { level: 9 }),
  ]);
  return { plain, br, gzip: gz };
}

function choose(variants: Variants, acceptEncoding: string | undefined): Encoded {
  const header = acceptEncoding ?? '';
  if (accepts(header, 'br')) return { body: variants.br, encoding: 'br' };
  if (accepts(header, 'gzip')) return { body: variants.gzip, encoding: 'gzip' };
  return { body: variants.plain, encoding: null };
}

/** Puts the rendered markup into the root element, the language on <html> and the page's title in <title>. */
export function fillTemplate(template: string, rendered: Rendered): string {
  if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root element');
  const filled = template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeText(rendered.lang).replace(/"/g, '&quot;')}">`)
    .replace('<div id="root"></div>', () => `<div id="root">${rendered.html}</div>`);
  return rendered.title ? filled.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(rendered.title ?? '')}</title>`) : filled;
}

export function indexPage(
  webRoot: string,
  options: { city?: unknown; rendererPath?: string; onError?: (error: unknown) => void } = {},
): (request: { acceptEncoding: string | undefined; kind?: PageKind; locale?: Locale }) => Promise<Encoded> {
  const path = `${webRoot}/index.html`;
  const template = readFileSync(path);
  const plain: Promise<Variants> = Promise.resolve({
    plain: template,
    br: existsSync(`${path}.br`) ? readFileSync(`${path}.br`) : Buffer.alloc(0),
    gzip: existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`) : Buffer.alloc(0),
  }).then((read) => (read.br.length && read.gzip.length ? read : compress(template)));
  const rendererPath = options.rendererPath ?? `${webRoot}/../dist-ssr/prerender.js`;
  let renderer: Promise<Renderer | undefined> | undefined;
  const loadRenderer = () => {
    renderer ??= existsSync(rendererPath) && options.city
      ? (import(pathToFileURL(resolve(rendererPath)).href) as Promise<Renderer>).catch((error: unknown) => {
          options.onError?.(error);
          return undefined;
        })
      : Promise.resolve(undefined);
    return renderer;
  };
  // Loaded now, while the server starts, rather than on the first visitor's request.
  void loadRenderer();
  const rendered = new Map<string, Promise<Variants>>();
  const variant = async (kind: 'home' | 'shell', locale: Locale): Promise<Variants> => {
    const loaded = await loadRenderer();
    if (!loaded) return plain;
    const key = `${kind}:${locale}`;
    let found = rendered.get(key);
    if (!found) {
      found = (async () => {
        const html = fillTemplate(template.toString('utf8'), loaded.prerender(kind, locale, options.city));
        return compress(new TextEncoder().encode(html));
      })().catch((error: unknown) => {
        // A page the renderer cannot draw still works: the app draws it. Tried again on the next start.
        options.onError?.(error);
        return plain;
      });
      rendered.set(key, found);
    }
    return found;
  };
  return async ({ acceptEncoding, kind = 'plain', locale = 'zh-TW' }) =>
    choose(kind === 'plain' ? await plain : await variant(kind, locale), acceptEncoding);
}
