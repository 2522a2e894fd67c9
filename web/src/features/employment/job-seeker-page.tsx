import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link, navigate, useHistoryState } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { DetailPage, RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { OccupationText, useOccupations } from './occupations.tsx';
import {
  createReferral,
  getJobSeeker,
  getMatches,
  getSeekerApplications,
  getSeekerReferrals,
  type JobSeekerRecord,
  type JobSeekerSummary,
} from './job-seekers-api.ts';
import './employment.css';

function Profile({ record }: { record: JobSeekerRecord }) {
  const { t, formatMoney } = useI18n();
  const occupations = useOccupations();
  const districtName = useDistrictName();
  const join = (items: readonly string[]) => items.join(t('common.list_separator')) || '—';
  return (
    <>
      <SummaryList
        items={[
          { label: t('referrals.seekers.name'), value: record.person.name },
          { label: t('referrals.seekers.id_number'), value: record.person.idNumber },
          { label: t('referrals.seekers.phone'), value: record.person.phone ?? '—' },
          {
            label: t('referrals.seekers.occupations'),
            value: record.desiredOccupations.length
              ? record.desiredOccupations.map((code, i) => (
                  <Fragment key={code}>
                    {i ? t('common.list_separator') : null}
                    <OccupationText code={code} items={occupations} />
                  </Fragment>
                ))
              : '—',
          },
          { label: t('referrals.seekers.districts'), value: join(record.districtCodes.map((d) => districtName(d))) },
          {
            label: t('referrals.seekers.lowest_wage'),
            value: record.lowestWage ? `${formatMoney(record.lowestWage.amount)} (${t(`employment.wage_type.${record.lowestWage.type}`)})` : '—',
          },
          { label: t('referrals.seekers.skills'), value: join(record.skills) },
          { label: t('referrals.seekers.certificates'), value: join(record.certificates.map((c) => [c.level ? `${c.level}級` : '', c.name, c.number ?? ''].join(' ').trim())) },
          { label: t('referrals.seekers.languages'), value: join(record.languages) },
          { label: t('referrals.seekers.licences'), value: join(record.drivingLicences) },
        ]}
      />
      {/* Only roles with employment.read-sensitive get the field at all (ADR 0018). */}
      {record.specialGroups !== undefined ? (
        <section aria-labelledby="special-groups">
          <h3 id="special-groups">{t('referrals.seekers.special_groups')}</h3>
          {record.specialGroups ? (
            <p>
              {join(record.specialGroups.groups.map((g) => t(`job-seeker.special_group.${g}`)))} ·{' '}
              {t('referrals.seekers.consent_on', { date: record.specialGroups.consentGivenOn })}
            </p>
          ) : (
            <p>{t('referrals.seekers.no_special_groups')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

/** Vacancies for the job seeker, best first, each score with its reasons; the officer refers from here. */
function Matches({ id }: { id: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [error, setError] = useState<unknown>();
  const matches = useQuery({ queryKey: ['job-seeker-matches', id], queryFn: ({ signal }) => getMatches(id, signal) });
  const refer = async (vacancyId: string) => {
    try {
      const created = await createReferral(id, vacancyId, csrfToken);
      navigate(`/staff/referrals/${created.id}`);
    } catch (problem) {
      setError(problem);
    }
  };
  return (
    <section className="section" aria-labelledby="matches-title">
      <h2 id="matches-title">{t('referrals.seekers.matches')}</h2>
      <p>{t('referrals.seekers.matches_lead')}</p>
      <ProblemAlert error={error ?? matches.error} />
      <ol className="match-list">
        {(matches.data?.items ?? []).map((m) => (
          <li key={m.vacancyId}>
            <p className="match-list__title">
              <Link href={`/staff/vacancies/${m.vacancyId}`}>{m.title}</Link> · {m.employerName} ·{' '}
              <strong>{t('referrals.seekers.score', { score: m.score })}</strong>
            </p>
            <ul className="match-reasons">
              {m.reasons.map((r) => (
                <li key={r.code}>
                  {t(`referrals.reasons.${r.code}`)} {t('referrals.seekers.points', { points: r.points })}
                </li>
              ))}
            </ul>
            <Button variant="secondary" onClick={() => void refer(m.vacancyId)} aria-label={t('referrals.seekers.refer_to', { title: m.title })}>
              {t('referrals.seekers.refer')}
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Pipeline({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const referrals = useQuery({ queryKey: ['job-seeker-referrals', id], queryFn: ({ signal }) => getSeekerReferrals(id, signal) });
  const applications = useQuery({ queryKey: ['job-seeker-applications', id], queryFn: ({ signal }) => getSeekerApplications(id, signal) });
  return (
    <>
      <section className="section" aria-labelledby="applications-title">
        <h2 id="applications-title">{t('referrals.seekers.applications')}</h2>
        {applications.data?.items.length ? (
          <ul>
            {applications.data.items.map((a) => (
              <li key={a.id}>
                <Link href={`/staff/vacancies/${a.vacancyId}`}>{a.vacancyTitle}</Link> · {a.employerName} · {formatDateTime(a.appliedAt)} ·{' '}
                {t('referrals.seekers.applied_in')} <span lang={a.locale === 'zh-TW' ? 'zh-Hant-TW' : a.locale}>{nativeLanguageNames[a.locale]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('referrals.seekers.no_applications')}</p>
        )}
      </section>
      <section className="section" aria-labelledby="referrals-title">
        <h2 id="referrals-title">{t('referrals.seekers.referrals')}</h2>
        {referrals.data?.items.length ? (
          <ul>
            {referrals.data.items.map((r) => (
              <li key={r.id}>
                <Link href={`/staff/referrals/${r.id}`}>{r.cardNumber}</Link> · {r.vacancyTitle} · {t(`job-seeker.referral_status.${r.status}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('referrals.seekers.no_referrals')}</p>
        )}
      </section>
    </>
  );
}

/** One job seeker: masked until shown (the view is audited), then matches, applications and referrals. */
export function JobSeekerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const fromList = useHistoryState<JobSeekerSummary>();
  return (
    <DetailPage
      title={t('referrals.seekers.detail_title')}
      back={{ href: '/staff/job-seekers', label: t('referrals.seekers.back') }}
    >
      <RevealSection
        title={t('referrals.seekers.profile')}
        masked={fromList ? [{ label: t('referrals.seekers.name'), value: fromList.personName }] : null}
        showLabel={t('referrals.seekers.show')}
        warning={t('referrals.seekers.show_warning')}
        loggedNotice={t('referrals.seekers.logged')}
        queryKey={['job-seeker', id]}
        reveal={(signal) => getJobSeeker(id, signal)}
        render={(record) => <Profile record={record} />}
      />
      <Matches id={id} />
      <Pipeline id={id} />
    </DetailPage>
  );
}
