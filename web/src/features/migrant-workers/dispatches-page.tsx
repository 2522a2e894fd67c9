import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { type DispatchSummary, dispatchesEndpoint } from './centre-api.ts';

/** Cases the 1955 hotline dispatched to the city: open, overdue (deadline passed, no reply) or replied. */
export function DispatchesPage() {
  const { t, formatDateTime, formatPlainDate } = useI18n();
  const { can } = useSession();
  const columns: Column<DispatchSummary>[] = [
    { key: 'number', header: t('migrant-centre.fields.dispatch_number'), render: (d) => d.dispatchNumber, sortKey: 'dispatchNumber' },
    { key: 'received', header: t('migrant-centre.fields.received_at'), render: (d) => formatDateTime(d.receivedAt), sortKey: 'receivedAt' },
    { key: 'worker', header: t('migrant-centre.fields.worker'), render: (d) => d.workerName },
    { key: 'employer', header: t('migrant-centre.fields.employer'), render: (d) => d.employerName },
    { key: 'deadline', header: t('migrant-centre.fields.reply_deadline'), render: (d) => formatPlainDate(d.replyDeadline), sortKey: 'replyDeadline' },
    { key: 'state', header: t('migrant-centre.fields.state'), render: (d) => t(`migrant-centre.state.${d.state}`) },
    { key: 'officer', header: t('migrant-centre.fields.officer'), render: (d) => d.assignedTo.displayName },
  ];
  return (
    <ListPage
      title={t('migrant-centre.dispatches.title')}
      lead={t('migrant-centre.dispatches.lead')}
      newItem={can('migrant-dispatches.write') ? { href: '/staff/migrant-workers/dispatches/new', label: t('migrant-centre.dispatches.new') } : null}
      actions={
        <p className="actions">
          {can('migrant-dispatches.write') ? <Link href="/staff/migrant-workers/dispatches/import">{t('migrant-centre.dispatch_import.title')}</Link> : null}{' '}
          <Link href="/staff/migrant-workers/consultations">{t('migrant-centre.consultations.title')}</Link>
        </p>
      }
      endpoint={dispatchesEndpoint}
      filters={[
        {
          name: 'status',
          kind: 'select',
          label: t('migrant-centre.fields.state'),
          options: ['open', 'overdue', 'replied', ''].map((value) => ({ value, label: t(`migrant-centre.dispatches.status_${value || 'all'}`) })),
        },
        { name: 'mine', kind: 'checkbox', label: t('migrant-centre.filters.mine') },
      ]}
      filterDefaults={{ status: 'open' }}
      columns={columns}
      rowLink={{ column: 'number', href: (d) => `/staff/migrant-workers/dispatches/${d.id}` }}
      caption={(total) => t('migrant-centre.dispatches.caption', { total })}
      empty={t('migrant-centre.dispatches.empty')}
      defaultSort="replyDeadline"
      exportable
    />
  );
}
