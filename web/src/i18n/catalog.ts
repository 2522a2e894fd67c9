import { isLocale, type Locale, sourceLocale } from '../../../src/shared/i18n/locales.ts';
import { retryOnce } from '../app/retry.ts';

export type Catalog = Record<string, string>;
export type Params = Record<string, string | number>;
type Tree = { [key: string]: string | Tree };

// What the public first load shows (the layout, home, settings) is bundled with the app in the source
// language; every other namespace, and every namespace of the other languages, is fetched with the page that
// needs it. Each module adds its own namespace, and the first load must stay under its budget (bench/first-load.ts).
export const coreNamespaces = ['common', 'home', 'settings', 'public-account'] as const;
const sourceFiles = import.meta.glob<Tree>(
  ['./locales/zh-TW/common.json', './locales/zh-TW/home.json', './locales/zh-TW/settings.json', './locales/zh-TW/public-account.json'],
  { eager: true, import: 'default' },
);
const sourceRest = import.meta.glob<Tree>(
  ['./locales/zh-TW/*.json', '!./locales/zh-TW/common.json', '!./locales/zh-TW/home.json', '!./locales/zh-TW/settings.json', '!./locales/zh-TW/public-account.json'],
  { import: 'default' },
);
const otherFiles = import.meta.glob<Tree>(['./locales/*/*.json', '!./locales/zh-TW/*.json'], { import: 'default' });

function namespaceOf(path: string): { locale: string; namespace: string } {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return { locale: match?.[1] ?? '', namespace: match?.[2] ?? '' };
}

/** Flattens `{ "hero": { "title": "…" } }` in namespace `home` to `{ "home.hero.title": "…" }`. */
export function flatten(tree: Tree, prefix: string, into: Catalog = {}): Catalog {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') into[path] = value;
    else flatten(value, path, into);
  }
  return into;
}

/** The source catalog: the core namespaces at once, the rest added in place by `loadSourceCatalog`. */
export const sourceCatalog: Catalog = Object.entries(sourceFiles).reduce<Catalog>(
  (catalog, [path, tree]) => flatten(tree, namespaceOf(path).namespace, catalog),
  {},
);

let sourceComplete: Promise<void> | undefined;

/** Every namespace of the source language (also every other language's fallback); fetched once. */
export function loadSourceCatalog(): Promise<void> {
  sourceComplete ??= Promise.all(Object.entries(sourceRest).map(async ([path, load]) => flatten(await retryOnce(load), namespaceOf(path).namespace, sourceCatalog))).then(
    () => undefined,
    (error: unknown) => {
      sourceComplete = undefined; // a failed fetch (offline before the first visit) is tried again next time
      throw error;
    },
  );
  return sourceComplete;
}

const loaded = new Map<Locale, Catalog>();

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  if (locale === sourceLocale) {
    // The first paint needs only the core; the pages fetch the rest with their own code (lazy routes).
    loaded.set(locale, sourceCatalog);
    return sourceCatalog;
  }
  const entries = Object.entries(otherFiles).filter(([path]) => namespaceOf(path).locale === locale);
  // A namespace that still fails after one more try is left out, and its words fall back to Chinese, rather
  // than leaving the reader on a page that never loads; the catalog is then not kept, so the next page asks again.
  let complete = true;
  const [trees] = await Promise.all([
    Promise.all(
      entries.map(async ([path, load]) => {
        try {
          return [namespaceOf(path).namespace, await retryOnce(load)] as const;
        } catch (error) {
          complete = false;
          console.error(`the ${locale} words of ${namespaceOf(path).namespace} could not be fetched`, error);
          return undefined;
        }
      }),
    ),
    loadSourceCatalog().catch((error: unknown) => {
      complete = false;
      console.error('the Chinese words could not all be fetched', error);
    }),
  ]);
  const catalog: Catalog = {};
  for (const entry of trees) if (entry) flatten(entry[1], entry[0], catalog);
  if (complete) loaded.set(locale, catalog);
  return catalog;
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translateWith(catalog: Catalog, key: string, params?: Params): string {
  // A missing key falls back to the source language; check:i18n keeps that from reaching production.
  const template = catalog[key] ?? sourceCatalog[key] ?? key;
  return interpolate(template, params);
}

export { isLocale };
