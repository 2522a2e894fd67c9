import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { ApiError } from '../../app/api-client.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { getSignInOptions, identityServiceStart, requestPasswordReset, resendVerification, signIn } from './api.ts';
import { safeNext, useRefreshAccount } from './session.ts';
import './public-account.css';

const signInSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

export function SignInPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const refresh = useRefreshAccount();
  const options = useQuery({ queryKey: ['account-sign-in-options'], queryFn: ({ signal }) => getSignInOptions(signal), staleTime: Infinity });
  const [unverified, setUnverified] = useState<string>();
  const [resent, setResent] = useState(false);
  const form = useContractForm<{ email: string; password: string }, typeof signInSchema>({
    schema: signInSchema,
    defaultValues: { email: '', password: '' },
  });
  const submit = async (values: { email: string; password: string }) => {
    setUnverified(undefined);
    try {
      refresh(await signIn(values));
    } catch (error) {
      // Answered only after the right password (ADR 0017), so it reveals nothing to a guesser.
      if (error instanceof ApiError && error.problem?.code === 'EMAIL_NOT_VERIFIED') setUnverified(values.email);
      throw error;
    }
    navigate(safeNext(search.get('next')), { replace: true });
  };
  return (
    <Page title={t('public-account.sign_in.title')} siteName={t('common.site_name')} lead={<p>{t('public-account.sign_in.lead')}</p>}>
      {search.get('oidc') === 'failed' ? <Alert tone="error">{t('public-account.sign_in.identity_failed')}</Alert> : null}
      {options.data?.identityService ? (
        <section className="account-identity" aria-labelledby="identity-title">
          <h2 id="identity-title">{t('public-account.sign_in.identity_title')}</h2>
          <p>{t('public-account.sign_in.identity_hint')}</p>
          <a className="button button--secondary" href={identityServiceStart}>
            {t('public-account.sign_in.identity_button')}
          </a>
          <h2>{t('public-account.sign_in.password_title')}</h2>
        </section>
      ) : null}
      <KitForm form={form} label={t('public-account.sign_in.title')} submitLabel={t('public-account.sign_in.submit')} onSubmit={submit}>
        <FormText form={form} name="email" label={t('public-account.fields.email')} type="email" inputMode="email" autoComplete="username" />
        <FormText form={form} name="password" label={t('public-account.fields.password')} type="password" autoComplete="current-password" />
      </KitForm>
      {unverified ? (
        <div className="button-row">
          <Button
            variant="secondary"
            onClick={() => void resendVerification(unverified, locale).then(() => setResent(true), () => setResent(false))}
          >
            {t('public-account.sign_in.resend')}
          </Button>
        </div>
      ) : null}
      {resent ? <Alert tone="success">{t('public-account.sign_in.resent')}</Alert> : null}
      <ul className="account-links">
        <li>
          <Link href="/account/password-reset">{t('public-account.sign_in.forgot')}</Link>
        </li>
        <li>
          <Link href="/account/sign-up">{t('public-account.sign_up.title')}</Link>
        </li>
        <li>
          <Link href="/account/employer/sign-up">{t('public-account.employer_sign_up.link')}</Link>
        </li>
      </ul>
    </Page>
  );
}

const emailSchema = z.object({ email: z.email() });

export function PasswordResetRequestPage() {
  const { t, locale } = useI18n();
  const [sent, setSent] = useState(false);
  const form = useContractForm<{ email: string }, typeof emailSchema>({
    schema: emailSchema,
    defaultValues: { email: '' },
    messages: { email: t('public-account.fields.email_invalid') },
  });
  return (
    <Page title={t('public-account.reset_request.title')} siteName={t('common.site_name')} lead={<p>{t('public-account.reset_request.lead')}</p>}>
      {sent ? (
        <Alert tone="success">
          <p>{t('public-account.reset_request.sent')}</p>
        </Alert>
      ) : (
        <KitForm
          form={form}
          label={t('public-account.reset_request.title')}
          submitLabel={t('public-account.reset_request.submit')}
          onSubmit={async ({ email }) => {
            await requestPasswordReset(email, locale);
            setSent(true);
          }}
        >
          <FormText form={form} name="email" label={t('public-account.fields.email')} type="email" inputMode="email" autoComplete="email" />
        </KitForm>
      )}
      <p>
        <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
      </p>
    </Page>
  );
}
