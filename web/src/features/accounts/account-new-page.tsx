import { Controller } from 'react-hook-form';
import { createAccountRequest } from '../../../../src/modules/access/access.contract.ts';
import type { StaffRole } from '../../../../src/modules/access/permissions.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { fieldId, FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type CreateAccount, createAccount } from './api.ts';
import { parseHomeUnit, useHomeUnitOptions } from './home-unit.tsx';
import { RoleCheckboxes } from './role-checkboxes.tsx';

type Values = { username: string; displayName: string; password: string; homeUnit: string; roles: string[] };

export function AccountNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const homeUnits = useHomeUnitOptions();
  const form = useContractForm<Values, typeof createAccountRequest>({
    schema: createAccountRequest,
    defaultValues: { username: '', displayName: '', password: '', homeUnit: 'city', roles: [] },
    toRequest: (v) => ({
      username: v.username.trim(),
      displayName: v.displayName.trim(),
      password: v.password,
      roles: v.roles as StaffRole[],
      homeUnit: parseHomeUnit(v.homeUnit),
    }),
  });
  const submit = async (request: CreateAccount) => {
    const account = await createAccount(request, csrfToken);
    navigate(`/staff/accounts/${account.id}?created=1`);
  };
  return (
    <Page title={t('accounts.new.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/accounts">{t('accounts.back_to_list')}</Link>
      </p>
      <KitForm form={form} label={t('accounts.new.title')} submitLabel={t('accounts.new.submit')} onSubmit={submit}>
        <FormText form={form} name="username" label={t('accounts.fields.username')} hint={t('accounts.form.username_hint')} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        <FormText form={form} name="displayName" label={t('accounts.fields.display_name')} autoComplete="off" />
        <FormText form={form} name="password" label={t('accounts.fields.password')} hint={t('accounts.form.password_hint')} type="password" autoComplete="new-password" />
        <FormSelect form={form} name="homeUnit" label={t('accounts.fields.home_unit')} hint={t('accounts.form.home_unit_hint')} options={homeUnits} />
        <Controller
          control={form.control}
          name="roles"
          render={({ field, fieldState }) => (
            <RoleCheckboxes id={fieldId('roles')} selected={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
      </KitForm>
    </Page>
  );
}
