import { type FormEvent, useState } from 'react';
import { ApiError } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { lookupComplaint, type PublicStatus } from './api.ts';
import { EventTimeline } from './complaint-fields.tsx';
import './complaints.css';

/**
 * The complainant's view of a complaint. Code and secret are typed or pasted into a form and sent in a
 * header, so neither ends up in the address bar, the history or a server log.
 */
export function ComplaintStatusPage() {
  const { t, formatDateTime } = useI18n();
  const [trackingCode, setTrackingCode] = useState('');
  const [secret, setSecret] = useState('');
  const [status, setStatus] = useState<PublicStatus>();
  const [error, setError] = useState<unknown>();
  const [isLoading, setIsLoading] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsLoading(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(await lookupComplaint(trackingCode, secret));
    } catch (problem) {
      setError(problem);
    } finally {
      setIsLoading(false);
    }
  };
  const notFound = error instanceof ApiError && error.status === 404;
  const typed = { autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false } as const;
  return (
    <Page title={t('complaints.status_page.title')} siteName={t('common.site_name')} lead={<p>{t('complaints.status_page.lead')}</p>}>
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('complaints.status_page.tracking_code')}
          hint={t('complaints.status_page.tracking_code_hint')}
          name="trackingCode"
          value={trackingCode}
          onChange={(event) => setTrackingCode(event.target.value)}
          {...typed}
        />
        <TextField
          label={t('complaints.status_page.secret')}
          hint={t('complaints.status_page.secret_hint')}
          name="secret"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          {...typed}
        />
        <div className="button-row">
          <Button type="submit" disabled={isLoading}>
            {t('complaints.status_page.submit')}
          </Button>
        </div>
      </form>
      {notFound ? <Alert tone="error">{t('complaints.status_page.not_found')}</Alert> : <ProblemAlert error={error} />}
      {status ? (
        <section className="section" aria-labelledby="complaint-status">
          <h2 id="complaint-status">
            {t('complaints.status_page.current_status', { status: t(`complaints.statuses.${status.status}`) })}
          </h2>
          <p>{t('complaints.status_page.received_at', { time: formatDateTime(status.receivedAt) })}</p>
          <h3>{t('complaints.status_page.history')}</h3>
          <EventTimeline events={status.events} audience="public" />
        </section>
      ) : null}
      <p>
        <Link href="/complaints">{t('complaints.status_page.file_new')}</Link>
      </p>
    </Page>
  );
}
