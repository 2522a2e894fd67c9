import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { type PersonSummary, searchPeople } from './api.ts';

/**
 * Search people; the list shows masked names, ID numbers and phones only. A name or an ID number typed in
 * the search must not reach a URL, so the query lives in the history entry (filterStore="history") and
 * travels to the server in a POST body; for the same reason this list has no export links.
 */
export function PeopleSearchPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const districtName = useDistrictName();
  const canOpen = can('people.read-full');
  const columns: Column<PersonSummary>[] = [
    {
      key: 'name',
      header: t('people.fields.name'),
      render: (p) => p.name,
    },
    { key: 'id-number', header: t('people.fields.id_number'), render: (p) => p.idNumber },
    { key: 'phone', header: t('people.fields.phone'), render: (p) => p.phone ?? '' },
    { key: 'district', header: t('people.fields.district'), render: (p) => districtName(p.districtCode), sortKey: 'districtCode' },
  ];
  return (
    <ListPage
      title={t('people.search.title')}
      lead={t('people.search.lead')}
      newItem={can('people.write') ? { href: '/staff/people/new', label: t('people.search.register') } : null}
      endpoint="/api/v1/staff/people/search"
      request={(params, signal) => searchPeople(params, csrfToken, signal)}
      filterStore="history"
      filters={[{ name: 'q', kind: 'search', label: t('people.search.query'), hint: t('people.search.query_hint') }]}
      notice={canOpen ? null : <p className="notice">{t('people.search.masked_only')}</p>}
      columns={columns}
      rowLink={
        // The masked row goes with the link (history state, not the URL) for the detail page to show first.
        canOpen ? { column: 'name', href: (p) => `/staff/people/${p.id}`, state: (p) => ({ masked: p }), label: (p) => t('people.search.open_label', { name: p.name, id: p.idNumber }) } : undefined
      }
      caption={(total) => t('people.search.caption', { total })}
      empty={t('people.search.empty')}
    />
  );
}
