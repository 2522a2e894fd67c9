/**
 * The building blocks of the foreign workers page: a rule with its citation, and the consultation centre's
 * lines and hours from the city file.
 */
import { formatLegalBasis, type LegalBasis } from '#labor-rules';
import { Fragment, type ReactNode } from 'react';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { weekdays } from '../../../../src/modules/migrant-workers/centre.contract.ts';
import type { CentreContactsPublic } from './api.ts';

type Weekday = (typeof weekdays)[number];

/**
 * Where a rule rests, in the reader's language and, outside Chinese, also as the law itself is titled
 * (勞動基準法第36條), marked as Chinese: that is the name an employer, an agency or an officer will recognise.
 */
export function Cite({ basis }: { basis: readonly LegalBasis[] }) {
  const { t, locale } = useI18n();
  return (
    <p className="rights-cite">
      <span className="rights-cite__label">{t('migrant-rights.cite_label')}</span>{' '}
      {basis.map((item, index) => (
        <Fragment key={`${item.law}-${item.article}-${item.paragraph ?? ''}-${item.subparagraph ?? ''}`}>
          {index > 0 ? t('common.list_separator') : null}
          <span>{formatLegalBasis(item, locale)}</span>
          {locale === 'zh-TW' ? null : (
            <>
              {' '}
              <span className="rights-cite__zh">
                (<span lang="zh-Hant-TW">{formatLegalBasis(item, 'zh-TW')}</span>)
              </span>
            </>
          )}
        </Fragment>
      ))}
    </p>
  );
}

/** One statement of the law, with its citation under it. */
export function Rule({ basis, children }: { basis: readonly LegalBasis[]; children: ReactNode }) {
  return (
    <li className="rights-rule">
      <p>{children}</p>
      <Cite basis={basis} />
    </li>
  );
}

export const lsa = (article: string, paragraph?: number): LegalBasis =>
  paragraph === undefined ? { law: 'laborStandardsAct', article } : { law: 'laborStandardsAct', article, paragraph };

const weekdayIndex: Record<Weekday, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** A weekday's short name in the locale (2024-01-01 was a Monday). */
export function weekdayName(day: Weekday, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekdayIndex[day])));
}

/** A language's name in the reader's language (Tiếng Thái, ภาษาเวียดนาม). */
export function languageName(code: Locale, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code === 'zh-TW' ? 'zh' : code) ?? code;
}

/** What a phone dials: the digits, and an extension after a pause (`,`), which most dialers accept. */
export function telHref(number: string): string {
  const [main = '', extension] = number.split(/\s*(?:#|ext\.?)\s*/);
  return `tel:${main.replace(/[^\d+]/g, '')}${extension ? `,${extension}` : ''}`;
}

/** The centre's lines and hours, or, while staff have published none, a plain word saying so. */
export function CentreContacts({ centre, isUnavailable }: { centre: CentreContactsPublic | undefined; isUnavailable: boolean }) {
  const { t, locale } = useI18n();
  const names = (codes: readonly Locale[]) => codes.map((code) => languageName(code, locale)).join(t('common.list_separator'));
  const phones = centre?.phones ?? [];
  const hours = centre?.hours ?? [];
  return (
    <>
      {centre?.languages.length ? <p>{t('migrant-rights.centre.languages', { languages: names(centre.languages) })}</p> : null}
      {phones.length ? (
        <>
          <h3>{t('migrant-rights.centre.phones')}</h3>
          <ul className="rights-contacts">
            {phones.map((phone) => (
              <li key={phone.number}>
                <a href={telHref(phone.number)}>{phone.number}</a> {t('migrant-rights.centre.phone_languages', { languages: names(phone.languages) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hours.length ? (
        <>
          <h3>{t('migrant-rights.centre.hours')}</h3>
          <ul className="rights-contacts">
            {hours.map((row) => (
              <li key={`${row.days.join()}-${row.opens}`}>
                {t('migrant-rights.centre.hours_row', {
                  days: row.days.map((day) => weekdayName(day, locale)).join(t('common.list_separator')),
                  opens: row.opens,
                  closes: row.closes,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* Offline with no copy kept, the lines are unknown: saying "not published" would be untrue. */}
      {!centre && isUnavailable ? <p className="notice">{t('migrant-rights.centre.unavailable')}</p> : null}
      {centre && !(phones.length && hours.length) ? <p className="notice">{t('migrant-rights.centre.not_published')}</p> : null}
    </>
  );
}
