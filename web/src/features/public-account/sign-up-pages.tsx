import { useState } from 'react';
import { employerSignUpRequest, signUpRequest } from '../../../../src/modules/public-accounts/public-accounts.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { employerSignUp, type EmployerSignUp, signUp, type SignUp } from './api.ts';
import { CredentialFields } from './account-fields.tsx';
import './public-account.css';

/** After sign-up: the same words whether or not the address already had an account (ADR 0017). */
function MailSent({ email }: { email: string }) {
  const { t } = useI18n();
  return (
    <Page title={t('public-account.sign_up.sent_title')} siteName={t('common.site_name')}>
      <Alert tone="success">
        <p>{t('public-account.sign_up.sent', { email })}</p>
      </Alert>
      <p>{t('public-account.sign_up.sent_hint')}</p>
      <p>
        <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
      </p>
    </Page>
  );
}

type CitizenValues = { email: string; password: string; name: string; idNumber: string };

export function SignUpPage() {
  const { t, locale } = useI18n();
  const [sentTo, setSentTo] = useState<string>();
  const form = useContractForm<CitizenValues, typeof signUpRequest>({
    schema: signUpRequest,
    defaultValues: { email: '', password: '', name: '', idNumber: '' },
    toRequest: (v): SignUp => ({ ...v, email: v.email.trim(), locale }),
    messages: { email: t('public-account.fields.email_invalid'), idNumber: t('public-account.fields.id_number_invalid') },
  });
  if (sentTo) return <MailSent email={sentTo} />;
  return (
    <Page title={t('public-account.sign_up.title')} siteName={t('common.site_name')} lead={<p>{t('public-account.sign_up.lead')}</p>}>
      <KitForm
        form={form}
        label={t('public-account.sign_up.title')}
        submitLabel={t('public-account.sign_up.submit')}
        onSubmit={async (request) => {
          await signUp(request);
          setSentTo(request.email);
        }}
      >
        <FormText form={form} name="name" label={t('public-account.fields.name')} autoComplete="name" maxLength={100} />
        <FormText
          form={form}
          name="idNumber"
          label={t('public-account.fields.id_number')}
          hint={t('public-account.fields.id_number_hint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={10}
        />
        <CredentialFields form={form} />
      </KitForm>
      <p>
        {t('public-account.sign_up.have_account')} <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
      </p>
      <p>
        <Link href="/account/employer/sign-up">{t('public-account.employer_sign_up.link')}</Link>
      </p>
    </Page>
  );
}

type EmployerValues = { email: string; password: string; ubn: string; employerName: string };

/** An employer signs up with its 統一編號 (checked by its check digit); the first account becomes its admin. */
export function EmployerSignUpPage() {
  const { t, locale } = useI18n();
  const [sentTo, setSentTo] = useState<string>();
  const form = useContractForm<EmployerValues, typeof employerSignUpRequest>({
    schema: employerSignUpRequest,
    defaultValues: { email: '', password: '', ubn: '', employerName: '' },
    toRequest: (v): EmployerSignUp => ({ ...v, email: v.email.trim(), locale }),
    messages: { email: t('public-account.fields.email_invalid'), ubn: t('public-account.fields.ubn_invalid') },
  });
  if (sentTo) return <MailSent email={sentTo} />;
  return (
    <Page
      title={t('public-account.employer_sign_up.title')}
      siteName={t('common.site_name')}
      lead={<p>{t('public-account.employer_sign_up.lead')}</p>}
    >
      <KitForm
        form={form}
        label={t('public-account.employer_sign_up.title')}
        submitLabel={t('public-account.sign_up.submit')}
        onSubmit={async (request) => {
          await employerSignUp(request);
          setSentTo(request.email);
        }}
      >
        <FormText form={form} name="employerName" label={t('public-account.fields.employer_name')} autoComplete="organization" maxLength={200} />
        <FormText
          form={form}
          name="ubn"
          label={t('public-account.fields.ubn')}
          hint={t('public-account.fields.ubn_hint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
        />
        <CredentialFields form={form} />
      </KitForm>
      <p>{t('public-account.employer_sign_up.colleagues_hint')}</p>
      <p>
        <Link href="/account/sign-in">{t('public-account.sign_in.title')}</Link>
      </p>
    </Page>
  );
}
