import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Union = { id: string; name: string; kind: string; registrationNumber: string; members: number | null; termEndsOn: string | null; lastEvaluation: { year: number; grade: string } | null };
type Indicator = { year: number; registered: number; evaluated: number; guided: number; reached: number; value: number | null };

/** The union registry and indicator 5 for the year. */
export function UnionsPage({ year = new Date().getFullYear() }: { year?: number }) {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const unions = useQuery({ queryKey: ['unions'], queryFn: ({ signal }) => apiRequest<{ items: Union[] }>('/api/v1/staff/unions', { signal }) });
  const columns: Column<Union>[] = [
    { key: 'name', header: t('unions.columns.name'), render: (u) => u.name },
    { key: 'kind', header: t('unions.columns.kind'), render: (u) => t(`unions.kinds.${u.kind}`) },
    { key: 'number', header: t('unions.columns.number'), render: (u) => u.registrationNumber },
    { key: 'members', header: t('unions.columns.members'), render: (u) => (u.members === null ? t('unions.none') : formatNumber(u.members)), isNumeric: true },
    { key: 'term', header: t('unions.columns.term'), render: (u) => (u.termEndsOn ? formatPlainDate(u.termEndsOn) : t('unions.none')) },
    { key: 'evaluation', header: t('unions.columns.evaluation'), render: (u) => (u.lastEvaluation ? `${u.lastEvaluation.year}：${u.lastEvaluation.grade}` : t('unions.none')) },
  ];
  const indicator = useQuery({ queryKey: ['unions-indicator', year], queryFn: ({ signal }) => apiRequest<Indicator>(`/api/v1/staff/unions/indicator?year=${year}`, { signal }) });
  return (
    <Page title={t('unions.title')} siteName={t('staff-auth.site_name')}>
      <p>{t('unions.lead')}</p>
      <ProblemAlert error={unions.error ?? indicator.error} />
      {indicator.data ? (
        <section className="section" aria-labelledby="unions-indicator">
          <h2 id="unions-indicator">{t('unions.indicator_title', { year })}</h2>
          <p data-testid="indicator-5">
            {t('unions.indicator_line', {
              value: indicator.data.value === null ? t('unions.none') : `${formatNumber(indicator.data.value)}%`,
              reached: formatNumber(indicator.data.reached),
              registered: formatNumber(indicator.data.registered),
              evaluated: formatNumber(indicator.data.evaluated),
              guided: formatNumber(indicator.data.guided),
            })}
          </p>
        </section>
      ) : null}
      {unions.isLoading ? <Loading label={t('common.loading')} /> : null}
      {unions.data ? (
        <DataTable
          caption={t('unions.caption', { total: formatNumber(unions.data.items.length) })}
          columns={columns}
          rows={unions.data.items}
          rowKey={(u) => u.id}
          empty={t('unions.none')}
        />
      ) : null}
    </Page>
  );
}
