import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ScreenedText } from '../employment/screening-text.tsx';
import { useRequiredAccount } from '../public-account/session.ts';
import { closeVacancy, getOwnVacancies, type OwnVacancy, postVacancy, renewVacancy } from './api.ts';
import { ReferralsSection } from './referrals-section.tsx';
import { EmployerVacancyForm } from './vacancy-form.tsx';
import '../employment/employment.css';
import '../job-seeker/job-seeker.css';

function VacancyItem({ vacancy, csrfToken }: { vacancy: OwnVacancy; csrfToken: string }) {
  const { t, formatPlainDate } = useI18n();
  const client = useQueryClient();
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<unknown>();
  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      await client.invalidateQueries({ queryKey: ['me', 'employer-vacancies'] });
    } catch (problem) {
      setError(problem);
    }
  };
  const described = (hit: OwnVacancy['screening'][number]) => `${t(`employment.ground.${hit.ground}`)}（${hit.article}）`;
  return (
    <li className="vacancy-card">
      <h3 className="vacancy-card__title">
        <ScreenedText text={vacancy.title} hits={vacancy.screening.filter((h) => h.field === 'title')} describedBy={described} />
      </h3>
      <p>
        <strong>{t(`employment.status.${vacancy.status}`)}</strong>
        {vacancy.expired ? ` · ${t('employer-self.list.expired')}` : ''} · {t('employer-self.list.expires', { date: formatPlainDate(vacancy.expiresOn) })}
      </p>
      {vacancy.requirements ? (
        <p>
          <ScreenedText text={vacancy.requirements} hits={vacancy.screening.filter((h) => h.field === 'requirements')} describedBy={described} />
        </p>
      ) : null}
      {vacancy.screening.length ? (
        <Alert tone="warning" title={t('employer-self.list.held_title')}>
          <ul className="screening-list">
            {vacancy.screening.map((hit) => (
              <li key={`${hit.field}-${hit.start}`}>
                <mark className="screening-hit">{hit.term}</mark> — {described(hit)}
              </li>
            ))}
          </ul>
        </Alert>
      ) : vacancy.status === 'held' ? (
        <p>{t('employer-self.list.held')}</p>
      ) : null}
      <ProblemAlert error={error} />
      {vacancy.status !== 'closed' ? (
        <div className="employer-actions">
          <TextField label={t('employer-self.list.new_expiry')} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
          <div className="button-row">
            <Button variant="secondary" onClick={() => void act(() => renewVacancy(vacancy.id, expiresOn, csrfToken))} aria-label={t('employer-self.list.renew_named', { title: vacancy.title })}>
              {t('employer-self.list.renew')}
            </Button>
            <Button variant="secondary" onClick={() => void act(() => closeVacancy(vacancy.id, 'filled', csrfToken))} aria-label={t('employer-self.list.filled_named', { title: vacancy.title })}>
              {t('employer-self.list.filled')}
            </Button>
            <Button variant="secondary" onClick={() => void act(() => closeVacancy(vacancy.id, 'withdrawn', csrfToken))} aria-label={t('employer-self.list.withdraw_named', { title: vacancy.title })}>
              {t('employer-self.list.withdraw')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

/** An employer account's vacancies: post (screened, held for an officer), renew, close; and its referrals. */
export function EmployerVacanciesPage() {
  const { t } = useI18n();
  const session = useRequiredAccount('employer');
  const client = useQueryClient();
  const [posted, setPosted] = useState<{ held: number } | undefined>();
  const vacancies = useQuery({ queryKey: ['me', 'employer-vacancies'], queryFn: ({ signal }) => getOwnVacancies(signal), enabled: Boolean(session) });
  if (!session) return <Loading label={t('common.loading')} />;
  return (
    <Page title={t('employer-self.title')} siteName={t('common.site_name')} lead={<p>{t('employer-self.lead')}</p>}>
      <p>
        <Link href="/account">{t('public-account.home.title')}</Link>
      </p>
      <section aria-labelledby="own-vacancies">
        <h2 id="own-vacancies">{t('employer-self.list.title')}</h2>
        <ProblemAlert error={vacancies.error} />
        {vacancies.data?.items.length ? (
          <ul className="vacancy-cards">
            {vacancies.data.items.map((v) => (
              <VacancyItem key={v.id} vacancy={v} csrfToken={session.csrfToken} />
            ))}
          </ul>
        ) : (
          <p>{t('employer-self.list.empty')}</p>
        )}
      </section>
      <section aria-labelledby="post-vacancy">
        <h2 id="post-vacancy">{t('employer-self.post.title')}</h2>
        <p>{t('employer-self.post.lead')}</p>
        {posted ? <Alert tone="success">{t(`employer-self.post.${posted.held ? 'posted_hits' : 'posted'}`, { count: posted.held })}</Alert> : null}
        <EmployerVacancyForm
          onPost={async (request) => {
            const created = await postVacancy(request, session.csrfToken);
            // The list first, then the message: what it points at ("the marks above") is there when it is read.
            await client.invalidateQueries({ queryKey: ['me', 'employer-vacancies'] });
            setPosted({ held: created.screening.length });
          }}
        />
      </section>
      <ReferralsSection csrfToken={session.csrfToken} />
    </Page>
  );
}
