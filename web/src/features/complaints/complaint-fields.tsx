import { type TextareaHTMLAttributes, useId } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';

/** A labelled multi-line field, read out with its hint and error like the ui TextField. */
export function TextAreaField({
  label,
  hint,
  error,
  ...textarea
}: { label: string; hint?: string | undefined; error?: string | undefined } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="field__input field__input--textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        {...textarea}
      />
    </div>
  );
}

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
