import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { type Employer, employersEndpoint } from './api.ts';

/** Employers (事業單位) by name, 統一編號 or district. */
export function EmployersPage() {
  const { t, locale } = useI18n();
  const city = useCity();
  const districtName = useDistrictName();
  const columns: Column<Employer>[] = [
    { key: 'name', header: t('employers.fields.name'), render: (e) => e.name, sortKey: 'name' },
    { key: 'ubn', header: t('employers.fields.ubn'), render: (e) => e.ubn ?? '', sortKey: 'ubn' },
    { key: 'industry', header: t('employers.fields.industry_code'), render: (e) => e.industryCode ?? '', sortKey: 'industryCode' },
    { key: 'district', header: t('employers.fields.district'), render: (e) => districtName(e.districtCode), sortKey: 'districtCode' },
    { key: 'address', header: t('employers.fields.address'), render: (e) => e.address ?? '' },
  ];
  return (
    <ListPage
      title={t('employers.title')}
      lead={t('employers.lead')}
      endpoint={employersEndpoint}
      filters={[
        { name: 'q', kind: 'search', label: t('employers.filters.query'), hint: t('employers.filters.query_hint') },
        {
          name: 'district',
          kind: 'select',
          label: t('employers.fields.district'),
          options: [
            { value: '', label: t('employers.filters.all_districts') },
            ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) })),
          ],
        },
      ]}
      columns={columns}
      caption={(total) => t('employers.caption', { total })}
      empty={t('employers.empty')}
      exportable
    />
  );
}
