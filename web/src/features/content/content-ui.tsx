import { useEffect } from 'react';
import { htmlLang, type Locale } from '../../../../src/shared/i18n/locales.ts';

/** Plain text with blank lines between paragraphs and single newlines as line breaks, as the API stores it. */
export function Paragraphs({ text, lang }: { text: string; lang?: Locale | undefined }) {
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
              {line}
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
