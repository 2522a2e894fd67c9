import { type FormEvent, useState } from 'react';
import { navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession } from './session-provider.tsx';

/** Only same-site paths inside the back office, so `?next=` cannot send anyone elsewhere. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/staff') && !next.startsWith('//') ? next : '/staff';
}

export function LoginPage() {
  const { t } = useI18n();
  const { signIn, state } = useSession();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextMissing = {
      ...(username.trim() ? {} : { username: t('staff-auth.login.username_required') }),
      ...(password ? {} : { password: t('staff-auth.login.password_required') }),
    };
    setMissing(nextMissing);
    if (nextMissing.username || nextMissing.password) {
      setError(undefined);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
      navigate(safeNext(search.get('next')), { replace: true });
    } catch (caught) {
      setPassword('');
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const hasExpired = state.status === 'anonymous' && state.hasExpired;
  return (
    <Page title={t('staff-auth.login.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('staff-auth.login.lead')}</p>}>
      {hasExpired ? <Alert tone="warning">{t('staff-auth.login.expired')}</Alert> : null}
      {missing.username || missing.password ? (
        <Alert tone="error" title={t('common.form.error_summary')}>
          <ul>
            {missing.username ? <li>{missing.username}</li> : null}
            {missing.password ? <li>{missing.password}</li> : null}
          </ul>
        </Alert>
      ) : null}
      <ProblemAlert error={error} />
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <TextField
          label={t('staff-auth.login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          error={missing.username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label={t('staff-auth.login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          error={missing.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" disabled={isBusy}>
          {isBusy ? t('staff-auth.login.signing_in') : t('staff-auth.login.submit')}
        </Button>
      </form>
    </Page>
  );
}
