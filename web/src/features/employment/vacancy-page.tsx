import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { getVacancy, publishVacancy, type ScreeningHit, type Vacancy } from './api.ts';
import { OccupationText, useOccupations } from './occupations.tsx';
import { ScreenedText } from './screening-text.tsx';
import './employment.css';

function Screening({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const publish = useMutation({
    mutationFn: () => publishVacancy(vacancy.id, reason.trim() || undefined, csrfToken),
    onSuccess: (updated) => client.setQueryData(['vacancy', vacancy.id], updated),
  });
  const hits = vacancy.screening;
  return (
    <section className="section" aria-labelledby="vacancy-screening">
      <h2 id="vacancy-screening">{t('employment.screening.title')}</h2>
      {hits.length === 0 ? (
        <p>{t('employment.screening.none')}</p>
      ) : (
        <>
          <p>{t('employment.screening.lead')}</p>
          <ul className="screening-list">
            {hits.map((hit) => (
              <li key={`${hit.field}-${hit.start}`}>
                <mark className="screening-hit">{hit.term}</mark> — {t(`employment.ground.${hit.ground}`)}（{hit.article}）
              </li>
            ))}
          </ul>
        </>
      )}
      {vacancy.overrideReason ? <p>{t('employment.screening.override_recorded', { reason: vacancy.overrideReason })}</p> : null}
      {vacancy.status === 'held' ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            publish.mutate();
          }}
        >
          {hits.length > 0 ? (
            <div className="field">
              <label className="field__label" htmlFor="override-reason">
                {t('employment.screening.reason_label')}
              </label>
              <p className="field__hint" id="override-reason-hint">
                {t('employment.screening.reason_hint')}
              </p>
              <textarea id="override-reason" className="field__input" aria-describedby="override-reason-hint" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          ) : null}
          {publish.error ? <ProblemAlert error={publish.error} /> : null}
          <Button type="submit" disabled={publish.isPending}>
            {hits.length > 0 ? t('employment.screening.publish_over') : t('employment.screening.publish')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

/** A vacancy with its text, the screening hits highlighted in place, and the publish step. */
export function VacancyPage({ id }: { id: string }) {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const districtName = useDistrictName();
  const occupations = useOccupations();
  const vacancy = useQuery({ queryKey: ['vacancy', id], queryFn: ({ signal }) => getVacancy(id, signal) });
  const v = vacancy.data;
  const described = (hit: ScreeningHit) => `${t(`employment.ground.${hit.ground}`)}（${hit.article}）`;
  const wage = v ? `${formatNumber(v.wage.min)}${v.wage.max ? ` – ${formatNumber(v.wage.max)}` : ''} ${t(`employment.wage_type.${v.wage.type}`)}` : '';
  return (
    <DetailPage title={v?.title ?? t('employment.detail.title')} documentTitle={t('employment.detail.title')} back={{ href: '/staff/vacancies', label: t('employment.detail.back') }}>
      {vacancy.error ? <ProblemAlert error={vacancy.error} /> : null}
      {!v ? (
        vacancy.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('employment.fields.status'), value: t(`employment.status.${v.status}`) + (v.expired ? `（${t('employment.detail.expired')}）` : '') },
              { label: t('employment.fields.employer'), value: v.employerName },
              { label: t('employment.fields.occupation'), value: <OccupationText code={v.occupationCode} items={occupations} /> },
              { label: t('employment.fields.district'), value: districtName(v.districtCode) },
              { label: t('employment.fields.wage'), value: wage },
              { label: t('employment.fields.employment_type'), value: t(`employment.employment_type.${v.employmentType}`) },
              { label: t('employment.fields.expires_on'), value: formatPlainDate(v.expiresOn) },
              { label: t('employment.fields.title'), value: <ScreenedText text={v.title} hits={v.screening.filter((h) => h.field === 'title')} describedBy={described} /> },
              {
                label: t('employment.fields.description'),
                value: <ScreenedText text={v.description} hits={v.screening.filter((h) => h.field === 'description')} describedBy={described} />,
              },
              {
                label: t('employment.fields.requirements'),
                value: <ScreenedText text={v.requirements} hits={v.screening.filter((h) => h.field === 'requirements')} describedBy={described} />,
              },
            ]}
          />
          <Screening vacancy={v} />
        </>
      )}
    </DetailPage>
  );
}
