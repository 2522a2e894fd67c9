import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type DeletionResult, signOut } from './api.ts';
import { ColleaguesSection } from './colleagues-section.tsx';
import { DeletedPage, MyDataSection } from './my-data-section.tsx';
import { accountSessionKey, useRefreshAccount, useRequiredAccount } from './session.ts';
import './public-account.css';

/** The signed-in account's home: what it is, where to go next, the person's data and its deletion. */
export function AccountPage() {
  const { t } = useI18n();
  const session = useRequiredAccount();
  const refresh = useRefreshAccount();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [deleted, setDeleted] = useState<DeletionResult>();
  if (deleted) return <DeletedPage result={deleted} />;
  if (!session) return <Loading label={t('common.loading')} />;
  const onDeleted = (result: DeletionResult) => {
    setDeleted(result);
    // The account is gone: its data leaves the cache, and the session is asked again on the next page.
    client.removeQueries({ predicate: (query) => query.queryKey[0] === 'me' });
    void client.invalidateQueries({ queryKey: accountSessionKey, refetchType: 'none' });
  };
  const leave = async () => {
    try {
      await signOut(session.csrfToken);
      refresh(null);
      navigate('/account/sign-in', { replace: true });
    } catch (problem) {
      setError(problem);
    }
  };
  return (
    <Page title={t('public-account.home.title')} siteName={t('common.site_name')}>
      <ProblemAlert error={error} />
      <SummaryList
        items={[
          { label: t('public-account.home.kind'), value: t(`public-account.kinds.${session.kind}`) },
          { label: t('public-account.fields.email'), value: session.email ?? '—' },
          { label: t('public-account.home.verified'), value: t(`public-account.home.${session.emailVerified ? 'yes' : 'no'}`) },
          ...(session.employerRole ? [{ label: t('public-account.home.employer_role'), value: t(`public-account.roles.${session.employerRole}`) }] : []),
        ]}
      />
      <nav aria-label={t('public-account.home.services')} className="account-services">
        <h2>{t('public-account.home.services')}</h2>
        <ul className="account-links">
          <li>
            <Link href="/jobs">{t('public-account.home.find_jobs')}</Link>
          </li>
          {session.kind === 'citizen' ? (
            <li>
              <Link href="/account/job-seeker">{t('public-account.home.job_seeker')}</Link>
            </li>
          ) : (
            <>
              <li>
                <Link href="/account/employer/vacancies">{t('public-account.home.employer_vacancies')}</Link>
              </li>
              <li>
                <Link href="/account/employer/zero-disaster">{t('public-account.home.employer_zero_disaster')}</Link>
              </li>
              <li>
                <Link href="/account/employer/mass-layoffs">{t('public-account.home.employer_mass_layoffs')}</Link>
              </li>
            </>
          )}
          <li>
            <Link href="/account/programs">{t('public-account.home.programs')}</Link>
          </li>
        </ul>
      </nav>
      {session.kind === 'employer' && session.employerRole === 'admin' ? <ColleaguesSection session={session} /> : null}
      <MyDataSection session={session} onDeleted={onDeleted} />
      <div className="button-row">
        <Button variant="secondary" onClick={() => void leave()}>
          {t('public-account.home.sign_out')}
        </Button>
      </div>
    </Page>
  );
}
