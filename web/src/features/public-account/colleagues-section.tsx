import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { type AccountSession, getColleagues, inviteColleague } from './api.ts';

const inviteSchema = z.object({ email: z.email() });

/** Several staff of one employer: the admin invites them by e-mail (ADR 0017). */
export function ColleaguesSection({ session }: { session: AccountSession }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [invited, setInvited] = useState<string>();
  const list = useQuery({ queryKey: ['me', 'colleagues'], queryFn: ({ signal }) => getColleagues(signal) });
  const form = useContractForm<{ email: string }, typeof inviteSchema>({
    schema: inviteSchema,
    defaultValues: { email: '' },
    messages: { email: t('public-account.fields.email_invalid') },
  });
  return (
    <section aria-labelledby="colleagues-title">
      <h2 id="colleagues-title">{t('public-account.colleagues.title')}</h2>
      <ul className="account-colleagues">
        {(list.data?.items ?? []).map((c) => (
          <li key={c.id}>
            {c.email ?? '—'} · {t(`public-account.roles.${c.role}`)}
            {c.active ? '' : ` · ${t('public-account.colleagues.pending')}`}
          </li>
        ))}
      </ul>
      {invited ? <Alert tone="success">{t('public-account.colleagues.invited', { email: invited })}</Alert> : null}
      <KitForm
        form={form}
        label={t('public-account.colleagues.invite')}
        submitLabel={t('public-account.colleagues.invite')}
        onSubmit={async ({ email }) => {
          await inviteColleague(email, locale, session.csrfToken);
          setInvited(email);
          form.reset();
          await client.invalidateQueries({ queryKey: ['me', 'colleagues'] });
        }}
      >
        <FormText form={form} name="email" label={t('public-account.colleagues.email')} type="email" inputMode="email" autoComplete="off" />
      </KitForm>
    </section>
  );
}
