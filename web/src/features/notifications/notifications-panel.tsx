import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { z } from 'zod';
import type { notificationItem, RecordType } from '../../../../src/modules/notifications/notifications.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type NotificationItem = z.infer<typeof notificationItem>;

/**
 * What was sent about one record: when, which notice, in which language, to whom (masked by the server,
 * never the address) and with what result. Reading it is audited on the record, so a page shows it only
 * where staff look at the case itself.
 */
export function NotificationsPanel({ recordType, recordId }: { recordType: RecordType; recordId: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const headingId = useId();
  const query = useQuery({
    queryKey: ['notifications', recordType, recordId],
    queryFn: ({ signal }) =>
      apiRequest<{ items: NotificationItem[] }>(
        `/api/v1/staff/notifications?${new URLSearchParams({ recordType, recordId }).toString()}`,
        { signal },
      ),
  });
  const items = query.data?.items ?? [];
  return (
    <section className="notifications-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notifications.panel.title')}</h2>
      {query.isPending ? <Loading label={t('notifications.panel.loading')} /> : null}
      {query.error ? <ProblemAlert error={query.error} /> : null}
      {query.data && items.length === 0 ? <p>{t('notifications.panel.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="table">
            <caption>{t('notifications.panel.caption', { count: formatNumber(items.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notifications.panel.columns.created')}</th>
                <th scope="col">{t('notifications.panel.columns.template')}</th>
                <th scope="col">{t('notifications.panel.columns.channel')}</th>
                <th scope="col">{t('notifications.panel.columns.recipient')}</th>
                <th scope="col">{t('notifications.panel.columns.language')}</th>
                <th scope="col">{t('notifications.panel.columns.status')}</th>
                <th scope="col" className="numeric">
                  {t('notifications.panel.columns.attempts')}
                </th>
                <th scope="col">{t('notifications.panel.columns.sent')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{formatDateTime(item.createdAt)}</td>
                  <td>{t(`notifications.template.${item.template}`)}</td>
                  <td>{t(`notifications.channel.${item.channel}`)}</td>
                  <td>{item.recipient}</td>
                  <td>{t(`notifications.language.${item.locale}`)}</td>
                  <td>
                    {t(`notifications.status.${item.status}`)}
                    {item.lastError ? (
                      <>
                        <br />
                        <small>{t('notifications.panel.last_error', { error: item.lastError })}</small>
                      </>
                    ) : null}
                  </td>
                  <td className="numeric">{formatNumber(item.attempts)}</td>
                  <td>{item.sentAt ? formatDateTime(item.sentAt) : t('notifications.panel.not_sent')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
