import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { getYouthIndicator, type YouthIndicator } from './api.ts';
import { YouthNav } from './youth-nav.tsx';

type ServiceRow = YouthIndicator['byService'][number];
type DistrictRow = YouthIndicator['byDistrict'][number];
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Indicator 4's numerator: young people (15–29 on the day) served, by service and by district. */
export function YouthIndicatorPage() {
  const { t, formatNumber } = useI18n();
  const districtName = useDistrictName();
  const year = String(new Date().getFullYear());
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const ready = isDate(from) && isDate(to);
  const figures = useQuery({ queryKey: ['youth-indicator', from, to], queryFn: ({ signal }) => getYouthIndicator(from, to, signal), enabled: ready });
  const counts = <R extends { personTimes: number; distinctPersons: number }>(): Column<R>[] => [
    { key: 'times', header: t('youth.indicator.person_times'), render: (r) => formatNumber(r.personTimes), isNumeric: true },
    { key: 'persons', header: t('youth.indicator.distinct_persons'), render: (r) => formatNumber(r.distinctPersons), isNumeric: true },
  ];
  const d = figures.data;
  return (
    <Page title={t('youth.indicator.title')} siteName={t('staff-auth.site_name')} lead={<><YouthNav current="indicator" /><p>{t('youth.indicator.lead')}</p></>}>
      <div className="youth-range">
        <TextField label={t('youth.indicator.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t('youth.indicator.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <ProblemAlert error={figures.error} />
      {!d ? (
        figures.isPending && ready ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <p className="youth-total">{t('youth.indicator.total', { times: formatNumber(d.personTimes), persons: formatNumber(d.distinctPersons) })}</p>
          <DataTable<ServiceRow>
            caption={t('youth.indicator.by_service')}
            columns={[{ key: 'service', header: t('youth.indicator.service'), render: (r) => t(`youth.service.${r.service}`) }, ...counts<ServiceRow>()]}
            rows={d.byService}
            rowKey={(r) => r.service}
            empty={t('youth.indicator.empty')}
          />
          <DataTable<DistrictRow>
            caption={t('youth.indicator.by_district')}
            columns={[
              { key: 'district', header: t('youth.fields.district'), render: (r) => (r.districtCode ? districtName(r.districtCode) : t('youth.indicator.no_district')) },
              ...counts<DistrictRow>(),
            ]}
            rows={d.byDistrict}
            rowKey={(r) => r.districtCode ?? 'none'}
            empty={t('youth.indicator.empty')}
          />
          <p>{t('youth.indicator.denominator_note')}</p>
        </>
      )}
    </Page>
  );
}
