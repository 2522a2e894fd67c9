import { complaintStatuses } from '../../../../src/modules/complaints/complaints.workflow.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import type { ComplaintSummary } from './api.ts';

/** Columns shared by the complaint list and the overdue list; none of them can hold the complainant. */
export function useComplaintColumns(): Column<ComplaintSummary>[] {
  const { t, formatPlainDate, formatDateTime } = useI18n();
  const districtName = useDistrictName();
  return [
    {
      key: 'code',
      header: t('complaints.staff.columns.tracking_code'),
      render: (c) => (
        <Link href={`/staff/complaints/${c.id}`} aria-label={t('complaints.staff.open_label', { code: c.trackingCode })}>
          {c.trackingCode}
        </Link>
      ),
      sortKey: 'trackingCode',
    },
    // At 1366 px the list must show the deadline and the assignee without scrolling (issue 15 §8a): the district
    // and the law ride under the employer, and both deadlines share one cell with what is overdue marked.
    {
      key: 'employer',
      header: t('complaints.staff.columns.employer'),
      render: (c) => (
        <>
          {c.employerName}
          <span className="cell-secondary">
            {districtName(c.districtCode)}
            {t('common.list_separator')}
            {t(`complaints.laws.${c.law}`)}
          </span>
        </>
      ),
      sortKey: 'employerName',
    },
    { key: 'status', header: t('complaints.staff.columns.status'), render: (c) => t(`complaints.statuses.${c.status}`), sortKey: 'status' },
    {
      key: 'assignee',
      header: t('complaints.staff.columns.assignee'),
      render: (c) => c.assignedTo?.displayName ?? <span className="muted">{t('complaints.staff.unassigned')}</span>,
    },
    {
      key: 'reply-due',
      header: t('complaints.staff.columns.deadlines'),
      render: (c) => (
        <>
          <span className="cell-line">{t('complaints.staff.due_notice', { date: formatPlainDate(c.noticeDueOn) })}</span>
          <span className="cell-line">{t('complaints.staff.due_reply', { date: formatPlainDate(c.replyDueOn) })}</span>
          {c.overdue.map((d) => (
            <span key={d} className="cell-line badge">
              {t(`complaints.deadlines.${d}`)}
            </span>
          ))}
        </>
      ),
      sortKey: 'replyDueOn',
    },
    { key: 'received', header: t('complaints.staff.columns.received_at'), render: (c) => formatDateTime(c.receivedAt), sortKey: 'receivedAt' },
  ];
}

export function ComplaintsListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const columns = useComplaintColumns();
  const filters: ListFilter[] = [
    {
      name: 'status',
      kind: 'select',
      label: t('complaints.staff.status_filter'),
      options: [
        { value: '', label: t('complaints.staff.all_statuses') },
        ...complaintStatuses.map((status) => ({ value: status, label: t(`complaints.statuses.${status}`) })),
      ],
    },
    ...(can('complaints.handle') ? [{ name: 'mine', kind: 'checkbox' as const, label: t('complaints.staff.mine') }] : []),
  ];
  return (
    <ListPage
      title={t('complaints.staff.list_title')}
      lead={t('complaints.staff.list_lead')}
      actions={can('complaints.assign') ? <Link href="/staff/complaints/overdue">{t('complaints.staff.overdue_link')}</Link> : null}
      endpoint="/api/v1/staff/complaints"
      filters={filters}
      columns={columns}
      caption={(total) => t('complaints.staff.caption', { total })}
      empty={t('complaints.staff.empty')}
      exportable
    />
  );
}
