import './job-fairs.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useRequiredAccount } from '../public-account/session.ts';
import { getMyRegistrations } from './api.ts';
import { useFairWhen } from './calendar-page.tsx';

/** The citizen's fair registrations, each with the QR code shown at the door (large, for a phone held up). */
export function MyFairsPage() {
  const { t, formatDateTime } = useI18n();
  const account = useRequiredAccount('citizen');
  const when = useFairWhen();
  const mine = useQuery({ queryKey: ['me', 'job-fairs'], queryFn: ({ signal }) => getMyRegistrations(signal), enabled: Boolean(account) });
  return (
    <Page title={t('job-fairs.mine.title')} siteName={t('common.site_name')} lead={<p>{t('job-fairs.mine.lead')}</p>}>
      <ProblemAlert error={mine.error} />
      {!account || mine.isPending ? <Loading label={t('common.loading')} /> : null}
      {mine.data && mine.data.items.length === 0 ? (
        <p>
          {t('job-fairs.mine.none')} <Link href="/job-fairs">{t('job-fairs.public.title')}</Link>
        </p>
      ) : null}
      <ul className="fair-cards">
        {(mine.data?.items ?? []).map((r) => (
          <li key={r.id} className="fair-card fair-qr">
            <h2 className="fair-card__title">
              <Link href={`/job-fairs/${r.fair.id}`}>{r.fair.title}</Link>
            </h2>
            <p>{when(r.fair)}</p>
            <p>{r.fair.venue}</p>
            <div className="fair-qr__image" role="img" aria-label={t('job-fairs.mine.qr_label', { code: r.code })} dangerouslySetInnerHTML={{ __html: r.qrSvg }} />
            <p className="fair-qr__code">{r.code}</p>
            <p>{r.checkedInAt ? t('job-fairs.mine.checked_in', { time: formatDateTime(r.checkedInAt) }) : t('job-fairs.mine.show_at_door')}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
