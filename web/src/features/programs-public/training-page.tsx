import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAccountSession } from '../public-account/session.ts';
import { applyForTraining, listMyTraining, listOpenTrainingClasses } from '../programs/training-api.ts';
import './programs-public.css';

/**
 * Vocational training classes for the unemployed (失業者職業訓練) taking applications, with the places left.
 * A signed-in citizen who is a registered job seeker applies here; their applications are listed below.
 */
export function TrainingPage() {
  const { t, formatPlainDate, formatMoney } = useI18n();
  const client = useQueryClient();
  const session = useAccountSession();
  const citizen = session.data?.kind === 'citizen' ? session.data : null;
  const classes = useQuery({ queryKey: ['training', 'open'], queryFn: ({ signal }) => listOpenTrainingClasses(signal) });
  const mine = useQuery({ queryKey: ['me', 'training'], queryFn: ({ signal }) => listMyTraining(signal), enabled: citizen !== null });
  const [error, setError] = useState<unknown>();
  const [applied, setApplied] = useState<string>();
  const applyTo = async (classId: string, title: string) => {
    if (!citizen) return;
    setError(undefined);
    setApplied(undefined);
    try {
      await applyForTraining(classId, citizen.csrfToken);
      setApplied(title);
      await client.invalidateQueries({ queryKey: ['me', 'training'] });
    } catch (caught) {
      setError(caught);
    }
  };
  const appliedIds = new Set((mine.data?.items ?? []).map((a) => a.classCode));
  return (
    <Page title={t('training.public.title')} siteName={t('common.site_name')} lead={<p>{t('training.public.lead')}</p>}>
      {citizen ? null : (
        <p>
          <Link href={`/account/sign-in?next=${encodeURIComponent('/training')}`}>{t('training.public.sign_in')}</Link>
        </p>
      )}
      <ProblemAlert error={classes.error ?? error} />
      {applied ? (
        <Alert tone="success">
          <p>{t('training.public.applied', { title: applied })}</p>
        </Alert>
      ) : null}
      {classes.isPending ? <Loading label={t('common.loading')} /> : null}
      {classes.data && classes.data.length === 0 ? <p>{t('training.public.none')}</p> : null}
      <ul className="program-cards">
        {(classes.data ?? []).map((c) => (
          <li key={c.id} className="program-card">
            <h2 className="program-card__title">{c.title}</h2>
            <p>{t('training.public.provider', { provider: c.provider })}</p>
            <p>{t('training.public.occupation', { occupation: `${c.occupationCode} ${c.occupationName}` })}</p>
            <p>{t('training.public.when', { start: formatPlainDate(c.startsOn), end: formatPlainDate(c.endsOn), hours: c.hours })}</p>
            <p>{t('training.public.where', { place: c.place })}</p>
            <p>{t('training.public.selection', { date: formatPlainDate(c.selectionOn) })}</p>
            <p>
              {c.allowanceMonthlyTwd === null
                ? t('training.public.allowance_unset')
                : t('training.public.allowance', { amount: formatMoney(c.allowanceMonthlyTwd), source: c.allowanceSource ?? '' })}
            </p>
            <p>
              <strong>{c.placesLeft > 0 ? t('training.public.places_left', { count: c.placesLeft }) : t('training.public.full')}</strong>
            </p>
            {citizen && !appliedIds.has(c.code) ? (
              <Button onClick={() => void applyTo(c.id, c.title)}>{t('training.public.apply', { title: c.title })}</Button>
            ) : null}
          </li>
        ))}
      </ul>
      {citizen ? (
        <section aria-labelledby="my-training">
          <h2 id="my-training">{t('training.public.mine_title')}</h2>
          {mine.data && mine.data.items.length === 0 ? <p>{t('training.public.mine_none')}</p> : null}
          <ul>
            {(mine.data?.items ?? []).map((a) => (
              <li key={a.id}>
                {t('training.public.mine_item', { code: a.classCode, title: a.classTitle, status: t(`training.statuses.${a.status}`), date: formatPlainDate(a.selectionOn) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
