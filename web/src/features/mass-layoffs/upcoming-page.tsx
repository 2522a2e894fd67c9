/**
 * For employment officers: the layoff plans whose date is ahead and how many workers each affects, so that the
 * stations offer their services before the layoff (a read model of the mass-layoffs module; no worker is named).
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getUpcoming, type UpcomingLayoff } from './api.ts';

export function UpcomingLayoffsPage() {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const [withinDays, setWithinDays] = useState('90');
  const upcoming = useQuery({ queryKey: ['mass-layoffs-upcoming', withinDays], queryFn: ({ signal }) => getUpcoming(Number(withinDays), signal) });
  return (
    <Page title={t('mass-layoffs.upcoming.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('mass-layoffs.upcoming.lead')}</p>}>
      <SelectField
        label={t('mass-layoffs.upcoming.within')}
        value={withinDays}
        onChange={(e) => setWithinDays(e.target.value)}
        options={['30', '60', '90', '180'].map((d) => ({ value: d, label: t('mass-layoffs.upcoming.days', { days: d }) }))}
      />
      <ProblemAlert error={upcoming.error} />
      {upcoming.isPending ? <Loading label={t('common.loading')} /> : null}
      {upcoming.data ? (
        <DataTable<UpcomingLayoff>
          caption={t('mass-layoffs.upcoming.caption', { total: upcoming.data.items.length })}
          rows={upcoming.data.items}
          rowKey={(p) => p.id}
          empty={t('mass-layoffs.upcoming.empty')}
          columns={[
            { key: 'employer', header: t('mass-layoffs.columns.employer'), render: (p) => `${p.employerName}（${p.siteName}）` },
            { key: 'layoffOn', header: t('mass-layoffs.columns.layoff_on'), render: (p) => formatPlainDate(p.layoffOn) },
            { key: 'daysLeft', header: t('mass-layoffs.upcoming.days_left'), render: (p) => formatNumber(p.daysLeft), isNumeric: true },
            { key: 'affected', header: t('mass-layoffs.columns.dismissals'), render: (p) => formatNumber(p.plannedDismissals), isNumeric: true },
            { key: 'categories', header: t('mass-layoffs.detail.categories'), render: (p) => p.categories.map((c) => `${c.category} ${formatNumber(c.count)}`).join('、') },
          ]}
        />
      ) : null}
    </Page>
  );
}
