import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useRequiredAccount } from '../public-account/session.ts';
import { getOwnApplications, getOwnProfile, getOwnReferrals, saveOwnProfile } from './api.ts';
import { ProfileForm } from './profile-form.tsx';
import './job-seeker.css';

function MyReferrals() {
  const { t, formatDateTime, formatPlainDate } = useI18n();
  const applications = useQuery({ queryKey: ['me', 'applications'], queryFn: ({ signal }) => getOwnApplications(signal) });
  const referrals = useQuery({ queryKey: ['me', 'referrals'], queryFn: ({ signal }) => getOwnReferrals(signal) });
  return (
    <>
      <section aria-labelledby="my-applications">
        <h2 id="my-applications">{t('job-seeker.mine.applications')}</h2>
        {applications.data?.items.length ? (
          <ul className="my-list">
            {applications.data.items.map((a) => (
              <li key={a.id}>
                {a.vacancyTitle} · {a.employerName} · {formatDateTime(a.appliedAt)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('job-seeker.mine.no_applications')}</p>
        )}
      </section>
      <section aria-labelledby="my-referrals">
        <h2 id="my-referrals">{t('job-seeker.mine.referrals')}</h2>
        {referrals.data?.items.length ? (
          <ul className="my-list">
            {referrals.data.items.map((r) => (
              <li key={r.id}>
                <p className="my-list__title">
                  {r.vacancyTitle} · {r.employerName}
                </p>
                <p>
                  {t('job-seeker.mine.card', { number: r.cardNumber })} · <strong>{t(`job-seeker.referral_status.${r.status}`)}</strong>
                  {r.startOn ? ` · ${t('job-seeker.mine.start_on', { date: formatPlainDate(r.startOn) })}` : ''}
                </p>
                <ol className="my-steps">
                  {r.events.map((e) => (
                    <li key={`${e.status}-${e.at}`}>
                      {t(`job-seeker.referral_status.${e.status}`)} · {formatDateTime(e.at)} · {t(`job-seeker.actor.${e.actorKind}`)}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('job-seeker.mine.no_referrals')}</p>
        )}
      </section>
    </>
  );
}

/** A signed-in citizen's job-seeker profile, applications and referrals (ADR 0028). */
export function JobSeekerPage() {
  const { t } = useI18n();
  const session = useRequiredAccount('citizen');
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const profile = useQuery({ queryKey: ['me', 'job-seeker'], queryFn: ({ signal }) => getOwnProfile(signal), enabled: Boolean(session) });
  if (!session || profile.isPending) return <Loading label={t('common.loading')} />;
  const notLinked = profile.error instanceof ApiError && profile.error.problem?.code === 'ACCOUNT_NOT_LINKED';
  return (
    <Page title={t('job-seeker.profile.title')} siteName={t('common.site_name')} lead={<p>{t('job-seeker.profile.lead')}</p>}>
      <p>
        <Link href="/jobs">{t('job-seeker.profile.find_jobs')}</Link> · <Link href="/account">{t('public-account.home.title')}</Link>
      </p>
      {notLinked ? <ProblemAlert error={profile.error} /> : null}
      {profile.error && !notLinked ? <ProblemAlert error={profile.error} /> : null}
      {saved ? <Alert tone="success">{t('job-seeker.profile.saved')}</Alert> : null}
      {profile.isSuccess ? (
        <>
          {profile.data ? null : <Alert tone="info">{t('job-seeker.profile.not_registered')}</Alert>}
          <ProfileForm
            key={profile.data?.id ?? 'new'}
            profile={profile.data}
            onSave={async (request) => {
              await saveOwnProfile(request, session.csrfToken);
              setSaved(true);
              await client.invalidateQueries({ queryKey: ['me'] });
              window.scrollTo(0, 0);
            }}
          />
          {profile.data ? <MyReferrals /> : null}
        </>
      ) : null}
    </Page>
  );
}
