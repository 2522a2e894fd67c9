import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getFigures } from './api.ts';

/**
 * The safety section's page: indicator 3 (職業災害保險給付千人率, entered by an analyst from the Bureau of
 * Labor Insurance's figures) next to the city's own guidance and certification counts, and the way in.
 */
export function SafetyHomePage() {
  const { t, formatNumber } = useI18n();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const figures = useQuery({ queryKey: ['safety-figures', year], queryFn: ({ signal }) => getFigures(year, signal) });
  const f = figures.data;
  const indicator = f?.indicator3;
  return (
    <Page title={t('safety.home.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('safety.home.lead')}</p>}>
      <ul>
        <li><Link href="/staff/safety/projects">{t('safety.projects.title')}</Link></li>
        <li><Link href="/staff/safety/guidance">{t('safety.guidance.title')}</Link></li>
        <li><Link href="/staff/safety/improvements/overdue">{t('safety.overdue.title')}</Link></li>
        <li><Link href="/staff/safety/experts">{t('safety.experts.title')}</Link></li>
        <li><Link href="/staff/safety/events">{t('safety.events.title')}</Link></li>
        <li><Link href="/zero-disaster">{t('safety.home.public_search')}</Link></li>
      </ul>
      <SelectField
        id="safety-year"
        label={t('safety.home.year')}
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
        options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
      />
      <ProblemAlert error={figures.error} />
      {!f ? (
        figures.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <section className="section" aria-labelledby="safety-indicator">
            <h2 id="safety-indicator">{t('safety.home.indicator_title')}</h2>
            <SummaryList
              items={[
                { label: t('safety.home.indicator_value'), value: indicator?.value == null ? t('safety.home.not_entered') : formatNumber(indicator.value) },
                { label: t('safety.home.indicator_target'), value: indicator?.target == null ? t('safety.home.no_target') : formatNumber(indicator.target) },
                { label: t('safety.home.indicator_met'), value: indicator?.met == null ? t('safety.home.no_target') : indicator.met ? t('safety.yes') : t('safety.no') },
              ]}
            />
            <p className="field__hint">{t('safety.home.indicator_source')}</p>
          </section>
          <section className="section" aria-labelledby="safety-city">
            <h2 id="safety-city">{t('safety.home.city_title')}</h2>
            <SummaryList
              items={[
                { label: t('safety.home.visits_done'), value: formatNumber(f.visitsDone) },
                { label: t('safety.home.improvements_closed'), value: formatNumber(f.improvementsClosed) },
                { label: t('safety.home.improvements_open'), value: formatNumber(f.improvementsOpen) },
                { label: t('safety.home.certified_projects'), value: formatNumber(f.certifiedProjects) },
                { label: t('safety.home.events_held'), value: formatNumber(f.eventsHeld) },
                { label: t('safety.home.attendees'), value: formatNumber(f.attendees) },
              ]}
            />
          </section>
        </>
      )}
    </Page>
  );
}
