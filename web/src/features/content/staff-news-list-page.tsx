import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { NewsStaffSummary } from './api.ts';
import { StatusPill, useStatusFilter } from './staff-qa-list-page.tsx';
import './content.css';

export function StaffNewsListPage() {
  const { t, formatDateTime } = useI18n();
  const columns: Column<NewsStaffSummary>[] = [
    { key: 'title', header: t('content.staff.news_title_field'), render: (row) => row.title },
    { key: 'status', header: t('content.staff.status'), render: (row) => <StatusPill status={row.status} />, sortKey: 'status' },
    { key: 'published', header: t('content.staff.published_at'), render: (row) => (row.publishedAt ? formatDateTime(row.publishedAt) : ''), sortKey: 'date' },
    { key: 'locales', header: t('content.staff.languages'), render: (row) => row.locales.map((l) => t(`content.languages.${l}`)).join('、') },
  ];
  return (
    <ListPage
      title={t('content.staff.news_title')}
      lead={t('content.staff.news_lead')}
      newItem={{ href: '/staff/content/news/new', label: t('content.staff.new_news') }}
      endpoint="/api/v1/staff/news"
      filters={[useStatusFilter()]}
      columns={columns}
      rowLink={{ column: 'title', href: (row) => `/staff/content/news/${row.id}` }}
      caption={(total) => t('content.staff.news_caption', { total })}
      empty={t('content.staff.empty')}
      exportable
    />
  );
}
