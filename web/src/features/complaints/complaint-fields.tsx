import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

type TimelineEvent = {
  kind: string;
  status: string;
  at: string;
  message: string | null;
  outcome?: string | null;
  translation?: 'pending' | 'done' | null;
  /** Public events: the language `message` is in, and the Chinese it was translated from. */
  messageLocale?: Locale | null;
  originalMessage?: string | null;
  authority: string | null;
  actor?: string | null;
};

const langOf = (locale: Locale) => (locale === 'zh-TW' ? 'zh-Hant-TW' : locale);

/**
 * The complainant's view of a message (issue 15 §1): while an interpreter translates it, the outcome
 * sentence in their language and a note, with the Chinese kept folded (and marked as Chinese for screen
 * readers); once translated, the translation.
 */
function PublicMessage({ event }: { event: TimelineEvent }) {
  const { t, locale } = useI18n();
  if (!event.message) return null;
  const messageLang = event.messageLocale && event.messageLocale !== locale ? langOf(event.messageLocale) : undefined;
  if (event.translation === 'pending') {
    return (
      <>
        <p className="small" data-testid="translation-pending">{t('complaints.status_page.translation_pending')}</p>
        <details>
          <summary>{t('complaints.status_page.original_text')}</summary>
          <p lang="zh-Hant-TW">{event.message}</p>
        </details>
      </>
    );
  }
  return (
    <>
      <p lang={messageLang} data-testid="event-message">{event.message}</p>
      {event.originalMessage ? (
        <details>
          <summary>{t('complaints.status_page.original_text')}</summary>
          <p lang="zh-Hant-TW">{event.originalMessage}</p>
        </details>
      ) : null}
    </>
  );
}

/** The status history as the complainant and staff read it, oldest first. */
export function EventTimeline({
  events,
  audience,
}: {
  events: readonly TimelineEvent[];
  /** Staff also see who took each step, and the message labelled as the one the complainant reads. */
  audience: 'public' | 'staff';
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <ol className="timeline">
      {events.map((event, index) => (
        <li key={`${event.at}-${index}`}>
          <strong>{t(`complaints.events.${event.kind}`)}</strong> <span className="muted">{formatDateTime(event.at)}</span>
          {audience === 'staff' && event.actor ? <p className="small">{t('complaints.staff.by', { name: event.actor })}</p> : null}
          {event.authority ? <p>{t('complaints.status_page.authority', { authority: event.authority })}</p> : null}
          {event.outcome ? <p data-testid="event-outcome">{t(`complaints.outcomes.${event.outcome}`)}</p> : null}
          {audience === 'public' ? (
            <PublicMessage event={event} />
          ) : event.message ? (
            <>
              <p>{t('complaints.staff.public_message', { message: event.message })}</p>
              {event.translation ? <p className="small">{t(`complaints.staff.translation_${event.translation}`)}</p> : null}
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
