import { Loading } from '../../ui/loading.tsx';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listAccounts, type StaffAccount } from './api.ts';

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
  const accounts = useQuery({ queryKey: ['accounts-page', 1], queryFn: ({ signal }) => listAccounts(signal) });
  const columns: Column<StaffAccount>[] = [
    {
      key: 'username',
      header: t('accounts.fields.username'),
      render: (a) => (
        <Link href={`/staff/accounts/${a.id}`} aria-label={t('accounts.list.edit_label', { username: a.username })}>
          {a.username}
        </Link>
      ),
    },
    { key: 'name', header: t('accounts.fields.display_name'), render: (a) => a.displayName },
    {
      key: 'roles',
      header: t('accounts.fields.roles'),
      render: (a) => a.roles.map((role) => t(`staff-auth.roles.${role}`)).join(t('common.list_separator')),
    },
    { key: 'status', header: t('accounts.fields.status'), render: (a) => <AccountStatus account={a} /> },
    {
      key: 'last-login',
      header: t('accounts.fields.last_login'),
      render: (a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('accounts.list.never')),
    },
  ];
  return (
    <Page title={t('accounts.list.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('accounts.list.lead')}</p>}>
      <p>
        <Link className="button button--primary" href="/staff/accounts/new">
          {t('accounts.list.create')}
        </Link>
      </p>
      <ProblemAlert error={accounts.error} />
      {accounts.isLoading ? <Loading label={t('common.loading')} /> : null}
      {accounts.data ? (
        <DataTable
          caption={t('accounts.list.caption', { count: accounts.data.items.length })}
          columns={columns}
          rows={accounts.data.items}
          rowKey={(a) => a.id}
          empty={t('accounts.list.empty')}
        />
      ) : null}
    </Page>
  );
}
