import { useI18n } from '../../i18n/i18n-provider.tsx';


/** The status history as the complainant and staff read it, oldest first. */
export function EventTimeline({
  events,
  audience,
}: {
  events: readonly { kind: string; status: string; at: string; message: string | null; authority: string | null; actor?: string | null }[];
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
          {event.message ? <p>{audience === 'public' ? event.message : t('complaints.staff.public_message', { message: event.message })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
