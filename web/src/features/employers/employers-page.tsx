import { Loading } from '../../ui/loading.tsx';
import { type FormEvent, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { type Employer, employerPageSize, searchEmployers } from './api.ts';

/** Employers (事業單位) by name, 統一編號 or district. */
export function EmployersPage() {
  const { t, locale, formatNumber } = useI18n();
  const city = useCity();
  const districtName = useDistrictName();
  const [draft, setDraft] = useState({ q: '', district: '' });
  const [query, setQuery] = useState({ q: '', district: '', page: 1 });
  const results = useQuery({ queryKey: ['employers-page', 1, query], queryFn: ({ signal }) => searchEmployers(query, signal) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ ...draft, page: 1 });
  };
  const districtOptions = [
    { value: '', label: t('employers.filters.all_districts') },
    ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) })),
  ];
  const columns: Column<Employer>[] = [
    { key: 'name', header: t('employers.fields.name'), render: (e) => e.name },
    { key: 'ubn', header: t('employers.fields.ubn'), render: (e) => e.ubn ?? '' },
    { key: 'industry', header: t('employers.fields.industry_code'), render: (e) => e.industryCode ?? '' },
    { key: 'district', header: t('employers.fields.district'), render: (e) => districtName(e.districtCode) },
    { key: 'address', header: t('employers.fields.address'), render: (e) => e.address ?? '' },
  ];
  const total = results.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / employerPageSize));
  return (
    <Page title={t('employers.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('employers.lead')}</p>}>
      <form className="form filters" role="search" onSubmit={submit} aria-label={t('employers.filters.label')}>
        <div className="filters__grid">
          <TextField
            label={t('employers.filters.query')}
            hint={t('employers.filters.query_hint')}
            type="search"
            name="q"
            autoComplete="off"
            value={draft.q}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          />
          <SelectField
            label={t('employers.fields.district')}
            name="district"
            options={districtOptions}
            value={draft.district}
            onChange={(event) => setDraft({ ...draft, district: event.target.value })}
          />
        </div>
        <Button type="submit">{t('employers.filters.submit')}</Button>
      </form>
      <ProblemAlert error={results.error} />
      {results.isLoading ? <Loading label={t('common.loading')} /> : null}
      {results.data ? (
        <>
          <DataTable
            caption={t('employers.caption', { total: formatNumber(total) })}
            columns={columns}
            rows={results.data.items}
            rowKey={(e) => e.id}
            empty={t('employers.empty')}
          />
          <Pagination
            page={query.page}
            pageCount={pageCount}
            onPage={(page) => setQuery({ ...query, page })}
          />
        </>
      ) : null}
    </Page>
  );
}
