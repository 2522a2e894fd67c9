import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getIndicator7, listStaffCourses } from './api.ts';

/** The labor university's courses of the year (places and enrolment) and indicator 7, its read model. */
export function CoursesPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const year = new Date().getFullYear();
  const courses = useQuery({ queryKey: ['staff-courses', year], queryFn: ({ signal }) => listStaffCourses(year, signal) });
  const indicator = useQuery({ queryKey: ['staff-indicator-7', year], queryFn: ({ signal }) => getIndicator7(year, signal) });
  return (
    <Page title={t('programs.courses.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('programs.courses.lead')}</p>}>
      <p>
        <Link href="/staff/programs">{t('programs.back')}</Link>
      </p>
      <ProblemAlert error={courses.error ?? indicator.error} />
      {indicator.data ? (
        <section className="section" aria-labelledby="indicator-7">
          <h2 id="indicator-7">{t('programs.courses.indicator_title')}</h2>
          <p data-testid="indicator-7">
            {t('programs.courses.indicator_text', {
              subsidised: indicator.data.subsidisedEnrolments,
              enrolments: indicator.data.enrolments,
              percent: indicator.data.percent === null ? '—' : formatNumber(indicator.data.percent),
              target: formatNumber(indicator.data.target),
            })}
          </p>
        </section>
      ) : null}
      {courses.isPending ? <Loading label={t('common.loading')} /> : null}
      {courses.data ? (
        <DataTable
          caption={t('programs.courses.caption', { year })}
          rowKey={(c) => c.id}
          rows={courses.data}
          empty={t('programs.courses.empty')}
          columns={[
            { key: 'code', header: t('programs.courses.code'), render: (c) => c.code },
            { key: 'title', header: t('programs.courses.course'), render: (c) => <Link href={`/staff/programs/courses/${c.id}`}>{c.title}</Link> },
            { key: 'when', header: t('programs.courses.schedule'), render: (c) => c.schedule },
            { key: 'where', header: t('programs.courses.location'), render: (c) => c.location },
            { key: 'hours', header: t('programs.courses.hours'), render: (c) => String(c.hours) },
            { key: 'fee', header: t('programs.courses.fee'), render: (c) => formatMoney(c.feeTwd) },
            { key: 'places', header: t('programs.courses.enrolled'), render: (c) => `${c.enrolled} / ${c.places}` },
          ]}
        />
      ) : null}
    </Page>
  );
}
