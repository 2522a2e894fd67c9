import { Loading } from '../../ui/loading.tsx';
import { type FormEvent, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { listPageSize, type PersonSummary, searchPeople } from './api.ts';

/** Search people; the list shows masked names, ID numbers and phones only. */
export function PeopleSearchPage() {
  const { t, formatNumber } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const districtName = useDistrictName();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState({ q: '', page: 1 });
  const results = useQuery({ queryKey: ['people-search-page', 1, query, csrfToken], queryFn: ({ signal }) => searchPeople(query.q, query.page, csrfToken, signal) });
  const canOpen = can('people.read-full');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ q: draft.trim(), page: 1 });
  };
  const columns: Column<PersonSummary>[] = [
    {
      key: 'name',
      header: t('people.fields.name'),
      render: (p) =>
        canOpen ? (
          <Link href={`/staff/people/${p.id}`} aria-label={t('people.search.open_label', { name: p.name, id: p.idNumber })}>
            {p.name}
          </Link>
        ) : (
          p.name
        ),
    },
    { key: 'id-number', header: t('people.fields.id_number'), render: (p) => p.idNumber },
    { key: 'phone', header: t('people.fields.phone'), render: (p) => p.phone ?? '' },
    { key: 'district', header: t('people.fields.district'), render: (p) => districtName(p.districtCode) },
  ];
  const total = results.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / listPageSize));
  return (
    <Page title={t('people.search.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('people.search.lead')}</p>}>
      {can('people.write') ? (
        <p>
          <Link className="button button--primary" href="/staff/people/new">
            {t('people.search.register')}
          </Link>
        </p>
      ) : null}
      <form className="form search-form" role="search" onSubmit={submit} aria-label={t('people.search.form_label')}>
        <TextField
          label={t('people.search.query')}
          hint={t('people.search.query_hint')}
          type="search"
          name="q"
          autoComplete="off"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('people.search.submit')}</Button>
      </form>
      {canOpen ? null : <p className="notice">{t('people.search.masked_only')}</p>}
      <ProblemAlert error={results.error} />
      {results.isLoading ? <Loading label={t('common.loading')} /> : null}
      {results.data ? (
        <>
          <DataTable
            caption={t('people.search.caption', { total: formatNumber(total) })}
            columns={columns}
            rows={results.data.items}
            rowKey={(p) => p.id}
            empty={t('people.search.empty')}
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
