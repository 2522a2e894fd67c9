import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { type SummerJob, summerJobsEndpoint } from './api.ts';
import { YouthNav } from './youth-nav.tsx';

/** 特定對象大專青年暑期工讀 placements; names masked. */
export function SummerJobsPage() {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const columns: Column<SummerJob>[] = [
    { key: 'name', header: t('youth.fields.student'), render: (j) => j.maskedName },
    { key: 'school', header: t('youth.fields.school'), render: (j) => j.school },
    { key: 'employer', header: t('youth.fields.host_employer'), render: (j) => j.employerName },
    { key: 'startOn', header: t('youth.fields.start_on'), render: (j) => formatPlainDate(j.startOn), sortKey: 'startOn' },
    { key: 'hours', header: t('youth.fields.hours'), render: (j) => formatNumber(j.hours), isNumeric: true },
    { key: 'wage', header: t('youth.fields.hourly_wage'), render: (j) => formatNumber(j.hourlyWage), isNumeric: true },
    { key: 'pay', header: t('youth.fields.pay'), render: (j) => formatNumber(j.pay), isNumeric: true },
  ];
  return (
    <ListPage
      title={t('youth.summer_jobs.title')}
      lead={<><YouthNav current="summer_jobs" /><p>{t('youth.summer_jobs.lead')}</p></>}
      endpoint={summerJobsEndpoint}
      newItem={{ href: '/staff/youth/summer-jobs/new', label: t('youth.summer_jobs.new') }}
      columns={columns}
      caption={(total) => t('youth.summer_jobs.caption', { total })}
      empty={t('youth.summer_jobs.empty')}
      defaultSort="-startOn"
      exportable
    />
  );
}
