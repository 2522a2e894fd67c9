import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';

type Notice = { id: string; employerName: string; ubn: string; month: string; shortfall: number; monthlyAmount: number; amount: number; source: string; article: string };

/** A month's shortfall payment notices (差額補助費), each with the amount and source it was issued with. */
export function QuotaNoticesPage() {
  const { t, formatNumber } = useI18n();
  const columns: Column<Notice>[] = [
    { key: 'employer', header: t('quota.columns.employer'), render: (n) => n.employerName, sortKey: 'employerName' },
    { key: 'ubn', header: t('quota.notices.ubn'), render: (n) => n.ubn },
    { key: 'shortfall', header: t('quota.columns.shortfall'), render: (n) => formatNumber(n.shortfall), isNumeric: true, sortKey: 'shortfall' },
    { key: 'amount', header: t('quota.columns.payment'), render: (n) => `NT$ ${formatNumber(n.amount)}`, isNumeric: true, sortKey: 'amount' },
    { key: 'basis', header: t('quota.notices.basis'), render: (n) => t('quota.notices.basis_line', { monthly: formatNumber(n.monthlyAmount), source: n.source, article: n.article }) },
  ];
  const filters: ListFilter[] = [{ name: 'month', kind: 'text', label: t('quota.month'), hint: t('quota.month_hint') }];
  return (
    <ListPage
      title={t('quota.notices.title')}
      lead={t('quota.notices.lead')}
      endpoint="/api/v1/staff/quota/notices"
      filters={filters}
      filterDefaults={{ month: '2026-03' }}
      columns={columns}
      caption={(total) => t('quota.notices.caption', { total })}
      empty={t('quota.notices.empty')}
      exportable
    />
  );
}
