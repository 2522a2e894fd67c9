import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../app/api-client.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { Occupation } from '../employment/api.ts';
import { OccupationText, useOccupationOptions, useOccupations } from '../employment/occupations.tsx';
import { useAccountSession } from '../public-account/session.ts';
import { localName, useCity } from '../reference-data/city.ts';
import { applyTo, type PublicVacancy, searchVacancies } from './api.ts';
import './job-seeker.css';
import { contentLang } from '../../ui/content-lang.ts';

const filterNames = ['q', 'district', 'occupation', 'wageMin', 'employmentType', 'sort'] as const;

/** One vacancy: the wage as posted, and the employer's published violations in place (issue 8). */
function VacancyCard({ vacancy, canApply, csrfToken, occupations }: { vacancy: PublicVacancy; canApply: boolean; csrfToken: string | undefined; occupations: readonly Occupation[] }) {
  const { t, locale, formatMoney, formatPlainDate } = useI18n();
  const city = useCity();
  const [state, setState] = useState<'idle' | 'applied' | { error: unknown }>('idle');
  const district = city?.districts.find((d) => d.townCode === vacancy.districtCode);
  const wage = vacancy.wage.max ? `${formatMoney(vacancy.wage.min)}–${formatMoney(vacancy.wage.max)}` : formatMoney(vacancy.wage.min);
  const apply = async () => {
    if (!csrfToken) return;
    try {
      await applyTo(vacancy.id, csrfToken);
      setState('applied');
    } catch (error) {
      setState({ error });
    }
  };
  return (
    <li className="vacancy-card">
      <h2 className="vacancy-card__title" lang={contentLang(vacancy.title)}>
        {vacancy.title}
      </h2>
      <p className="vacancy-card__employer" lang={contentLang(vacancy.employerName)}>
        {vacancy.employerName}
      </p>
      <dl className="vacancy-card__facts">
        <dt>{t('job-seeker.jobs.wage')}</dt>
        <dd>{t(`job-seeker.wage_type.${vacancy.wage.type}`, { amount: wage })}</dd>
        <dt>{t('job-seeker.jobs.occupation')}</dt>
        <dd>
          <OccupationText code={vacancy.occupationCode} items={occupations} />
        </dd>
        <dt>{t('job-seeker.jobs.district')}</dt>
        <dd>{district ? localName(district, locale) : vacancy.districtCode}</dd>
        <dt>{t('job-seeker.jobs.posted')}</dt>
        <dd>{formatPlainDate(vacancy.postedOn)}</dd>
        <dt>{t('job-seeker.jobs.expires')}</dt>
        <dd>{formatPlainDate(vacancy.expiresOn)}</dd>
      </dl>
      {vacancy.violations ? (
        <Alert tone="warning">
          <p>
            {t('job-seeker.jobs.violations', { count: vacancy.violations.count, date: formatPlainDate(vacancy.violations.latestOn) })}{' '}
            <Link href={vacancy.violations.link}>{t('job-seeker.jobs.violations_link')}</Link>
          </p>
        </Alert>
      ) : null}
      {canApply ? (
        state === 'applied' ? (
          <Alert tone="success">{t('job-seeker.jobs.applied')}</Alert>
        ) : (
          <>
            {typeof state === 'object' && state.error instanceof ApiError && state.error.status === 409 ? (
              <Alert tone="info">{t('job-seeker.jobs.already_applied')}</Alert>
            ) : typeof state === 'object' ? (
              <ProblemAlert error={state.error} />
            ) : null}
            <Button variant="secondary" onClick={() => void apply()} aria-label={t('job-seeker.jobs.apply_to', { title: vacancy.title })}>
              {t('job-seeker.jobs.apply')}
            </Button>
          </>
        )
      ) : null}
    </li>
  );
}

/** The public vacancy search (GET /api/v1/vacancies): the filters live in the address, so a search can be shared. */
export function JobsPage() {
  const { t, locale } = useI18n();
  const city = useCity();
  const { search, pathname } = useLocation();
  const session = useAccountSession();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(filterNames.map((name) => [name, search.get(name) ?? ''])));
  const params = new URLSearchParams();
  for (const name of [...filterNames, 'page'] as const) {
    const value = search.get(name);
    if (value) params.set(name, value);
  }
  const results = useQuery({ queryKey: ['vacancies', params.toString()], queryFn: ({ signal }) => searchVacancies(params, signal) });
  const occupationOptions = useOccupationOptions([search.get('occupation') ?? '']);
  const occupations = useOccupations();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of filterNames) if (draft[name]?.trim()) next.set(name, draft[name].trim());
    navigate(`${pathname}?${next.toString()}`);
  };
  const field = (name: (typeof filterNames)[number]) => ({
    name,
    value: draft[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });
  const account = session.data ?? null;
  const canApply = account?.kind === 'citizen';
  const page = Number(search.get('page') ?? '1');
  const pageCount = results.data ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize)) : 1;
  return (
    <Page title={t('job-seeker.jobs.title')} siteName={t('common.site_name')} lead={<p>{t('job-seeker.jobs.lead')}</p>}>
      <form className="form jobs-filters" onSubmit={submit} role="search" aria-label={t('job-seeker.jobs.search_label')}>
        <TextField label={t('job-seeker.jobs.q')} hint={t('job-seeker.jobs.q_hint')} type="search" {...field('q')} />
        <SelectField
          label={t('job-seeker.jobs.district')}
          options={[{ value: '', label: t('job-seeker.jobs.any') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
          {...field('district')}
        />
        <SelectField
          label={t('job-seeker.jobs.occupation')}
          options={[
            { value: '', label: t('job-seeker.jobs.any') },
            ...occupationOptions,
          ]}
          {...field('occupation')}
        />
        <TextField label={t('job-seeker.jobs.wage_min')} hint={t('job-seeker.jobs.wage_min_hint')} inputMode="numeric" {...field('wageMin')} />
        <SelectField
          label={t('job-seeker.jobs.employment_type')}
          options={[
            { value: '', label: t('job-seeker.jobs.any') },
            ...(['full-time', 'part-time'] as const).map((value) => ({ value, label: t(`job-seeker.employment_type.${value}`) })),
          ]}
          {...field('employmentType')}
        />
        <SelectField
          label={t('job-seeker.jobs.sort')}
          options={(['relevance', 'date'] as const).map((value) => ({ value, label: t(`job-seeker.jobs.sort_${value}`) }))}
          {...field('sort')}
        />
        <div className="button-row">
          <Button type="submit">{t('job-seeker.jobs.submit')}</Button>
        </div>
      </form>
      {!account ? (
        <p>
          <Link href={`/account/sign-in?next=${encodeURIComponent('/jobs')}`}>{t('job-seeker.jobs.sign_in_to_apply')}</Link>
        </p>
      ) : null}
      <ProblemAlert error={results.error} />
      {results.isPending ? <Loading label={t('common.loading')} /> : null}
      {results.data ? (
        <>
          <p role="status">{t('job-seeker.jobs.total', { total: results.data.total })}</p>
          <ul className="vacancy-cards">
            {results.data.items.map((vacancy) => (
              <VacancyCard key={vacancy.id} vacancy={vacancy} canApply={canApply} csrfToken={account?.csrfToken} occupations={occupations} />
            ))}
          </ul>
          <Pagination
            page={page}
            pageCount={pageCount}
            onPage={(next) => {
              const moved = new URLSearchParams(params);
              moved.set('page', String(next));
              navigate(`${pathname}?${moved.toString()}`);
            }}
          />
        </>
      ) : null}
    </Page>
  );
}
