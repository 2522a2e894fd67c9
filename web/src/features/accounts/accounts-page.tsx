import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { StaffAccount } from './api.ts';
import { useHomeUnitName } from './home-unit.tsx';

export function AccountStatus({ account }: { account: StaffAccount }) {
  const { t } = useI18n();
  const labels = [
    account.isActive ? t('accounts.status.active') : t('accounts.status.inactive'),
    ...(account.isLocked ? [t('accounts.status.locked')] : []),
  ];
  return <>{labels.join(t('common.list_separator'))}</>;
}

export function AccountsPage() {
  const { t, formatDateTime } = useI18n();
  const homeUnitName = useHomeUnitName();
  const columns: Column<StaffAccount>[] = [
    {
      key: 'username',
      header: t('accounts.fields.username'),
      render: (a) => a.username,
      sortKey: 'username',
    },
    { key: 'name', header: t('accounts.fields.display_name'), render: (a) => a.displayName, sortKey: 'displayName' },
    {
      key: 'roles',
      header: t('accounts.fields.roles'),
      render: (a) => a.roles.map((role) => t(`staff-auth.roles.${role}`)).join(t('common.list_separator')),
    },
    { key: 'home-unit', header: t('accounts.fields.home_unit'), render: (a) => homeUnitName(a.homeUnit) },
    { key: 'status', header: t('accounts.fields.status'), render: (a) => <AccountStatus account={a} /> },
    {
      key: 'last-login',
      header: t('accounts.fields.last_login'),
      render: (a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('accounts.list.never')),
      sortKey: 'lastLoginAt',
    },
  ];
  return (
    <ListPage
      title={t('accounts.list.title')}
      lead={t('accounts.list.lead')}
      newItem={{ href: '/staff/accounts/new', label: t('accounts.list.create') }}
      endpoint="/api/v1/staff/accounts"
      columns={columns}
      rowLink={{ column: 'username', href: (a) => `/staff/accounts/${a.id}`, label: (a) => t('accounts.list.edit_label', { username: a.username }) }}
      caption={(count) => t('accounts.list.caption', { count })}
      empty={t('accounts.list.empty')}
      exportable
    />
  );
}
