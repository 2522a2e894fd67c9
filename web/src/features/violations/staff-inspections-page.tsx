import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { Inspection } from './api.ts';
import './violations.css';

export function InspectionStatus({ status }: { status: Inspection['status'] }) {
  const { t } = useI18n();
  return <span className={`violation-badge${status === 'draft' ? ' violation-badge--disputed' : ''}`}>{t(`violations.inspections.status.${status}`)}</span>;
}

/** The bureau's own inspection results (最新勞動檢查結果): drafts first, then what has been published. */
export function StaffInspectionsPage() {
  const { t, formatPlainDate, formatDateTime } = useI18n();
  const columns: Column<Inspection>[] = [
    {
      key: 'employer',
      header: t('violations.fields.employer'),
      render: (row) => row.companyName,
      sortKey: 'employerName',
    },
    { key: 'law', header: t('violations.fields.law'), render: (row) => (row.lawId ? t(`violations.laws.${row.lawId}`) : (row.law ?? '')) },
    { key: 'status', header: t('violations.inspections.status_label'), render: (row) => <InspectionStatus status={row.status} />, sortKey: 'status' },
    { key: 'announced', header: t('violations.fields.announced_on'), render: (row) => (row.announcedOn ? formatPlainDate(row.announcedOn) : ''), sortKey: 'announcedOn' },
    { key: 'updated', header: t('violations.inspections.updated'), render: (row) => formatDateTime(row.updatedAt), sortKey: 'updatedAt' },
  ];
  return (
    <ListPage
      title={t('violations.inspections.title')}
      lead={t('violations.inspections.lead')}
      newItem={{ href: '/staff/violations/inspections/new', label: t('violations.inspections.new') }}
      endpoint="/api/v1/staff/violations/inspections"
      columns={columns}
      rowLink={{ column: 'employer', href: (row) => `/staff/violations/inspections/${row.id}` }}
      caption={(count) => t('violations.inspections.caption', { count })}
      empty={t('violations.inspections.empty')}
      exportable
    />
  );
}
