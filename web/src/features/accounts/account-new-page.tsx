import { type FormEvent, useState } from 'react';
import type { StaffRole } from '../../../../src/modules/access/permissions.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createAccount } from './api.ts';
import { RoleCheckboxes } from './role-checkboxes.tsx';

export function AccountNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [form, setForm] = useState({ username: '', displayName: '', password: '', unitCode: '' });
  const [roles, setRoles] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [field]: event.target.value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const account = await createAccount(
        {
          username: form.username.trim(),
          displayName: form.displayName.trim(),
          password: form.password,
          roles: roles as StaffRole[],
          unitCode: form.unitCode.trim() || null,
        },
        csrfToken,
      );
      navigate(`/staff/accounts/${account.id}?created=1`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('accounts.new.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/accounts">{t('accounts.back_to_list')}</Link>
      </p>
      <ProblemAlert error={error} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('accounts.fields.username')}
          hint={t('accounts.form.username_hint')}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={form.username}
          error={errors.username}
          onChange={set('username')}
        />
        <TextField
          label={t('accounts.fields.display_name')}
          name="displayName"
          autoComplete="off"
          required
          value={form.displayName}
          error={errors.displayName}
          onChange={set('displayName')}
        />
        <TextField
          label={t('accounts.fields.password')}
          hint={t('accounts.form.password_hint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          error={errors.password}
          onChange={set('password')}
        />
        <TextField
          label={t('accounts.fields.unit_code')}
          hint={t('accounts.form.unit_code_hint')}
          name="unitCode"
          autoComplete="off"
          value={form.unitCode}
          error={errors.unitCode}
          onChange={set('unitCode')}
        />
        <RoleCheckboxes selected={roles} onChange={setRoles} error={errors.roles} />
        <Button type="submit" disabled={isBusy}>
          {t('accounts.new.submit')}
        </Button>
      </form>
    </Page>
  );
}
