import { useQuery } from '@tanstack/react-query';
import { useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getIndicators, type IndicatorItem } from './api.ts';
import { fractionText, formatValue, metText } from './indicator-format.ts';

/**
 * The public transparency page: the plan's business indicators (city-wide counts and rates, nothing about
 * any person), with target, value and whether it is met. No chart library here: the public budget is small.
 */
export function PublicIndicatorsPage() {
  const { t, formatNumber } = useI18n();
  const { search } = useLocation();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const list = useQuery({ queryKey: ['indicators', year], queryFn: ({ signal }) => getIndicators(year, signal) });
  const value = (item: IndicatorItem, v: number | null) => formatValue(t, formatNumber, item.unit, v);
  const columns: Column<IndicatorItem>[] = [
    { key: 'name', header: t('indicators.indicator'), render: (i) => <><strong>{i.name}</strong><br /><span className="small">{fractionText(t, formatNumber, i)}</span></> },
    { key: 'target', header: t('indicators.target'), isNumeric: true, render: (i) => (i.target === null ? t('indicators.no_target') : value(i, i.target)) },
    { key: 'value', header: t('indicators.value'), isNumeric: true, render: (i) => (i.source === 'missing' ? t('indicators.source_missing') : value(i, i.value)) },
    { key: 'met', header: t('indicators.status'), render: (i) => metText(t, i.met) },
  ];
  const items = list.data?.items.filter((i) => i.dimension === 'business') ?? [];
  return (
    <Page title={t('indicators.public_title')} siteName={t('common.site_name')} lead={<p>{t('indicators.public_lead', { year })}</p>}>
      <ProblemAlert error={list.error} />
      {list.isLoading ? <Loading label={t('common.loading')} /> : null}
      {list.data ? (
        <DataTable caption={t('indicators.public_caption', { year })} columns={columns} rows={items} rowKey={(i) => i.code} empty={t('indicators.no_parts')} />
      ) : null}
      <p className="small">{t('indicators.public_note')}</p>
    </Page>
  );
}
