import { staffRoles } from '../../../../src/modules/access/permissions.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { CheckboxGroup } from '../../ui/form-field.tsx';

type RoleCheckboxesProps = { id?: string; selected: readonly string[]; onChange: (roles: string[]) => void; error?: string | undefined };

export function RoleCheckboxes({ id, selected, onChange, error }: RoleCheckboxesProps) {
  const { t } = useI18n();
  return (
    <CheckboxGroup
      id={id}
      legend={t('accounts.fields.roles')}
      hint={t('accounts.form.roles_hint')}
      error={error}
      name="roles"
      options={staffRoles.map((role) => ({ value: role, label: t(`staff-auth.roles.${role}`) }))}
      selected={selected}
      onChange={onChange}
    />
  );
}
