import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getEmployer } from './api.ts';
import { ViolationCard } from './violation-card.tsx';
import './violations.css';

/** Every published record of one employer, whichever way its name was written (台/臺, with its responsible person). */
export function ViolationEmployerPage({ employerKey }: { employerKey: string }) {
  const { t, formatNumber } = useI18n();
  const employer = useQuery({ queryKey: ['violation-employer-page', 1, employerKey], queryFn: ({ signal }) => getEmployer(employerKey, signal) });
  const title = employer.data?.names[0] ?? t('violations.employer.title');
  return (
    <Page title={title} siteName={t('common.site_name')}>
      <p>
        <Link href="/violations">{t('violations.employer.back')}</Link>
      </p>
      <ProblemAlert error={employer.error} />
      {employer.isLoading ? <Loading label={t('common.loading')} /> : null}
      {employer.data ? (
        <>
          <p role="status">{t('violations.employer.count', { count: formatNumber(employer.data.total) })}</p>
          {employer.data.names.length > 1 ? (
            <p>
              {t('violations.employer.also_published_as')}{' '}
              <span lang="zh-Hant-TW">{employer.data.names.slice(1).join('、')}</span>
            </p>
          ) : null}
          <ul className="violation-list">
            {employer.data.items.map((item) => (
              <ViolationCard key={item.id} item={item} linkEmployer={false} />
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}
