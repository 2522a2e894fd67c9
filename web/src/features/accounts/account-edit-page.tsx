import { Loading } from '../../ui/loading.tsx';
import { type FormEvent, useEffect, useState } from 'react';
import type { StaffRole } from '../../../../src/modules/access/permissions.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { AccountStatus } from './accounts-page.tsx';
import { listAccounts, type StaffAccount, type UpdateAccount, updateAccount } from './api.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

type Outcome = { message: string } | { error: unknown; section: 'details' | 'status' | 'password' } | undefined;

function AccountEditor({ account, onSaved }: { account: StaffAccount; onSaved: (account: StaffAccount) => void }) {
  const { t, formatDateTime } = useI18n();
  const { csrfToken, username: me } = useStaff();
  const [details, setDetails] = useState({ displayName: account.displayName, unitCode: account.unitCode ?? '' });
  const [roles, setRoles] = useState<string[]>(account.roles);
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [isBusy, setBusy] = useState(false);

  const save = async (section: 'details' | 'status' | 'password', body: UpdateAccount, message: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      onSaved(await updateAccount(account.id, body, csrfToken));
      setOutcome({ message });
      if (section === 'password') setPassword('');
    } catch (error) {
      setOutcome({ error, section });
    } finally {
      setBusy(false);
    }
  };
  const errorsFor = (section: string) =>
    outcome && 'error' in outcome && outcome.section === section ? fieldErrors(outcome.error) : {};

  const submitDetails = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(
      'details',
      { displayName: details.displayName.trim(), unitCode: details.unitCode.trim() || null, roles: roles as StaffRole[] },
      t('accounts.edit.saved'),
    );
  };
  const submitPassword = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save('password', { password }, t('accounts.edit.password_reset'));
  };

  return (
    <>
      <dl className="summary">
        <dt>{t('accounts.fields.username')}</dt>
        <dd>{account.username}</dd>
        <dt>{t('accounts.fields.status')}</dt>
        <dd>
          <AccountStatus account={account} />
        </dd>
        <dt>{t('accounts.fields.last_login')}</dt>
        <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.list.never')}</dd>
        <dt>{t('accounts.fields.created_at')}</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
      </dl>
      {outcome && 'message' in outcome ? <Alert tone="success">{outcome.message}</Alert> : null}
      {outcome && 'error' in outcome ? <ProblemAlert error={outcome.error} /> : null}

      <section className="section" aria-labelledby="edit-details">
        <h2 id="edit-details">{t('accounts.edit.details_title')}</h2>
        <form className="form" onSubmit={submitDetails} noValidate>
          <TextField
            label={t('accounts.fields.display_name')}
            name="displayName"
            value={details.displayName}
            error={errorsFor('details').displayName}
            onChange={(event) => setDetails({ ...details, displayName: event.target.value })}
          />
          <TextField
            label={t('accounts.fields.unit_code')}
            hint={t('accounts.form.unit_code_hint')}
            name="unitCode"
            value={details.unitCode}
            error={errorsFor('details').unitCode}
            onChange={(event) => setDetails({ ...details, unitCode: event.target.value })}
          />
          <RoleCheckboxes selected={roles} onChange={setRoles} error={errorsFor('details').roles} />
          <Button type="submit" disabled={isBusy}>
            {t('accounts.edit.save')}
          </Button>
        </form>
      </section>

      <section className="section" aria-labelledby="edit-status">
        <h2 id="edit-status">{t('accounts.edit.status_title')}</h2>
        <p>{account.isActive ? t('accounts.edit.deactivate_help') : t('accounts.edit.reactivate_help')}</p>
        <div className="button-row">
          {account.isActive ? (
            <Button
              variant="danger"
              disabled={isBusy || account.username === me}
              onClick={() => void save('status', { isActive: false }, t('accounts.edit.deactivated'))}
            >
              {t('accounts.edit.deactivate')}
            </Button>
          ) : (
            <Button disabled={isBusy} onClick={() => void save('status', { isActive: true }, t('accounts.edit.reactivated'))}>
              {t('accounts.edit.reactivate')}
            </Button>
          )}
          {account.isLocked ? (
            <Button variant="secondary" disabled={isBusy} onClick={() => void save('status', { unlock: true }, t('accounts.edit.unlocked'))}>
              {t('accounts.edit.unlock')}
            </Button>
          ) : null}
        </div>
        {account.username === me ? <p className="field__hint">{t('accounts.edit.cannot_deactivate_self')}</p> : null}
      </section>

      <section className="section" aria-labelledby="edit-password">
        <h2 id="edit-password">{t('accounts.edit.password_title')}</h2>
        <form className="form" onSubmit={submitPassword} noValidate>
          <TextField
            label={t('accounts.edit.new_password')}
            hint={t('accounts.form.password_hint')}
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            error={errorsFor('password').password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={isBusy || password.length === 0}>
            {t('accounts.edit.reset_password')}
          </Button>
        </form>
      </section>
    </>
  );
}

/** One account: details and roles, activation, unlock and password reset. */
export function AccountEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  // The API lists accounts but has no single-account read; the list is short (one row per staff member).
  const accounts = useQuery({ queryKey: ['account-edit-page', 1], queryFn: ({ signal }) => listAccounts(signal) });
  const [account, setAccount] = useState<StaffAccount>();
  useEffect(() => setAccount(accounts.data?.items.find((item) => item.id === id)), [accounts.data, id]);
  const isMissing = accounts.data !== undefined && !accounts.data.items.some((item) => item.id === id);
  const title = account ? t('accounts.edit.title', { username: account.username }) : t('accounts.edit.title_loading');
  return (
    <Page title={title} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/accounts">{t('accounts.back_to_list')}</Link>
      </p>
      {search.get('created') ? <Alert tone="success">{t('accounts.new.created')}</Alert> : null}
      <ProblemAlert error={accounts.error} />
      {accounts.isLoading ? <Loading label={t('common.loading')} /> : null}
      {isMissing ? <Alert tone="warning">{t('accounts.edit.not_found')}</Alert> : null}
      {account ? <AccountEditor key={account.id} account={account} onSaved={setAccount} /> : null}
    </Page>
  );
}
