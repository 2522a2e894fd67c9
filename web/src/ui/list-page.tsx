/**
 * ListPage: the staff list screen. A module page only describes its list:
 *
 *   <ListPage
 *     title={«employers.title»} lead={«employers.lead»} newItem={{ href: '/staff/…/new', label }}
 *     endpoint="/api/v1/staff/employers"              // GET, answers { total, page, pageSize, items }
 *     filters={[{ name: 'q', kind: 'search', label, hint }, { name: 'district', kind: 'select', label, options }]}
 *     columns={[{ key: 'name', header, render: (row) => row.name, sortKey: 'name' }]}
 *     rowLink={{ column: 'name', href: (row) => `/staff/…/${row.id}` }}   // optional; rows are keyed by `id`
 *     caption={(total) => «employers.caption with total»} empty={«employers.empty»}
 *     defaultSort="name" exportable                    // CSV / XLSX / ODS / PDF links for the current filter
 *   />
 *
 * Filters, sort and page live in the URL (`?q=…&district=…&sort=-name&page=2`), so reload, back and a
 * shared link restore the same list. Filters that may hold personal data (a name, an ID number) must not
 * go into a URL (logs, history): give the list `filterStore="history"` and `request` (a POST search); its
 * filters then live in the history entry's state, which reload and back also restore, and it has no export.
 * Exports are plain links to the same endpoint with `format=` (brief contract 1): the browser downloads the
 * file; the server applies the same filter and sort to every matching row.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useLocation as useRouterLocation, useNavigate } from 'react-router';
import { apiRequest } from '../app/api-client.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Button } from './button.tsx';
import { type Column, DataTable } from './data-table.tsx';
import { SelectField, TextField } from './form-field.tsx';
import { Loading } from './loading.tsx';
import { Page } from './page.tsx';
import { Pagination } from './pagination.tsx';
import { fieldErrors, ProblemAlert } from './problem-alert.tsx';
import './kit.css';

export type ListFilter =
  | { name: string; kind: 'search' | 'text' | 'date'; label: string; hint?: string }
  | { name: string; kind: 'select'; label: string; hint?: string; options: readonly { value: string; label: string }[] }
  | { name: string; kind: 'checkbox'; label: string; hint?: string };

export type ListAnswer<Row> = { items: Row[]; total?: number; page?: number; pageSize?: number };
type Answer<Row> = ListAnswer<Row> & Record<string, unknown>;

export const exportFormats = ['csv', 'xlsx', 'ods', 'pdf'] as const;

type ListPageProps<Row extends object> = {
  title: string;
  /** Words under the heading (a string is one paragraph); a function gets the answer, to quote it (e.g. today's date). */
  lead?: ReactNode | ((answer: (ListAnswer<Row> & Record<string, unknown>) | undefined) => ReactNode);
  /** Links or buttons above the filters (a link to a related list). */
  actions?: ReactNode;
  /** The "create one" button above the list. */
  newItem?: { href: string; label: string } | null;
  /** Makes one column's cell a link to the row's own page (its accessible name may say more than the cell). */
  rowLink?: { column: string; href: (row: Row) => string; label?: (row: Row) => string; state?: (row: Row) => unknown };
  /** The GET endpoint; the kit adds the filters, `sort`, `page` and `pageSize`. */
  endpoint: string;
  /** Instead of a GET of `endpoint`: how to fetch one page (e.g. a POST search that keeps names out of URLs). */
  request?: (params: URLSearchParams, signal: AbortSignal) => Promise<ListAnswer<Row>>;
  filters?: readonly ListFilter[];
  filterStore?: 'url' | 'history';
  /** Defaults a filter has when the URL has none (e.g. `{ state: 'failed' }`). */
  filterDefaults?: Record<string, string>;
  columns: readonly Column<Row>[];
  /** Defaults to the row's `id`. */
  rowKey?: (row: Row) => string;
  caption: (total: string) => string;
  empty: string;
  defaultSort?: string;
  pageSize?: number;
  exportable?: boolean;
  /** Shown between the filters and the table (a notice about masking, a result of an action). */
  notice?: ReactNode;
  /** Extra words for the document title when the heading is shared with other pages. */
  documentTitle?: string;
};

type ListState = { filters: Record<string, string>; sort: string; page: number };

const reserved = new Set(['sort', 'page', 'pageSize', 'format']);

/** The list's state from the URL (or, for `filterStore="history"`, from the history entry). */
export function useListState(filterNames: readonly string[], store: 'url' | 'history', defaults: Record<string, string>, defaultSort: string) {
  const location = useRouterLocation();
  const routerNavigate = useNavigate();
  const search = new URLSearchParams(location.search);
  const fromHistory = (location.state as { listFilters?: Record<string, string> } | null)?.listFilters ?? {};
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = store === 'url' ? search.get(name) : fromHistory[name];
    filters[name] = value ?? defaults[name] ?? '';
  }
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const state: ListState = { filters, sort: search.get('sort') ?? defaultSort, page };
  const go = (next: ListState) => {
    const params = new URLSearchParams();
    if (store === 'url') {
      for (const [name, value] of Object.entries(next.filters)) if (value !== (defaults[name] ?? '')) params.set(name, value);
    }
    if (next.sort && next.sort !== defaultSort) params.set('sort', next.sort);
    if (next.page > 1) params.set('page', String(next.page));
    const query = params.toString();
    void routerNavigate(`${location.pathname}${query ? `?${query}` : ''}`, {
      state: store === 'history' ? { listFilters: next.filters } : null,
    });
  };
  return { state, go };
}

/** The parameters the server gets: filters that are set, the sort and the page. */
function requestParams(state: ListState, pageSize: number, filterNames: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = state.filters[name]?.trim();
    if (value) params.set(name, value);
  }
  if (state.sort) params.set('sort', state.sort);
  params.set('page', String(state.page));
  params.set('pageSize', String(pageSize));
  return params;
}

/** The filter form of the list kit; also for report pages whose filters live in the URL (e.g. a date range). */
export function FilterForm({
  filters,
  values,
  errors,
  onSubmit,
  label,
  clearHref,
  submitLabel,
}: {
  filters: readonly ListFilter[];
  values: Record<string, string>;
  errors: Record<string, string>;
  onSubmit: (values: Record<string, string>) => void;
  label: string;
  clearHref: string;
  submitLabel?: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(values);
  const set = (name: string, value: string) => setDraft({ ...draft, [name]: value });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form className="form filters" role="search" onSubmit={submit} aria-label={label}>
      <div className="filters__grid">
        {filters.map((filter) => {
          const value = draft[filter.name] ?? '';
          const common = { label: filter.label, hint: filter.hint, error: errors[filter.name], name: filter.name };
          if (filter.kind === 'select') {
            return <SelectField key={filter.name} {...common} options={filter.options} value={value} onChange={(e) => set(filter.name, e.target.value)} />;
          }
          if (filter.kind === 'checkbox') {
            return (
              <label key={filter.name} className="checkbox checkbox--single">
                <input type="checkbox" name={filter.name} checked={value === 'true'} onChange={(e) => set(filter.name, e.target.checked ? 'true' : '')} />
                <span>{filter.label}</span>
              </label>
            );
          }
          return (
            <TextField
              key={filter.name}
              {...common}
              type={filter.kind}
              autoComplete="off"
              value={value}
              onChange={(e) => set(filter.name, e.target.value)}
            />
          );
        })}
      </div>
      <div className="button-row">
        <Button type="submit">{submitLabel ?? t('common.list.apply')}</Button>
        <Link className="button button--secondary" href={clearHref}>
          {t('common.list.clear')}
        </Link>
      </div>
    </form>
  );
}

/** Download links for the current filter and sort, one per format (the browser saves the file). */
export function ExportLinks({ endpoint, params }: { endpoint: string; params: URLSearchParams }) {
  const { t } = useI18n();
  const hrefFor = (format: string) => {
    const query = new URLSearchParams(params);
    query.delete('page');
    query.delete('pageSize');
    query.set('format', format);
    return `${endpoint}?${query}`;
  };
  return (
    <nav className="export-links" aria-label={t('common.list.export_label')}>
      <span className="export-links__title" aria-hidden="true">
        {t('common.list.export_label')}
      </span>
      <ul>
        {exportFormats.map((format) => (
          <li key={format}>
            <a href={hrefFor(format)} download aria-label={t(`common.list.export.${format}`)}>
              {format.toUpperCase()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The list without its page: for a list that is one section of a larger page (e.g. an import history). */
export function ListView<Row extends object>(props: Omit<ListPageProps<Row>, 'title' | 'lead' | 'documentTitle'> & { label: string }) {
  const { t, formatNumber } = useI18n();
  const { pathname } = useRouterLocation();
  const filters = props.filters ?? [];
  const filterNames = filters.map((filter) => filter.name).filter((name) => !reserved.has(name));
  const store = props.filterStore ?? 'url';
  const pageSize = props.pageSize ?? 20;
  const { state, go } = useListState(filterNames, store, props.filterDefaults ?? {}, props.defaultSort ?? '');
  const params = requestParams(state, pageSize, filterNames);
  const results = useListQuery(props, store, params);
  const data = results.data;
  const total = data?.total ?? data?.items.length ?? 0;
  const pageCount = data?.total === undefined ? 1 : Math.max(1, Math.ceil(total / (data.pageSize ?? pageSize)));
  const rowLink = props.rowLink;
  const columns = rowLink
    ? props.columns.map((column) =>
        column.key === rowLink.column
          ? {
              ...column,
              render: (row: Row) => (
                <Link href={rowLink.href(row)} aria-label={rowLink.label?.(row)} state={rowLink.state?.(row)}>
                  {column.render(row)}
                </Link>
              ),
            }
          : column,
      )
    : props.columns;
  return (
    <>
      {props.actions || props.newItem ? (
        <div className="list-actions">
          {props.newItem ? (
            <Link className="button button--primary" href={props.newItem.href}>
              {props.newItem.label}
            </Link>
          ) : null}
          {props.actions}
        </div>
      ) : null}
      {filters.length ? (
        <FilterForm
          // Remounted when the URL's filters change (back, a link), so the fields show what the list shows.
          key={JSON.stringify(state.filters)}
          filters={filters}
          values={state.filters}
          errors={fieldErrors(results.error)}
          label={t('common.list.filters_label', { list: props.label })}
          clearHref={pathname}
          onSubmit={(values) => go({ filters: values, sort: state.sort, page: 1 })}
        />
      ) : null}
      {props.notice}
      <ProblemAlert error={results.error} />
      {results.isPending ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <div className="list-results" aria-busy={results.isPlaceholderData || undefined}>
          {results.isPlaceholderData ? <Loading label={t('common.loading')} /> : null}
          {props.exportable && store === 'url' && total > 0 ? <ExportLinks endpoint={props.endpoint} params={params} /> : null}
          <DataTable
            caption={props.caption(formatNumber(total))}
            columns={columns}
            rows={data.items}
            rowKey={props.rowKey ?? ((row) => String((row as { id?: unknown }).id))}
            empty={props.empty}
            sort={{ value: state.sort, onSort: (sort) => go({ filters: state.filters, sort, page: 1 }) }}
          />
          <Pagination page={state.page} pageCount={pageCount} onPage={(page) => go({ ...state, page })} />
        </div>
      ) : null}
    </>
  );
}

/** One page of the list; the query key holds the endpoint first, so a change can invalidate `[endpoint]`. */
function useListQuery<Row extends object>(props: Pick<ListPageProps<Row>, 'endpoint' | 'request'>, store: string, params: URLSearchParams) {
  return useQuery({
    queryKey: [props.endpoint, store, params.toString()],
    queryFn: ({ signal }) =>
      props.request ? (props.request(params, signal) as Promise<Answer<Row>>) : apiRequest<Answer<Row>>(`${props.endpoint}?${params}`, { signal }),
    // The previous page stays on screen (marked busy) while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function ListPage<Row extends object>({ title, lead, documentTitle, ...rest }: ListPageProps<Row>) {
  const { t } = useI18n();
  const store = rest.filterStore ?? 'url';
  const names = (rest.filters ?? []).map((filter) => filter.name).filter((name) => !reserved.has(name));
  const { state } = useListState(names, store, rest.filterDefaults ?? {}, rest.defaultSort ?? '');
  // The same query as the list's (shared cache entry), read here only for a lead that quotes the answer.
  const answer = useListQuery(rest, store, requestParams(state, rest.pageSize ?? 20, names)).data;
  const shownLead = typeof lead === 'function' ? lead(answer) : typeof lead === 'string' ? <p>{lead}</p> : lead;
  return (
    <Page title={title} siteName={t('staff-auth.site_name')} documentTitle={documentTitle} lead={shownLead}>
      <ListView {...rest} label={title} />
    </Page>
  );
}
