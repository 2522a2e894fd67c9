import en from './locales/en.json' with { type: 'json' };
import id from './locales/id.json' with { type: 'json' };
import th from './locales/th.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };
import zhTW from './locales/zh-TW.json' with { type: 'json' };
import type { Locale } from './locales.ts';

/** Server-side messages: problem titles and details, and anything the server itself must word. */
export const serverCatalogs: Record<Locale, Record<string, string>> = { 'zh-TW': zhTW, en, id, vi, th };

/** Looks a key up in the locale, then in the source locale; fills `{name}` placeholders. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = serverCatalogs[locale][key] ?? serverCatalogs['zh-TW'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
