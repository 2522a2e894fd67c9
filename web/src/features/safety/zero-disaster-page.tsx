import './zero-disaster.css';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { openDataCsvHref, openDataJsonHref, type PublicProject, searchProjects } from './api.ts';
import { contentLang } from '../../ui/content-lang.ts';

type Search = { q: string; district: string; certified: string; page: number };
const pageSize = 20;

function paramsOf(search: Search): URLSearchParams {
  const params = new URLSearchParams({ page: String(search.page), pageSize: String(pageSize) });
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.district) params.set('district', search.district);
  if (search.certified) params.set('certified', search.certified);
  return params;
}

/** The public search of zero-disaster projects (無災害工程), phone first, with the open data of certified ones. */
export function ZeroDisasterPage() {
  const { t, locale, formatPlainDate, formatNumber } = useI18n();
  const city = useCity();
  const districtName = useDistrictName();
  const [draft, setDraft] = useState<Search>({ q: '', district: '', certified: '', page: 1 });
  const [search, setSearch] = useState<Search>(draft);
  const result = useQuery({ queryKey: ['zero-disaster', search], queryFn: ({ signal }) => searchProjects(paramsOf(search), signal) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ ...draft, page: 1 });
  };
  const total = result.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const card = (p: PublicProject) => (
    <li key={p.projectNumber} className="zd-card">
      <h3 className="zd-card__title" lang={contentLang(p.name)}>
        {p.name}
      </h3>
      <p className={p.certified ? 'zd-badge zd-badge--certified' : 'zd-badge'}>{p.certified ? t('zero-disaster.certified') : t('zero-disaster.in_progress')}</p>
      <dl className="zd-facts">
        <dt>{t('zero-disaster.fields.contractor')}</dt>
        <dd lang={contentLang(p.contractorName)}>{p.contractorName}</dd>
        <dt>{t('zero-disaster.fields.site')}</dt>
        <dd>{`${districtName(p.districtCode)} ${p.siteAddress}`}</dd>
        <dt>{t('zero-disaster.fields.works')}</dt>
        <dd>{p.endedOn ? `${formatPlainDate(p.startsOn)} – ${formatPlainDate(p.endedOn)}` : t('zero-disaster.since', { date: formatPlainDate(p.startsOn) })}</dd>
        {p.certificateNumber && p.certifiedOn ? (
          <>
            <dt>{t('zero-disaster.fields.certificate')}</dt>
            <dd>{t('zero-disaster.certificate_line', { number: p.certificateNumber, date: formatPlainDate(p.certifiedOn) })}</dd>
          </>
        ) : null}
        <dt>{t('zero-disaster.fields.project_number')}</dt>
        <dd>{p.projectNumber}</dd>
      </dl>
    </li>
  );
  return (
    <Page title={t('zero-disaster.title')} siteName={t('common.site_name')} lead={<p>{t('zero-disaster.lead')}</p>}>
      <form className="zd-search" role="search" aria-label={t('zero-disaster.search_label')} onSubmit={submit}>
        <TextField id="zd-q" label={t('zero-disaster.fields.q')} hint={t('zero-disaster.q_hint')} type="search" value={draft.q} maxLength={100} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        <SelectField
          id="zd-district"
          label={t('zero-disaster.fields.district')}
          value={draft.district}
          onChange={(e) => setDraft({ ...draft, district: e.target.value })}
          options={[{ value: '', label: t('zero-disaster.all_districts') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <SelectField
          id="zd-certified"
          label={t('zero-disaster.fields.status')}
          value={draft.certified}
          onChange={(e) => setDraft({ ...draft, certified: e.target.value })}
          options={[
            { value: '', label: t('zero-disaster.all_statuses') },
            { value: 'true', label: t('zero-disaster.certified') },
            { value: 'false', label: t('zero-disaster.in_progress') },
          ]}
        />
        <Button type="submit">{t('zero-disaster.search')}</Button>
      </form>
      <ProblemAlert error={result.error} />
      {result.isPending ? <Loading label={t('common.loading')} /> : null}
      <section aria-labelledby="zd-results">
        <h2 id="zd-results" aria-live="polite">{t('zero-disaster.results', { total: formatNumber(total) })}</h2>
        {result.data && result.data.items.length === 0 ? <p>{t('zero-disaster.none')}</p> : <ul className="zd-cards">{result.data?.items.map(card)}</ul>}
        {pages > 1 ? (
          <p className="button-row">
            <Button variant="secondary" disabled={search.page <= 1} onClick={() => setSearch({ ...search, page: search.page - 1 })}>{t('zero-disaster.previous')}</Button>
            <span>{t('zero-disaster.page_of', { page: search.page, pages })}</span>
            <Button variant="secondary" disabled={search.page >= pages} onClick={() => setSearch({ ...search, page: search.page + 1 })}>{t('zero-disaster.next')}</Button>
          </p>
        ) : null}
      </section>
      <section className="section" aria-labelledby="zd-open-data">
        <h2 id="zd-open-data">{t('zero-disaster.open_data.title')}</h2>
        <p>{t('zero-disaster.open_data.lead')}</p>
        <p className="button-row">
          <a href={openDataCsvHref} download>{t('zero-disaster.open_data.csv')}</a>
          <a href={openDataJsonHref} download>{t('zero-disaster.open_data.json')}</a>
        </p>
      </section>
      <p className="field__hint">{t('zero-disaster.rule')}</p>
    </Page>
  );
}
