import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { CareerEntry } from './api.ts';

/** One entry in words: what, where, when, the certificate's level and number, an employer's rating. */
export function EntryDetails({ entry }: { entry: Omit<CareerEntry, 'hidden'> }) {
  const { t, formatPlainDate } = useI18n();
  const dates = [entry.startedOn, entry.endedOn].filter((d): d is string => d !== null).map(formatPlainDate).join(' – ');
  return (
    <>
      <strong>{entry.title}</strong>
      {entry.organisation && entry.organisation !== entry.title ? <> · {entry.organisation}</> : null}
      {entry.certificate ? <> · {t('career.fields.certificate', { level: entry.certificate.level, number: entry.certificate.number })}</> : null}
      {entry.rating !== null ? <> · {t('career.fields.rating', { rating: entry.rating })}</> : null}
      {dates ? <> · {dates}</> : null}
      <> · {t(`career.source.${entry.source}`)}</>
      {entry.note ? <p className="career-note">{entry.note}</p> : null}
    </>
  );
}
