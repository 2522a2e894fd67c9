/**
 * The labor-law news as an Atom 1.0 feed (RFC 4287). Everything is XML-escaped; the body is sent as
 * `type="html"` content whose markup (paragraphs, line breaks) is itself escaped text, so no reader ever
 * parses our markup as XML. Entry ids are tag: URIs (RFC 4151) that keep the post's id and first date.
 */
import { htmlLang, type Locale } from '../../shared/i18n/locales.ts';

export type FeedEntry = { id: string; title: string; summary: string; body: string; publishedAt: string; updatedAt: string };

export type FeedOptions = {
  /** `https://labor.example.gov.tw` — where the feed and the pages are served. */
  origin: string;
  locale: Locale;
  bureauName: string;
  entries: FeedEntry[];
  /** Used for <updated> when there are no entries. */
  now: Date;
};

const feedTitles: Record<Locale, string> = {
  'zh-TW': '最新勞動法令消息',
  en: 'Labor law news',
  id: 'Berita hukum ketenagakerjaan',
  vi: 'Tin tức pháp luật lao động',
  th: 'ข่าวกฎหมายแรงงาน',
};

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the surrogates and FFFE/FFFF.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(notXmlChar, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Plain-text body → minimal HTML: blank lines make paragraphs, single newlines make <br>. */
export function bodyToHtml(body: string): string {
  return body
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${xmlEscape(para.trim()).split('\n').join('<br>')}</p>`)
    .join('\n');
}

/** The tag: URI authority is the host name, without a port (RFC 4151 allows a DNS name or an e-mail). */
function tagAuthority(origin: string): string {
  try {
    return new URL(origin).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

export function buildAtomFeed(options: FeedOptions): string {
  const { origin, locale } = options;
  const authority = tagAuthority(origin);
  const lang = encodeURIComponent(locale);
  const updated = options.entries.reduce(
    (max, entry) => (entry.updatedAt > max ? entry.updatedAt : max),
    options.entries[0]?.updatedAt ?? options.now.toISOString(),
  );
  const title = `${options.bureauName} ${feedTitles[locale]}`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(htmlLang[locale])}">`,
    `  <id>tag:${xmlEscape(authority)},2024:labor-news:${xmlEscape(locale)}</id>`,
    `  <title>${xmlEscape(title)}</title>`,
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}/api/v1/news/feed.atom?lang=${lang}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/news?lang=${lang}`)}"/>`,
    `  <author><name>${xmlEscape(options.bureauName)}</name></author>`,
  ];
  for (const entry of options.entries) {
    const day = entry.publishedAt.slice(0, 10);
    lines.push(
      '  <entry>',
      `    <id>tag:${xmlEscape(authority)},${xmlEscape(day)}:news/${xmlEscape(entry.id)}</id>`,
      `    <title type="text">${xmlEscape(entry.title)}</title>`,
      `    <published>${xmlEscape(entry.publishedAt)}</published>`,
      `    <updated>${xmlEscape(entry.updatedAt)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/news/${encodeURIComponent(entry.id)}?lang=${lang}`)}"/>`,
      `    <summary type="text">${xmlEscape(entry.summary)}</summary>`,
      `    <content type="html">${xmlEscape(bodyToHtml(entry.body))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
