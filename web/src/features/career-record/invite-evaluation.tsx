import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { inviteEvaluation } from './api.ts';

/** The worker's consent to one employer's evaluation: a link to send to that employer, usable once. */
export function InviteEvaluation({ csrfToken }: { csrfToken: string }) {
  const { t, formatDateTime } = useI18n();
  const [employerName, setEmployerName] = useState('');
  const invite = useMutation({ mutationFn: () => inviteEvaluation(employerName.trim(), csrfToken) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate();
  };
  return (
    <section className="section" aria-labelledby="career-invite">
      <h2 id="career-invite">{t('career.invite.title')}</h2>
      <p>{t('career.invite.lead')}</p>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <TextField label={t('career.invite.employer')} name="employerName" value={employerName} onChange={(e) => setEmployerName(e.target.value)} maxLength={200} />
        <div className="button-row">
          <Button type="submit" disabled={invite.isPending || employerName.trim() === ''}>
            {t('career.invite.submit')}
          </Button>
        </div>
      </form>
      <ProblemAlert error={invite.error} />
      {invite.data ? (
        <div role="status" className="career-link">
          <TextField label={t('career.invite.link')} hint={t('career.invite.link_hint', { time: formatDateTime(invite.data.expiresAt) })} value={invite.data.url} readOnly name="invite-url" />
        </div>
      ) : null}
    </section>
  );
}
