/**
 * @module i18n
 * The five languages of the platform. Traditional Chinese is the source; English, Indonesian,
 * Vietnamese and Thai serve migrant workers (the plan's consultation lines, 第一部分 壹-八-2).
 */
export const locales = ['zh-TW', 'en', 'id', 'vi', 'th'] as const;
export type Locale = (typeof locales)[number];
export const sourceLocale: Locale = 'zh-TW';

/** BCP 47 tags for `<html lang>`; Chinese is marked as the Traditional script. */
export const htmlLang: Record<Locale, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en', id: 'id', vi: 'vi', th: 'th' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Maps a language tag (`zh-Hant-TW`, `zh-tw`, `en-US`, `in`) to one of ours, or undefined. */
export function matchLocale(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  if (lower.startsWith('zh')) return 'zh-TW';
  const primary = lower.split(/[-_]/)[0];
  if (primary === 'in') return 'id';
  return isLocale(primary) ? primary : undefined;
}

/** Picks the first supported language of an Accept-Language header, by its q weights. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  // Browsers send a few distinct headers, each on every request: the answer is kept per header text, in a
  // bounded table of short texts (a client sending a new text each time only empties it).
  if (negotiated.has(acceptLanguage)) return negotiated.get(acceptLanguage);
  const locale = rankLocales(acceptLanguage);
  if (acceptLanguage.length > 200) return locale; // a real browser's header is far shorter; not kept
  if (negotiated.size >= 500) negotiated.clear();
  negotiated.set(acceptLanguage, locale);
  return locale;
}

const negotiated = new Map<string, Locale | undefined>();

function rankLocales(acceptLanguage: string): Locale | undefined {
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const match = matchLocale(entry.tag);
    if (match) return match;
  }
  return undefined;
}
