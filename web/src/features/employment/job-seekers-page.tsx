import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useCity, localName } from '../reference-data/city.ts';
import { type JobSeekerSummary, jobSeekersEndpoint } from './job-seekers-api.ts';

/** Job seekers of the officer's station (names masked); the full profile is one audited click away. */
export function JobSeekersPage() {
  const { t, locale, formatPlainDate } = useI18n();
  const city = useCity();
  const station = (code: string | null) => {
    const found = city?.employmentServiceStations.find((s) => s.code === code);
    return found ? localName(found, locale) : (code ?? t('referrals.seekers.city'));
  };
  const columns: Column<JobSeekerSummary>[] = [
    { key: 'name', header: t('referrals.seekers.name'), render: (s) => s.personName },
    { key: 'station', header: t('referrals.seekers.station'), render: (s) => station(s.stationCode) },
    { key: 'occupations', header: t('referrals.seekers.occupations'), render: (s) => s.desiredOccupations.join(t('common.list_separator')) },
    { key: 'registered', header: t('referrals.seekers.registered_on'), render: (s) => formatPlainDate(s.registeredOn), sortKey: 'registeredOn' },
    { key: 'placed', header: t('referrals.seekers.placed'), render: (s) => (s.placed ? t('referrals.seekers.placed_yes') : '') },
  ];
  return (
    <ListPage
      title={t('referrals.seekers.title')}
      lead={t('referrals.seekers.lead')}
      endpoint={jobSeekersEndpoint}
      newItem={{ href: '/staff/job-seekers/new', label: t('referrals.seekers.new') }}
      rowLink={{ column: 'name', href: (s) => `/staff/job-seekers/${s.id}`, label: (s) => t('referrals.seekers.open', { name: s.personName }), state: (s) => s }}
      filters={[]}
      columns={columns}
      caption={(total) => t('referrals.seekers.caption', { total })}
      empty={t('referrals.seekers.empty')}
      defaultSort="-registeredOn"
      exportable
    />
  );
}
