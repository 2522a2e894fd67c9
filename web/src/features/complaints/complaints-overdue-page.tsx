import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { OverdueComplaint } from './api.ts';
import { useComplaintColumns } from './complaints-list-page.tsx';

/** The supervisor's list of complaints past the 14-day notice or the 60-day reply. */
export function ComplaintsOverduePage() {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const base = useComplaintColumns() as Column<OverdueComplaint>[];
  const columns: Column<OverdueComplaint>[] = [
    ...base.filter((column) => column.key !== 'received'),
    { key: 'days', header: t('complaints.staff.columns.days_overdue'), render: (c) => formatNumber(c.daysOverdue), isNumeric: true, sortKey: 'daysOverdue' },
  ];
  return (
    <ListPage
      title={t('complaints.staff.overdue_title')}
      lead={(answer) =>
        typeof answer?.today === 'string' ? <p>{t('complaints.staff.overdue_lead', { today: formatPlainDate(answer.today) })}</p> : null
      }
      actions={<Link href="/staff/complaints">{t('complaints.staff.back_to_list')}</Link>}
      endpoint="/api/v1/staff/complaints/overdue"
      columns={columns}
      caption={(total) => t('complaints.staff.overdue_caption', { total })}
      empty={t('complaints.staff.overdue_empty')}
      exportable
    />
  );
}
