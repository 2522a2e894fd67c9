import { isLocale, type Locale, sourceLocale } from '../../../src/shared/i18n/locales.ts';

export type Catalog = Record<string, string>;
export type Params = Record<string, string | number>;
type Tree = { [key: string]: string | Tree };

// The source language is bundled with the app; the others are fetched only when chosen.
const sourceFiles = import.meta.glob<Tree>('./locales/zh-TW/*.json', { eager: true, import: 'default' });
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

export const sourceCatalog: Catalog = Object.entries(sourceFiles).reduce<Catalog>(
  (catalog, [path, tree]) => flatten(tree, namespaceOf(path).namespace, catalog),
  {},
);

const loaded = new Map<Locale, Catalog>([[sourceLocale, sourceCatalog]]);

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const entries = Object.entries(otherFiles).filter(([path]) => namespaceOf(path).locale === locale);
  const trees = await Promise.all(entries.map(async ([path, load]) => [namespaceOf(path).namespace, await load()] as const));
  const catalog: Catalog = {};
  for (const [namespace, tree] of trees) flatten(tree, namespace, catalog);
  loaded.set(locale, catalog);
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
