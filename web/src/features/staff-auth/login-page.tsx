import { loginRequest } from '../../../../src/modules/access/access.contract.ts';
import { navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useSession } from './session-provider.tsx';

/** Only same-site paths inside the back office, so `?next=` cannot send anyone elsewhere. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/staff') && !next.startsWith('//') ? next : '/staff';
}

export function LoginPage() {
  const { t } = useI18n();
  const { signIn, state } = useSession();
  const { search } = useLocation();
  const form = useContractForm<{ username: string; password: string }, typeof loginRequest>({
    schema: loginRequest,
    defaultValues: { username: '', password: '' },
    required: { username: t('staff-auth.login.username_required'), password: t('staff-auth.login.password_required') },
  });
  const submit = async (request: { username: string; password: string }) => {
    try {
      await signIn(request.username, request.password);
      navigate(safeNext(search.get('next')), { replace: true });
    } catch (error) {
      form.resetField('password');
      throw error;
    }
  };
  const hasExpired = state.status === 'anonymous' && state.hasExpired;
  return (
    <Page title={t('staff-auth.login.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('staff-auth.login.lead')}</p>}>
      {hasExpired ? <Alert tone="warning">{t('staff-auth.login.expired')}</Alert> : null}
      <KitForm
        form={form}
        className="form--narrow"
        label={t('staff-auth.login.title')}
        submitLabel={form.formState.isSubmitting ? t('staff-auth.login.signing_in') : t('staff-auth.login.submit')}
        onSubmit={submit}
      >
        <FormText form={form} name="username" label={t('staff-auth.login.username')} autoComplete="username" autoCapitalize="none" spellCheck={false} />
        <FormText form={form} name="password" label={t('staff-auth.login.password')} type="password" autoComplete="current-password" />
      </KitForm>
    </Page>
  );
}
