import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { type Vacancy, vacanciesEndpoint } from './api.ts';

/** Vacancies of every status; held ones wait for an officer's look at their screening. */
export function VacanciesPage() {
  const { t, formatPlainDate } = useI18n();
  const districtName = useDistrictName();
  const columns: Column<Vacancy>[] = [
    { key: 'title', header: t('employment.fields.title'), render: (v) => v.title, sortKey: 'title' },
    { key: 'employer', header: t('employment.fields.employer'), render: (v) => v.employerName },
    { key: 'status', header: t('employment.fields.status'), render: (v) => t(`employment.status.${v.status}`) },
    { key: 'hits', header: t('employment.fields.screening'), render: (v) => (v.screening.length ? t('employment.screening.count', { count: String(v.screening.length) }) : '') },
    { key: 'district', header: t('employment.fields.district'), render: (v) => districtName(v.districtCode) },
    { key: 'expires', header: t('employment.fields.expires_on'), render: (v) => formatPlainDate(v.expiresOn), sortKey: 'expiresOn' },
  ];
  return (
    <ListPage
      title={t('employment.vacancies.title')}
      lead={t('employment.vacancies.lead')}
      endpoint={vacanciesEndpoint}
      newItem={{ href: '/staff/vacancies/new', label: t('employment.vacancies.new') }}
      rowLink={{ column: 'title', href: (v) => `/staff/vacancies/${v.id}` }}
      filters={[
        {
          name: 'status',
          kind: 'select',
          label: t('employment.fields.status'),
          options: [
            { value: '', label: t('employment.vacancies.all_statuses') },
            ...(['held', 'published', 'closed'] as const).map((s) => ({ value: s, label: t(`employment.status.${s}`) })),
          ],
        },
      ]}
      columns={columns}
      caption={(total) => t('employment.vacancies.caption', { total })}
      empty={t('employment.vacancies.empty')}
      defaultSort="-createdAt"
      exportable
    />
  );
}
