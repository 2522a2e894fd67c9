import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { QaStaffSummary } from './api.ts';
import './content.css';

export function StatusPill({ status }: { status: 'draft' | 'published' }) {
  const { t } = useI18n();
  return <span className={`status-pill status-pill--${status}`}>{t(`content.status.${status}`)}</span>;
}

/** The status filter both content lists offer. */
export function useStatusFilter() {
  const { t } = useI18n();
  return {
    name: 'status',
    kind: 'select' as const,
    label: t('content.staff.status'),
    options: [
      { value: '', label: t('content.staff.all_statuses') },
      { value: 'draft', label: t('content.status.draft') },
      { value: 'published', label: t('content.status.published') },
    ],
  };
}

export function StaffQaListPage() {
  const { t, formatDateTime } = useI18n();
  const columns: Column<QaStaffSummary>[] = [
    { key: 'question', header: t('content.staff.question'), render: (row) => row.question },
    { key: 'category', header: t('content.qa.category'), render: (row) => t(`content.categories.${row.category}`), sortKey: 'category' },
    { key: 'status', header: t('content.staff.status'), render: (row) => <StatusPill status={row.status} />, sortKey: 'status' },
    { key: 'locales', header: t('content.staff.languages'), render: (row) => row.locales.map((l) => t(`content.languages.${l}`)).join('、') },
    { key: 'updated', header: t('content.staff.updated'), render: (row) => formatDateTime(row.updatedAt), sortKey: 'updatedAt' },
  ];
  return (
    <ListPage
      title={t('content.staff.qa_title')}
      lead={t('content.staff.qa_lead')}
      newItem={{ href: '/staff/content/qa/new', label: t('content.staff.new_qa') }}
      endpoint="/api/v1/staff/qa"
      filters={[{ name: 'q', kind: 'search', label: t('content.qa.query') }, useStatusFilter()]}
      columns={columns}
      rowLink={{ column: 'question', href: (row) => `/staff/content/qa/${row.id}` }}
      caption={(total) => t('content.staff.qa_caption', { total })}
      empty={t('content.staff.empty')}
      exportable
    />
  );
}
