/**
 * The printable document kit: an A4 page with the bureau's letterhead from the city file, the date on the
 * ROC calendar (民國), and "page N of M" in the printed footer.
 *
 *   <PrintDocument title={…} reference={…} date="2026-12-01" back={{ href, label }}>
 *     <p>…the body…</p>
 *   </PrintDocument>
 *
 * On screen it shows the sheet with a Print button; in print only the sheet is printed (kit.css hides the
 * site's header, menu and footer, and `@page` sets A4 margins and the page-number footer). `date` is a plain
 * `YYYY-MM-DD`; without it the document is dated today in the bureau's time zone.
 */
import type { ReactNode } from 'react';
import { Link } from '../app/router.tsx';
import { localName, useCity } from '../features/reference-data/city.ts';
import { formatPlainDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Button } from './button.tsx';
import { Page } from './page.tsx';
import './kit.css';

/** Today's calendar date at the bureau (Asia/Taipei), as `YYYY-MM-DD`. */
export function bureauToday(timeZone = 'Asia/Taipei'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

type PrintDocumentProps = {
  title: string;
  /** The document's number (文號), when it has one. */
  reference?: string;
  date?: string;
  back?: { href: string; label: string };
  children: ReactNode;
};

export function PrintDocument({ title, reference, date, back, children }: PrintDocumentProps) {
  const { t, locale } = useI18n();
  const city = useCity();
  const day = date ?? bureauToday(city?.bureau.timeZone);
  // Official documents carry the ROC year in every language; Chinese ones write it out (中華民國…).
  const rocDate = formatPlainDate(day, { locale, isRocYear: true });
  return (
    <Page title={title} siteName={t('staff-auth.site_name')}>
      <div className="print-doc__tools">
        {back ? <Link href={back.href}>{back.label}</Link> : null}
        <Button onClick={() => window.print()}>{t('common.document.print')}</Button>
        <p className="field__hint">{t('common.document.print_hint')}</p>
      </div>
      <article className="print-doc" aria-label={t('common.document.sheet_label', { title })}>
        <header className="print-doc__letterhead">
          <p className="print-doc__bureau">{city ? localName(city.bureau, locale) : t('common.bureau_fallback')}</p>
          <p className="print-doc__title">{title}</p>
        </header>
        <dl className="print-doc__meta">
          <div>
            <dt>{t('common.document.date')}</dt>
            <dd>{locale === 'zh-TW' ? `中華${rocDate}` : rocDate}</dd>
          </div>
          {reference ? (
            <div>
              <dt>{t('common.document.reference')}</dt>
              <dd>{reference}</dd>
            </div>
          ) : null}
        </dl>
        <div className="print-doc__body">{children}</div>
      </article>
    </Page>
  );
}
