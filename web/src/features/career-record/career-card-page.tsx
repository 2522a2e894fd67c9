import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { openSharedCard, type SharedRecord } from './api.ts';
import { EntryDetails } from './entry-details.tsx';
import './career-record.css';

type SharedEntry = SharedRecord['entries'][number];

/**
 * A 工作卡 shared with a prospective employer. The token is in the link's fragment, which browsers never
 * send; the page posts it, and the server logs the opening. Revoked or expired, the link shows nothing.
 */
export function CareerCardPage() {
  const { t, formatDateTime } = useI18n();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const card = useQuery({ queryKey: ['career-card', token], queryFn: () => openSharedCard(token), enabled: token !== '', retry: false, staleTime: Infinity });
  const gone = card.error instanceof ApiError && (card.error.status === 404 || card.error.status === 400);
  const columns: Column<SharedEntry>[] = [
    { key: 'kind', header: t('career.fields.kind'), render: (e) => t(`career.kind.${e.kind}`) },
    { key: 'entry', header: t('career.fields.entry'), render: (e) => <EntryDetails entry={e} /> },
    { key: 'verification', header: t('career.fields.verification'), render: (e) => t(`career.verification.${e.verification}`) },
  ];
  return (
    <Page title={t('career.card.title')} siteName={t('common.site_name')} lead={<p>{t('career.card.lead')}</p>}>
      {token === '' || gone ? <Alert tone="error">{t('career.card.gone')}</Alert> : <ProblemAlert error={card.error} />}
      {card.isPending && token !== '' ? <Loading label={t('common.loading')} /> : null}
      {card.data ? (
        <section className="section" aria-labelledby="career-card-holder">
          <h2 id="career-card-holder">{t('career.card.holder', { name: card.data.name })}</h2>
          <p>{t('career.card.expires', { time: formatDateTime(card.data.expiresAt) })}</p>
          <DataTable caption={t('career.card.caption')} columns={columns} rows={card.data.entries} rowKey={(e) => e.id} empty={t('career.page.no_entries')} />
        </section>
      ) : null}
    </Page>
  );
}
