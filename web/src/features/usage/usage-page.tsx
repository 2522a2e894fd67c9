import { useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { FilterForm, useListState } from '../../ui/list-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { getUsage, type UsageReport } from './api.ts';

type Day = UsageReport['days'][number];
type Named = UsageReport['pages'][number];

/** Indicator 2, 工時警示與勞動權益 APP 使用率: tool uses ÷ page views × 100 against the 5 % target. */
export function UsagePage() {
  const { t, formatNumber, formatPlainDate } = useI18n();
  // The range lives in the URL like a list's filters, so reload and back keep it.
  const { pathname } = useLocation();
  const { state, go } = useListState(['from', 'to'], 'url', {}, '');
  const range = { from: state.filters.from ?? '', to: state.filters.to ?? '' };
  const report = useQuery({ queryKey: ['usage-page', 1, range], queryFn: ({ signal }) => getUsage(range, signal) });
  const errors = fieldErrors(report.error);
  const percent = (value: number | null) => (value === null ? t('usage.no_page_views') : t('usage.percent', { value: formatNumber(value) }));
  const dayColumns: Column<Day>[] = [
    { key: 'day', header: t('usage.day'), render: (d) => formatPlainDate(d.day) },
    { key: 'views', header: t('usage.page_views'), isNumeric: true, render: (d) => formatNumber(d.pageViews) },
    { key: 'uses', header: t('usage.tool_uses'), isNumeric: true, render: (d) => formatNumber(d.toolUses) },
    { key: 'ratio', header: t('usage.ratio'), isNumeric: true, render: (d) => percent(d.ratioPercent) },
  ];
  const nameColumns = (header: string): Column<Named>[] => [
    { key: 'name', header, render: (n) => <code>{n.name}</code> },
    { key: 'count', header: t('usage.count'), isNumeric: true, render: (n) => formatNumber(n.count) },
  ];
  const data = report.data;
  return (
    <Page title={t('usage.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('usage.lead')}</p>}>
      <FilterForm
        key={`${range.from}:${range.to}`}
        filters={[
          { name: 'from', kind: 'date', label: t('usage.from') },
          { name: 'to', kind: 'date', label: t('usage.to') },
        ]}
        values={range}
        errors={errors}
        label={t('usage.range')}
        submitLabel={t('usage.show')}
        clearHref={pathname}
        onSubmit={(values) => go({ filters: values, sort: '', page: 1 })}
      />
      <ProblemAlert error={report.error} />
      {report.isLoading ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <>
          <section className="section help" aria-labelledby="usage-indicator">
            <h2 id="usage-indicator">{t('usage.indicator')}</h2>
            <p className="small">{t('usage.period', { from: formatPlainDate(data.from), to: formatPlainDate(data.to) })}</p>
            <dl className="summary">
              <dt>{t('usage.value')}</dt>
              <dd>
                <strong>{percent(data.indicator.valuePercent)}</strong>{' '}
                {data.indicator.met === null ? null : data.indicator.met ? t('usage.met') : t('usage.not_met')}
              </dd>
              <dt>{t('usage.target')}</dt>
              <dd>{t('usage.percent', { value: formatNumber(data.indicator.targetPercent) })}</dd>
              <dt>{t('usage.totals')}</dt>
              <dd>{t('usage.totals_text', { uses: formatNumber(data.totals.toolUses), views: formatNumber(data.totals.pageViews) })}</dd>
            </dl>
            <p className="small">{t('usage.privacy')}</p>
          </section>
          <section className="section" aria-labelledby="usage-days">
            <h2 id="usage-days">{t('usage.by_day')}</h2>
            <DataTable caption={t('usage.by_day')} columns={dayColumns} rows={data.days} rowKey={(d) => d.day} empty={t('usage.empty')} />
          </section>
          <section className="section" aria-labelledby="usage-names">
            <h2 id="usage-names">{t('usage.by_name')}</h2>
            <DataTable caption={t('usage.tools')} columns={nameColumns(t('usage.tool'))} rows={data.tools} rowKey={(n) => n.name} empty={t('usage.empty')} />
            <DataTable caption={t('usage.pages')} columns={nameColumns(t('usage.page'))} rows={data.pages} rowKey={(n) => n.name} empty={t('usage.empty')} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
