import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listStaffNews, type NewsStaffSummary } from './api.ts';
import { StatusPill } from './staff-qa-list-page.tsx';
import './content.css';

export function StaffNewsListPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const list = useQuery({ queryKey: ['staff-news-list-page', 1], queryFn: ({ signal }) => listStaffNews(signal) });
  const columns: Column<NewsStaffSummary>[] = [
    { key: 'title', header: t('content.staff.news_title_field'), render: (row) => <Link href={`/staff/content/news/${row.id}`}>{row.title}</Link> },
    { key: 'status', header: t('content.staff.status'), render: (row) => <StatusPill status={row.status} /> },
    { key: 'published', header: t('content.staff.published_at'), render: (row) => (row.publishedAt ? formatDateTime(row.publishedAt) : '') },
    { key: 'locales', header: t('content.staff.languages'), render: (row) => row.locales.map((l) => t(`content.languages.${l}`)).join('、') },
  ];
  return (
    <Page title={t('content.staff.news_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('content.staff.news_lead')}</p>}>
      <p>
        <Link className="button button--primary" href="/staff/content/news/new">
          {t('content.staff.new_news')}
        </Link>
      </p>
      <ProblemAlert error={list.error} />
      {list.isLoading ? <Loading label={t('common.loading')} /> : null}
      {list.data ? (
        <DataTable
          caption={t('content.staff.news_caption', { total: formatNumber(list.data.items.length) })}
          columns={columns}
          rows={list.data.items}
          rowKey={(row) => row.id}
          empty={t('content.staff.empty')}
        />
      ) : null}
    </Page>
  );
}
