import './job-fairs.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { getCalendar, icsFeedHref, type PublicFair } from './api.ts';
import { contentLang } from '../../ui/content-lang.ts';

/** When a fair runs, in the user's language: the day once, then the hours. */
export function useFairWhen() {
  const { formatDateTime } = useI18n();
  return (fair: Pick<PublicFair, 'startsAt' | 'endsAt'>) => `${formatDateTime(fair.startsAt)} – ${formatDateTime(fair.endsAt)}`;
}

/** The public calendar of job fairs (就業博覽會), upcoming first, with the iCalendar feed of them all. */
export function CalendarPage() {
  const { t } = useI18n();
  const districtName = useDistrictName();
  const when = useFairWhen();
  const fairs = useQuery({ queryKey: ['job-fairs'], queryFn: ({ signal }) => getCalendar(signal) });
  const now = Date.now();
  const items = fairs.data?.items ?? [];
  const upcoming = items.filter((f) => Date.parse(f.endsAt) >= now);
  const past = items.filter((f) => Date.parse(f.endsAt) < now).reverse();
  const card = (f: PublicFair) => (
    <li key={f.id} className="fair-card">
      <h3 className="fair-card__title">
        <Link href={`/job-fairs/${f.id}`} lang={contentLang(f.title)}>
          {f.title}
        </Link>
      </h3>
      <p className="fair-card__kind">{t(`job-fairs.kind.${f.kind}`)}</p>
      {f.cancelled ? <p className="fair-card__cancelled">{t('job-fairs.cancel.badge', { reason: f.cancelled.reason })}</p> : null}
      <p>{when(f)}</p>
      <p>
        <span lang={contentLang(f.venue)}>{f.venue}</span>（{districtName(f.districtCode)}）
      </p>
      <p>{t('job-fairs.public.employers_vacancies', { employers: f.employers, vacancies: f.vacancies })}</p>
    </li>
  );
  return (
    <Page title={t('job-fairs.public.title')} siteName={t('common.site_name')} lead={<p>{t('job-fairs.public.lead')}</p>}>
      <ProblemAlert error={fairs.error} />
      <p className="fair-links">
        <a href={icsFeedHref}>{t('job-fairs.public.feed')}</a> · <Link href="/me/job-fairs">{t('job-fairs.mine.title')}</Link>
      </p>
      {fairs.isPending ? <Loading label={t('common.loading')} /> : null}
      <section aria-labelledby="fairs-upcoming">
        <h2 id="fairs-upcoming">{t('job-fairs.public.upcoming')}</h2>
        {upcoming.length ? <ul className="fair-cards">{upcoming.map(card)}</ul> : <p>{t('job-fairs.public.none_upcoming')}</p>}
      </section>
      {past.length ? (
        <section aria-labelledby="fairs-past">
          <h2 id="fairs-past">{t('job-fairs.public.past')}</h2>
          <ul className="fair-cards">{past.map(card)}</ul>
        </section>
      ) : null}
    </Page>
  );
}
