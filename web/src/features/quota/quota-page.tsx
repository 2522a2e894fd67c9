import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Payment = { amount: number; monthlyAmount: number; source: string; article: string };
type Obligation = { employerId: string; ubn: string | null; name: string; sector: string; employees: number; required: number; counted: number; shortfall: number; payment: Payment | null };
type Ratio = { required: number; counted: number; value: number | null };
type Indicator = Ratio & { bySector: { public: Ratio; private: Ratio } };

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Indicator 6 for the month the list answered, with the source of the payment amount it used. */
function Indicator6({ month, payment }: { month: string | undefined; payment: Payment | undefined }) {
  const { t, formatNumber } = useI18n();
  const valid = month !== undefined && monthPattern.test(month);
  const indicator = useQuery({ queryKey: ['quota-indicator', month], enabled: valid, queryFn: ({ signal }) => apiRequest<Indicator>(`/api/v1/staff/quota/indicator?month=${month}`, { signal }) });
  const ratio = (r: Ratio | undefined) => (r?.value === null || r === undefined ? t('quota.none') : `${formatNumber(r.value)}%`);
  return (
    <>
      <p>{t('quota.lead')}</p>
      <ProblemAlert error={indicator.error} />
      {indicator.data ? (
        <section className="section" aria-labelledby="quota-indicator">
          <h2 id="quota-indicator">{t('quota.indicator_title')}</h2>
          <p data-testid="indicator-6">
            {t('quota.indicator_line', { value: ratio(indicator.data), counted: formatNumber(indicator.data.counted), required: formatNumber(indicator.data.required) })}
          </p>
          <p>{t('quota.by_sector', { public: ratio(indicator.data.bySector.public), private: ratio(indicator.data.bySector.private) })}</p>
        </section>
      ) : null}
      {payment ? <p className="field__hint">{t('quota.rate_source', { source: payment.source, article: payment.article })}</p> : null}
    </>
  );
}

/** One month's obligations (身心障礙者權益保障法 Arts. 38, 43) on the kit's list, and indicator 6. */
export function QuotaPage() {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const columns: Column<Obligation>[] = [
    { key: 'employer', header: t('quota.columns.employer'), render: (o) => o.name, sortKey: 'name' },
    { key: 'sector', header: t('quota.columns.sector'), render: (o) => t(`quota.sectors.${o.sector}`) },
    ...(['employees', 'required', 'counted', 'shortfall'] as const).map((key) => ({
      key,
      header: t(`quota.columns.${key}`),
      render: (o: Obligation) => formatNumber(o[key]),
      isNumeric: true,
      sortKey: key,
    })),
    {
      key: 'payment',
      header: t('quota.columns.payment'),
      render: (o) => (o.payment ? (o.shortfall ? `NT$ ${formatNumber(o.payment.amount)}` : '—') : t('quota.no_rate')),
      isNumeric: true,
    },
  ];
  const filters: ListFilter[] = [
    { name: 'month', kind: 'text', label: t('quota.month'), hint: t('quota.month_hint') },
    {
      name: 'sector',
      kind: 'select',
      label: t('quota.columns.sector'),
      options: [{ value: '', label: t('quota.all_sectors') }, { value: 'public', label: t('quota.sectors.public') }, { value: 'private', label: t('quota.sectors.private') }],
    },
    { name: 'shortfall', kind: 'checkbox', label: t('quota.shortfall_filter') },
    { name: 'over', kind: 'checkbox', label: t('quota.over_filter') },
  ];
  return (
    <ListPage
      title={t('quota.title')}
      actions={
        <p className="button-row">
          {can('quota.write') ? <Link href="/staff/quota/imports">{t('quota.import_link')}</Link> : null}
          <Link href="/staff/quota/notices">{t('quota.notices.title')}</Link>
        </p>
      }
      lead={(answer) => (
        <Indicator6 month={typeof answer?.month === 'string' ? answer.month : undefined} payment={(answer?.items as Obligation[] | undefined)?.find((o) => o.payment)?.payment ?? undefined} />
      )}
      endpoint="/api/v1/staff/quota/obligations"
      filters={filters}
      filterDefaults={{ month: '2026-03' }}
      columns={columns}
      rowKey={(o) => o.employerId}
      caption={(total) => t('quota.caption', { total })}
      empty={t('quota.none')}
      exportable
    />
  );
}
