import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listCourses, listOpenPrograms } from './api.ts';
import './programs-public.css';
import { contentLang } from '../../ui/content-lang.ts';

/** The labor university's courses of the year, with the places left: what a worker can enrol on. */
export function CourseList() {
  const { t, formatMoney } = useI18n();
  const courses = useQuery({ queryKey: ['labor-university', 'courses'], queryFn: ({ signal }) => listCourses(signal) });
  return (
    <section aria-labelledby="courses-title" className="programs-courses">
      <h2 id="courses-title">{t('programs-public.courses.title')}</h2>
      <p>{t('programs-public.courses.lead')}</p>
      <ProblemAlert error={courses.error} />
      {courses.data && courses.data.length === 0 ? <p>{t('programs-public.courses.none')}</p> : null}
      <ul className="program-cards">
        {(courses.data ?? []).map((c) => (
          <li key={c.id} className="program-card">
            <h3 className="program-card__title" lang={contentLang(c.title)}>
              {c.title}
            </h3>
            <p>{t('programs-public.courses.schedule', { schedule: c.schedule })}</p>
            <p>{t('programs-public.courses.location', { location: c.location })}</p>
            <p>
              {t('programs-public.courses.hours', { hours: c.hours })} · {t('programs-public.courses.fee', { fee: formatMoney(c.feeTwd) })} ·{' '}
              <strong>{c.placesLeft > 0 ? t('programs-public.courses.places_left', { count: c.placesLeft }) : t('programs-public.courses.full')}</strong>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The programs open now, each with who may apply in words, and the labor university's courses (issue 12 §1). */
export function ProgramsPage() {
  const { t } = useI18n();
  const programs = useQuery({ queryKey: ['programs', 'open'], queryFn: ({ signal }) => listOpenPrograms(signal) });
  return (
    <Page title={t('programs-public.title')} siteName={t('common.site_name')} lead={<p>{t('programs-public.lead')}</p>}>
      <p>
        <Link href="/account/programs">{t('programs-public.mine_link')}</Link>
      </p>
      <ProblemAlert error={programs.error} />
      {programs.isPending ? <Loading label={t('common.loading')} /> : null}
      {programs.data && programs.data.length === 0 ? <p>{t('programs-public.none_open')}</p> : null}
      <ul className="program-cards">
        {(programs.data ?? []).map((p) => (
          <li key={p.code} className="program-card">
            <h2 className="program-card__title">{p.name}</h2>
            <p className="program-card__audience">{p.applicantKind === 'employer' ? t('programs-public.for_employers') : t('programs-public.for_people')}</p>
            <h3>{t('programs-public.who')}</h3>
            {p.eligibility.length ? (
              <ul>
                {p.eligibility.map((rule) => (
                  <li key={rule.code}>{rule.text}</li>
                ))}
              </ul>
            ) : (
              <p>{t('programs-public.no_rules')}</p>
            )}
            {p.documents.length ? (
              <>
                <h3>{t('programs-public.documents')}</h3>
                <ul>
                  {p.documents.map((d) => (
                    <li key={d.code}>
                      {d.name} ({d.required ? t('programs-public.mine.required') : t('programs-public.mine.optional')})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              <Link href={`/programs/${encodeURIComponent(p.code)}`}>{t('programs-public.check_link', { name: p.name })}</Link>
            </p>
          </li>
        ))}
      </ul>
      <CourseList />
    </Page>
  );
}
