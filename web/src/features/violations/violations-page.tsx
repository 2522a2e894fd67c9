import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { downloadHref, filterQuery, filtersFrom, laws, searchViolations, violationsPageSize } from './api.ts';
import { ViolationCard } from './violation-card.tsx';
import './violations.css';

/** 違反勞動法令事業單位查詢: search by name, law, article and date; the address keeps the search shareable. */
export function ViolationsPage() {
  const { t, formatNumber } = useI18n();
  const { search } = useLocation();
  const [draft, setDraft] = useState(() => filtersFrom(search));
  const [query, setQuery] = useState(() => ({ filters: filtersFrom(search), page: Number(search.get('page') ?? 1) || 1 }));
  useEffect(() => {
    const params = filterQuery(query.filters, query.page);
    const next = `/violations${params.size ? `?${params}` : ''}`;
    if (next !== window.location.pathname + window.location.search) window.history.replaceState(null, '', next);
  }, [query]);
  const results = useQuery({ queryKey: ['violations-page', 1, query], queryFn: ({ signal }) => searchViolations(query.filters, query.page, signal) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ filters: draft, page: 1 });
  };
  const errors = fieldErrors(results.error);
  const activeFilters = [query.filters.law, query.filters.article, query.filters.from, query.filters.to].filter(Boolean).length;
  const [isMoreOpen, setMoreOpen] = useState(() => activeFilters > 0);
  // A refused filter must be seen: its fold opens.
  const hasHiddenError = Boolean(errors.law || errors.article || errors.from || errors.to);
  useEffect(() => {
    if (hasHiddenError) setMoreOpen(true);
  }, [hasHiddenError]);
  const lawOptions = [{ value: '', label: t('violations.filters.all_laws') }, ...laws.map((law) => ({ value: law.id, label: t(`violations.laws.${law.id}`) }))];
  const total = results.data?.total ?? 0;
  // The count stops at a cap (issue 16 §4): past it the pages go on one at a time, as far as there are records.
  const pageCount = Math.max(1, Math.ceil(total / violationsPageSize), results.data && !results.data.totalExact && results.data.nextCursor ? query.page + 1 : 1);
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  return (
    <Page title={t('violations.title')} siteName={t('common.site_name')} lead={<p>{t('violations.lead')}</p>}>
      <form className="form filters violations-filters" role="search" aria-label={t('violations.filters.label')} onSubmit={submit} noValidate>
        <div className="violations-filters__main">
          <TextField
            label={t('violations.filters.name')}
            hint={t('violations.filters.name_hint')}
            type="search"
            name="q"
            autoComplete="off"
            value={draft.q}
            onChange={set('q')}
            error={errors.q}
          />
          <Button type="submit">{t('violations.filters.submit')}</Button>
        </div>
        {/* The other filters fold away: open, the form was 864 px tall on a phone and hid "no results". */}
        <details className="violations-more" open={isMoreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
          <summary>{activeFilters ? t('violations.filters.more_active', { count: activeFilters }) : t('violations.filters.more')}</summary>
          <div className="filters__grid violations-filters__grid">
            <SelectField label={t('violations.fields.law')} name="law" options={lawOptions} value={draft.law} onChange={set('law')} error={errors.law} />
            <TextField
              label={t('violations.filters.article')}
              hint={t('violations.filters.article_hint')}
              name="article"
              autoComplete="off"
              value={draft.article}
              onChange={set('article')}
              error={errors.article}
            />
            <div className="violations-dates">
              <TextField label={t('violations.filters.from')} type="date" name="from" value={draft.from} onChange={set('from')} error={errors.from} />
              <TextField label={t('violations.filters.to')} type="date" name="to" value={draft.to} onChange={set('to')} error={errors.to} />
            </div>
          </div>
        </details>
      </form>
      <ProblemAlert error={results.error} />
      <p className="muted" role="status">
        {results.data
          ? total
            ? results.data.totalExact
              ? t('violations.count', { count: formatNumber(total) })
              : t('violations.count_at_least', { count: formatNumber(total) })
            : t('violations.empty')
          : ''}
      </p>
      {results.isLoading ? <Loading label={t('common.loading')} /> : null}
      {results.data && total ? (
        <>
          {/* The server names each file after the filter and the day (violations-臺中-2026-12-01.csv). */}
          <p className="violations-downloads">
            <a href={downloadHref(query.filters, 'csv')} download>
              {t('violations.download_csv')}
            </a>
            <a href={downloadHref(query.filters, 'json')} download>
              {t('violations.download_json')}
            </a>
          </p>
          <ul className="violation-list">
            {results.data.items.map((item) => (
              <ViolationCard key={item.id} item={item} />
            ))}
          </ul>
          <Pagination
            page={query.page}
            pageCount={pageCount}
            onPage={(page) => {
              setQuery({ ...query, page });
              window.scrollTo(0, 0);
            }}
          />
        </>
      ) : null}
      <p className="muted violations-source">{t('violations.source_note')}</p>
    </Page>
  );
}
