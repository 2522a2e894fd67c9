/** Reads the web catalogs, so tests find elements by the same text users see, in any language. */
import { readFileSync } from 'node:fs';

type Tree = { [key: string]: string | Tree };

export function tr(locale: string, key: string, params: Record<string, string | number> = {}): string {
  const [namespace = '', ...path] = key.split('.');
  const tree = JSON.parse(readFileSync(`web/src/i18n/locales/${locale}/${namespace}.json`, 'utf8')) as Tree;
  let node: string | Tree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text for ${locale} ${key}`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
