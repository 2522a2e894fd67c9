import { type ReactNode, useEffect } from 'react';
import { htmlLang, type Locale } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

// A run of Chinese within other text: it starts and ends with a Han character and may hold digits and CJK
// punctuation (勞動基準法第24條, 「一例一休」).
const chineseRun = /\p{Script=Han}(?:[\p{Script=Han}\d\u3000-\u303F\uFF00-\uFFEF]*\p{Script=Han})?/gu;

/**
 * A line of a translated text, with the Chinese names it quotes (勞動基準法) marked as Chinese, so that screen
 * readers switch voice and the browser picks a Chinese font for them (issue 10 §4).
 */
export function MarkedChinese({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(chineseRun)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <span key={start} lang="zh-Hant-TW">
        {match[0]}
      </span>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/**
 * Plain text with blank lines between paragraphs and single newlines as line breaks, as the API stores it.
 * `lang` is given for a Chinese fallback; a text in the reader's language gets its Chinese quotes marked.
 */
export function Paragraphs({ text, lang }: { text: string; lang?: Locale | undefined }) {
  const { locale } = useI18n();
  const isChinese = (lang ?? locale) === 'zh-TW';
  const paragraphs = text.trim().split(/\n\s*\n/);
  return (
    <div className="prose" lang={lang ? htmlLang[lang] : undefined}>
      {paragraphs.map((para, index) => (
        // Paragraph order is the identity here: the text does not reorder while shown.
        // biome-ignore lint/suspicious/noArrayIndexKey: static text
        <p key={index}>
          {para.split('\n').map((line, lineIndex) => (
            <span key={`${index}-${lineIndex}`}>
              {lineIndex > 0 ? <br /> : null}
              {isChinese ? line : <MarkedChinese text={line} />}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/** Announces the Atom feed to browsers and feed readers while a news page is shown. */
export function useFeedLink(href: string, title: string): void {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = href;
    document.head.appendChild(link);
    return () => link.remove();
  }, [href, title]);
}
