/**
 * The pages a mail's link opens. The token is in the fragment (#token=…, ADR 0017): it is read here and
 * posted, and the fragment is removed from the address bar so that it stays out of the history.
 */
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { ApiError } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { acceptInvitation, confirmPasswordReset, tokenFromFragment, verifyEmail } from './api.ts';
import { NewPasswordField } from './account-fields.tsx';
import './public-account.css';

/** Reads the token once, then forgets the fragment. */
function useFragmentToken(): string {
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  useEffect(() => {
    if (window.location.hash) history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }, []);
  return token;
}

export function VerifyEmailPage() {
  const { t } = useI18n();
  const token = useFragmentToken();
  const [state, setState] = useState<'working' | 'done' | { error: unknown }>(token ? 'working' : { error: 'missing' });
  const sent = useRef(false);
  useEffect(() => {
    // Once: the token is single-use, so React's second effect run in development must not spend it again.
    if (!token || sent.current) return;
    sent.current = true;
    verifyEmail(token).then(
      () => setState('done'),
      (error: unknown) => setState({ error }),
    );
  }, [token]);
  return (
    <Page title={t('public-account.verify.title')} siteName={t('common.site_name')}>
      {state === 'working' ? <Loading label={t('public-account.verify.working')} /> : null}
      {state === 'done' ? (
        <>
          <Alert tone="success">
            <p>{t('public-account.verify.done')}</p>
          </Alert>
          <p>
            <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
          </p>
        </>
      ) : null}
      {typeof state === 'object' ? (
        <>
          {state.error instanceof ApiError ? <ProblemAlert error={state.error} /> : <Alert tone="error">{t('public-account.verify.no_token')}</Alert>}
          <p>{t('public-account.verify.failed_hint')}</p>
          <p>
            <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}

const passwordSchema = z.object({ password: z.string().min(1) });

/** Choose a password with a mail's token: a reset, or an employer colleague's invitation. */
function SetPasswordPage({ kind }: { kind: 'reset' | 'invitation' }) {
  const { t } = useI18n();
  const token = useFragmentToken();
  const [done, setDone] = useState(false);
  const form = useContractForm<{ password: string }, typeof passwordSchema>({ schema: passwordSchema, defaultValues: { password: '' } });
  const title = t(`public-account.${kind}.title`);
  if (done) {
    return (
      <Page title={title} siteName={t('common.site_name')}>
        <Alert tone="success">
          <p>{t(`public-account.${kind}.done`)}</p>
        </Alert>
        <p>
          <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={title} siteName={t('common.site_name')} lead={<p>{t(`public-account.${kind}.lead`)}</p>}>
      {token ? null : <Alert tone="error">{t('public-account.verify.no_token')}</Alert>}
      <KitForm
        form={form}
        label={title}
        submitLabel={t('public-account.reset.submit')}
        onSubmit={async ({ password }) => {
          await (kind === 'reset' ? confirmPasswordReset(token, password) : acceptInvitation(token, password));
          setDone(true);
        }}
      >
        <NewPasswordField form={form} />
      </KitForm>
    </Page>
  );
}

export const ResetPasswordPage = () => <SetPasswordPage kind="reset" />;
export const InvitationPage = () => <SetPasswordPage kind="invitation" />;
