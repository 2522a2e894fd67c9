import { ExportLinks } from '../../ui/list-page.tsx';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type DrillBy, getIndicator, getIndicators, type IndicatorDetail } from './api.ts';
import { fractionText, formatValue, metText, sourceText } from './indicator-format.ts';
import './indicators.css';

// Chart.js is its own chunk, fetched when a drill-down opens: the rest of the back office never loads it.
const IndicatorChart = lazy(() => import('./indicator-chart.tsx').then((m) => ({ default: m.IndicatorChart })));

const drillOptions: readonly DrillBy[] = ['month', 'station', 'district', 'region', 'group'];
type PartRow = IndicatorDetail['parts'][number];

/** One indicator for a year: the whole, and its parts by month (trend against the target) or by unit. */
export function IndicatorPage({ code }: { code: string }) {
  const { t, formatNumber } = useI18n();
  const { pathname, search } = useLocation();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const by = (drillOptions as readonly string[]).includes(search.get('by') ?? '') ? (search.get('by') as DrillBy) : 'month';
  const list = useQuery({ queryKey: ['indicators', year], queryFn: ({ signal }) => getIndicators(year, signal) });
  const detail = useQuery({
    queryKey: ['indicator', code, year, by],
    queryFn: ({ signal }) => getIndicator(code, { from: `${year}-01-01`, to: `${year}-12-31`, by }, signal),
  });
  const item = list.data?.items.find((i) => i.code === code);
  const data = detail.data;
  const unit = item?.unit ?? 'number';
  const value = (v: number | null) => formatValue(t, formatNumber, unit, v);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v));
  // The server names stations, districts and regions; special groups and records without a unit are named here.
  const unitName = (p: PartRow) => p.label ?? (p.unit === 'none' ? t('indicators.no_unit') : by === 'group' ? t(`people.special_group.${p.unit}`) : p.unit);
  const parts = data?.parts ?? [];
  const unitTargets = parts.some((p) => p.target !== null);
  const columns: Column<PartRow>[] = [
    { key: 'unit', header: t(`indicators.by.${by}`), render: unitName },
    { key: 'value', header: t('indicators.value'), isNumeric: true, render: (p) => value(p.value) },
    { key: 'numerator', header: item?.numeratorDescription ?? t('indicators.numerator'), isNumeric: true, render: (p) => n(p.numerator) },
    ...(item?.denominatorDescription ? [{ key: 'denominator', header: item.denominatorDescription, isNumeric: true, render: (p: PartRow) => n(p.denominator) }] : []),
    ...(unitTargets
      ? [
          { key: 'target', header: t('indicators.unit_target'), isNumeric: true, render: (p: PartRow) => (p.target === null ? t('indicators.no_target') : value(p.target)) },
          { key: 'met', header: t('indicators.status'), render: (p: PartRow) => metText(t, p.met) },
        ]
      : []),
  ];
  const title = item ? `${item.code}. ${item.name}` : t('indicators.title');
  const summaryParams = {
    name: item?.name ?? code,
    parts: parts.map((p) => `${unitName(p)} ${value(p.value)}`).join(t('common.list_separator')),
    target: item?.target === null || item?.target === undefined ? t('indicators.no_target') : value(item.target),
  };
  const summary = by === 'month' ? t('indicators.chart_summary_month', summaryParams) : t('indicators.chart_summary_unit', summaryParams);
  return (
    <Page title={title} siteName={t('staff-auth.site_name')} lead={<p><Link href={`/staff/indicators?year=${year}`}>{t('indicators.back')}</Link></p>}>
      <ProblemAlert error={list.error ?? detail.error} />
      {detail.isLoading ? <Loading label={t('common.loading')} /> : null}
      <SelectField
        label={t('indicators.drill_by')}
        value={by}
        onChange={(event) => navigate(`${pathname}?year=${year}&by=${event.target.value}`)}
        options={drillOptions.map((option) => ({ value: option, label: t(`indicators.by.${option}`) }))}
      />
      {data && item ? (
        <>
          <section className="section help" aria-labelledby="indicator-whole">
            <h2 id="indicator-whole">{t('indicators.whole', { year })}</h2>
            <p>
              <strong className="indicator-score">{value(data.value)}</strong> · {t('indicators.target')} {item.target === null ? t('indicators.no_target') : value(item.target)}
            </p>
            <p className="small">{fractionText(t, formatNumber, { ...item, numerator: data.numerator, denominator: data.denominator })}</p>
            <p className="small">{sourceText(t, data)}</p>
            <p className="small">{t('indicators.formula', { formula: item.formula })}</p>
            <ExportLinks endpoint={`/api/v1/indicators/${encodeURIComponent(code)}`} params={new URLSearchParams({ from: `${year}-01-01`, to: `${year}-12-31`, by })} />
          </section>
          <section className="section" aria-labelledby="indicator-parts">
            <h2 id="indicator-parts">{t(`indicators.by_title.${by}`)}</h2>
            {data.drillable && parts.length ? (
              <>
                <Suspense fallback={<Loading label={t('common.loading')} />}>
                <IndicatorChart
                  labels={parts.map(unitName)}
                  series={[
                    { label: item.name, values: parts.map((p) => p.value), kind: by === 'month' ? 'line' : 'bar', color: '#0b5cad' },
                    ...(unitTargets
                      ? [{ label: t('indicators.unit_target'), values: parts.map((p) => p.target), kind: 'line' as const, dashed: true, color: '#b3261e' }]
                      : item.target === null
                        ? []
                        : [{ label: t('indicators.target'), values: parts.map(() => item.target), kind: 'line' as const, dashed: true, color: '#b3261e' }]),
                  ]}
                  summary={summary}
                />
                </Suspense>
                <DataTable caption={t(`indicators.by_title.${by}`)} columns={columns} rows={parts} rowKey={(p) => p.unit} empty={t('indicators.no_parts')} />
                {by === 'group' ? <p className="small">{t('indicators.group_overlap')}</p> : null}
              </>
            ) : (
              <p>{t('indicators.not_drillable')}</p>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
