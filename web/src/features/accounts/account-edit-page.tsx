import { Loading } from '../../ui/loading.tsx';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { updateAccountRequest } from '../../../../src/modules/access/access.contract.ts';
import type { StaffRole } from '../../../../src/modules/access/permissions.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { ApiError } from '../../app/api-client.ts';
import { Button } from '../../ui/button.tsx';
import { fieldId, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { AccountStatus } from './accounts-page.tsx';
import { getAccount, type StaffAccount, type UpdateAccount, updateAccount } from './api.ts';
import { locales, type Locale } from '../../../../src/shared/i18n/locales.ts';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { homeUnitValue, parseHomeUnit, useHomeUnitName, useHomeUnitOptions } from './home-unit.tsx';
import { RoleCheckboxes } from './role-checkboxes.tsx';

type Outcome = { message: string } | { error: unknown } | undefined;
type DetailValues = { displayName: string; homeUnit: string; roles: string[]; workEmail: string; locale: string };

function AccountEditor({ account, onSaved }: { account: StaffAccount; onSaved: (account: StaffAccount) => void }) {
  const { t, formatDateTime } = useI18n();
  const { csrfToken, username: me } = useStaff();
  const homeUnits = useHomeUnitOptions();
  const homeUnitName = useHomeUnitName();
  const [outcome, setOutcome] = useState<Outcome>();
  const [isBusy, setBusy] = useState(false);
  const details = useContractForm<DetailValues, typeof updateAccountRequest>({
    schema: updateAccountRequest,
    defaultValues: {
      displayName: account.displayName,
      homeUnit: homeUnitValue(account.homeUnit),
      roles: account.roles,
      workEmail: account.workEmail ?? '',
      locale: account.locale ?? '',
    },
    toRequest: (v) => ({
      displayName: v.displayName.trim(),
      homeUnit: parseHomeUnit(v.homeUnit),
      roles: v.roles as StaffRole[],
      // An empty field clears the address: the account is then not reminded (ADR 0042).
      workEmail: v.workEmail.trim() === '' ? null : v.workEmail.trim(),
      locale: v.locale === '' ? null : (v.locale as Locale),
    }),
  });
  const passwordForm = useContractForm<{ password: string }, typeof updateAccountRequest>({
    schema: updateAccountRequest,
    defaultValues: { password: '' },
  });
  const saved = async (body: UpdateAccount, message: string) => {
    setOutcome(undefined);
    onSaved(await updateAccount(account.id, body, csrfToken));
    setOutcome({ message });
  };
  const saveStatus = async (body: UpdateAccount, message: string) => {
    setBusy(true);
    try {
      await saved(body, message);
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
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
        <dt>{t('accounts.fields.home_unit')}</dt>
        <dd>{homeUnitName(account.homeUnit)}</dd>
        <dt>{t('accounts.fields.last_login')}</dt>
        <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.list.never')}</dd>
        <dt>{t('accounts.fields.created_at')}</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
      </dl>
      {outcome && 'message' in outcome ? <Alert tone="success">{outcome.message}</Alert> : null}
      {outcome && 'error' in outcome ? <ProblemAlert error={outcome.error} /> : null}

      <section className="section" aria-labelledby="edit-details">
        <h2 id="edit-details">{t('accounts.edit.details_title')}</h2>
        <KitForm
          form={details}
          label={t('accounts.edit.details_title')}
          submitLabel={t('accounts.edit.save')}
          onSubmit={(request) => saved(request, t('accounts.edit.saved'))}
        >
          <FormText form={details} name="displayName" label={t('accounts.fields.display_name')} />
          <FormSelect form={details} name="homeUnit" label={t('accounts.fields.home_unit')} hint={t('accounts.form.home_unit_hint')} options={homeUnits} />
          <FormText form={details} name="workEmail" label={t('accounts.fields.work_email')} hint={t('accounts.form.work_email_hint')} type="email" autoComplete="off" />
          <FormSelect
            form={details}
            name="locale"
            label={t('accounts.fields.locale')}
            hint={t('accounts.form.locale_hint')}
            options={[{ value: '', label: t('accounts.form.locale_default') }, ...locales.map((code) => ({ value: code, label: nativeLanguageNames[code] }))]}
          />
          <Controller
            control={details.control}
            name="roles"
            render={({ field, fieldState }) => (
              <RoleCheckboxes id={fieldId('roles')} selected={field.value} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
        </KitForm>
      </section>

      <section className="section" aria-labelledby="edit-status">
        <h2 id="edit-status">{t('accounts.edit.status_title')}</h2>
        <p>{account.isActive ? t('accounts.edit.deactivate_help') : t('accounts.edit.reactivate_help')}</p>
        <div className="button-row">
          {account.isActive ? (
            <Button
              variant="danger"
              disabled={isBusy || account.username === me}
              onClick={() => void saveStatus({ isActive: false }, t('accounts.edit.deactivated'))}
            >
              {t('accounts.edit.deactivate')}
            </Button>
          ) : (
            <Button disabled={isBusy} onClick={() => void saveStatus({ isActive: true }, t('accounts.edit.reactivated'))}>
              {t('accounts.edit.reactivate')}
            </Button>
          )}
          {account.isLocked ? (
            <Button variant="secondary" disabled={isBusy} onClick={() => void saveStatus({ unlock: true }, t('accounts.edit.unlocked'))}>
              {t('accounts.edit.unlock')}
            </Button>
          ) : null}
        </div>
        {account.username === me ? <p className="field__hint">{t('accounts.edit.cannot_deactivate_self')}</p> : null}
      </section>

      <section className="section" aria-labelledby="edit-password">
        <h2 id="edit-password">{t('accounts.edit.password_title')}</h2>
        <KitForm
          form={passwordForm}
          label={t('accounts.edit.password_title')}
          submitLabel={t('accounts.edit.reset_password')}
          onSubmit={async (request) => {
            await saved({ password: request.password ?? '' }, t('accounts.edit.password_reset'));
            passwordForm.reset({ password: '' });
          }}
        >
          <FormText
            form={passwordForm}
            name="password"
            label={t('accounts.edit.new_password')}
            hint={t('accounts.form.password_hint')}
            type="password"
            autoComplete="new-password"
          />
        </KitForm>
      </section>
    </>
  );
}

/** One account: details and roles, activation, unlock and password reset. */
export function AccountEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  // The single-account read gives the work e-mail in full (the list masks it).
  const accounts = useQuery({ queryKey: ['account-edit-page', id], queryFn: ({ signal }) => getAccount(id, signal), retry: false });
  const [account, setAccount] = useState<StaffAccount>();
  useEffect(() => setAccount(accounts.data), [accounts.data]);
  const isMissing = accounts.error instanceof ApiError && accounts.error.status === 404;
  const title = account ? t('accounts.edit.title', { username: account.username }) : t('accounts.edit.title_loading');
  return (
    <Page title={title} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/accounts">{t('accounts.back_to_list')}</Link>
      </p>
      {search.get('created') ? <Alert tone="success">{t('accounts.new.created')}</Alert> : null}
      {isMissing ? null : <ProblemAlert error={accounts.error} />}
      {accounts.isLoading ? <Loading label={t('common.loading')} /> : null}
      {isMissing ? <Alert tone="warning">{t('accounts.edit.not_found')}</Alert> : null}
      {account ? <AccountEditor key={account.id} account={account} onSaved={setAccount} /> : null}
    </Page>
  );
}
