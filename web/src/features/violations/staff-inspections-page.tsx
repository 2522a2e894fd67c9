import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type Inspection, listInspections } from './api.ts';
import './violations.css';

export function InspectionStatus({ status }: { status: Inspection['status'] }) {
  const { t } = useI18n();
  return <span className={`violation-badge${status === 'draft' ? ' violation-badge--disputed' : ''}`}>{t(`violations.inspections.status.${status}`)}</span>;
}

/** The bureau's own inspection results (最新勞動檢查結果): drafts first, then what has been published. */
export function StaffInspectionsPage() {
  const { t, formatNumber, formatPlainDate, formatDateTime } = useI18n();
  const list = useQuery({ queryKey: ['staff-inspections-page', 1], queryFn: ({ signal }) => listInspections(signal) });
  const columns: Column<Inspection>[] = [
    {
      key: 'employer',
      header: t('violations.fields.employer'),
      render: (row) => <Link href={`/staff/violations/inspections/${row.id}`}>{row.companyName}</Link>,
    },
    { key: 'law', header: t('violations.fields.law'), render: (row) => (row.lawId ? t(`violations.laws.${row.lawId}`) : (row.law ?? '')) },
    { key: 'status', header: t('violations.inspections.status_label'), render: (row) => <InspectionStatus status={row.status} /> },
    { key: 'announced', header: t('violations.fields.announced_on'), render: (row) => (row.announcedOn ? formatPlainDate(row.announcedOn) : '') },
    { key: 'updated', header: t('violations.inspections.updated'), render: (row) => formatDateTime(row.updatedAt) },
  ];
  return (
    <Page title={t('violations.inspections.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('violations.inspections.lead')}</p>}>
      <p>
        <Link className="button button--primary" href="/staff/violations/inspections/new">
          {t('violations.inspections.new')}
        </Link>
      </p>
      <ProblemAlert error={list.error} />
      {list.isLoading ? <Loading label={t('common.loading')} /> : null}
      {list.data ? (
        <DataTable
          caption={t('violations.inspections.caption', { count: formatNumber(list.data.total) })}
          columns={columns}
          rows={list.data.items}
          rowKey={(row) => String(row.id)}
          empty={t('violations.inspections.empty')}
        />
      ) : null}
    </Page>
  );
}
