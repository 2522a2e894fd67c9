import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listOverdue, type OverdueComplaint } from './api.ts';
import { useComplaintColumns } from './complaints-list-page.tsx';

/** The supervisor's list of complaints past the 14-day notice or the 60-day reply. */
export function ComplaintsOverduePage() {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const overdue = useQuery({ queryKey: ['complaints-overdue-page', 1], queryFn: ({ signal }) => listOverdue(signal) });
  const base = useComplaintColumns() as Column<OverdueComplaint>[];
  const columns: Column<OverdueComplaint>[] = [
    ...base.filter((column) => column.key !== 'received'),
    { key: 'days', header: t('complaints.staff.columns.days_overdue'), render: (c) => formatNumber(c.daysOverdue), isNumeric: true },
  ];
  const items = overdue.data?.items ?? [];
  return (
    <Page
      title={t('complaints.staff.overdue_title')}
      siteName={t('staff-auth.site_name')}
      lead={overdue.data ? <p>{t('complaints.staff.overdue_lead', { today: formatPlainDate(overdue.data.today) })}</p> : null}
    >
      <p>
        <Link href="/staff/complaints">{t('complaints.staff.back_to_list')}</Link>
      </p>
      <ProblemAlert error={overdue.error} />
      {overdue.isLoading ? <Loading label={t('common.loading')} /> : null}
      {overdue.data ? (
        <DataTable
          caption={t('complaints.staff.overdue_caption', { total: formatNumber(items.length) })}
          columns={columns}
          rows={items}
          rowKey={(c) => c.id}
          empty={t('complaints.staff.overdue_empty')}
        />
      ) : null}
    </Page>
  );
}
