import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Obligation = { employerId: string; ubn: string | null; name: string; sector: string; employees: number; required: number; counted: number; shortfall: number; payment: { amount: number; source: string; article: string } | null };
type Ratio = { required: number; counted: number; value: number | null };
type Indicator = Ratio & { bySector: { public: Ratio; private: Ratio } };

/** One month's obligations (身心障礙者權益保障法 Arts. 38, 43) and indicator 6. */
export function QuotaPage() {
  const { t, formatNumber } = useI18n();
  const [month, setMonth] = useState('2026-03');
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const obligations = useQuery({ queryKey: ['quota', month], enabled: valid, queryFn: ({ signal }) => apiRequest<{ items: Obligation[] }>(`/api/v1/staff/quota/obligations?month=${month}`, { signal }) });
  const indicator = useQuery({ queryKey: ['quota-indicator', month], enabled: valid, queryFn: ({ signal }) => apiRequest<Indicator>(`/api/v1/staff/quota/indicator?month=${month}`, { signal }) });
  const columns: Column<Obligation>[] = [
    { key: 'employer', header: t('quota.columns.employer'), render: (o) => o.name },
    { key: 'sector', header: t('quota.columns.sector'), render: (o) => t(`quota.sectors.${o.sector}`) },
    ...(['employees', 'required', 'counted', 'shortfall'] as const).map((key) => ({
      key,
      header: t(`quota.columns.${key}`),
      render: (o: Obligation) => formatNumber(o[key]),
      isNumeric: true,
    })),
    {
      key: 'payment',
      header: t('quota.columns.payment'),
      render: (o) => (o.payment ? (o.shortfall ? `NT$ ${formatNumber(o.payment.amount)}` : '—') : t('quota.no_rate')),
      isNumeric: true,
    },
  ];
  const ratio = (r: Ratio | undefined) => (r?.value === null || r === undefined ? t('quota.none') : `${formatNumber(r.value)}%`);
  return (
    <Page title={t('quota.title')} siteName={t('staff-auth.site_name')}>
      <p>{t('quota.lead')}</p>
      <TextField id="quota-month" label={t('quota.month')} hint={t('quota.month_hint')} value={month} onChange={(e) => setMonth(e.target.value)} inputMode="numeric" />
      <ProblemAlert error={obligations.error ?? indicator.error} />
      {indicator.data ? (
        <section className="section" aria-labelledby="quota-indicator">
          <h2 id="quota-indicator">{t('quota.indicator_title')}</h2>
          <p data-testid="indicator-6">
            {t('quota.indicator_line', { value: ratio(indicator.data), counted: formatNumber(indicator.data.counted), required: formatNumber(indicator.data.required) })}
          </p>
          <p>{t('quota.by_sector', { public: ratio(indicator.data.bySector.public), private: ratio(indicator.data.bySector.private) })}</p>
        </section>
      ) : null}
      {obligations.isLoading ? <Loading label={t('common.loading')} /> : null}
      {obligations.data ? (
        <DataTable
          caption={t('quota.caption', { total: formatNumber(obligations.data.items.length) })}
          columns={columns}
          rows={obligations.data.items}
          rowKey={(o) => o.employerId}
          empty={t('quota.none')}
        />
      ) : null}
      {obligations.data?.items[0]?.payment ? <p className="field__hint">{t('quota.rate_source', { source: obligations.data.items[0].payment.source, article: obligations.data.items[0].payment.article })}</p> : null}
    </Page>
  );
}
