import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { AuditEvent } from './api.ts';

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** Read-only search of the audit trail (admin). */
export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const columns: Column<AuditEvent>[] = [
    { key: 'when', header: t('audit.columns.occurred_at'), render: (e) => formatDateTime(e.occurredAt), sortKey: 'occurredAt' },
    { key: 'actor', header: t('audit.columns.actor'), render: (e) => e.actorUsername ?? t('audit.system_actor'), sortKey: 'actor' },
    { key: 'action', header: t('audit.columns.action'), render: (e) => <code>{e.action}</code>, sortKey: 'action' },
    {
      key: 'record',
      header: t('audit.columns.record'),
      render: (e) => (
        <>
          {e.recordType}
          {e.recordId ? <span className="muted"> {e.recordId}</span> : null}
        </>
      ),
    },
    { key: 'details', header: t('audit.columns.details'), render: (e) => <span className="small">{detailsText(e.details)}</span> },
    { key: 'request', header: t('audit.columns.request_id'), render: (e) => <span className="small">{e.requestId ?? ''}</span> },
  ];
  return (
    <ListPage
      title={t('audit.title')}
      lead={t('audit.lead')}
      endpoint="/api/v1/staff/audit-events"
      filters={[
        { name: 'actor', kind: 'text', label: t('audit.filters.actor') },
        { name: 'action', kind: 'text', label: t('audit.filters.action'), hint: t('audit.filters.action_hint') },
        { name: 'recordType', kind: 'text', label: t('audit.filters.record_type'), hint: t('audit.filters.record_type_hint') },
        { name: 'recordId', kind: 'text', label: t('audit.filters.record_id') },
        { name: 'from', kind: 'date', label: t('audit.filters.from') },
        { name: 'to', kind: 'date', label: t('audit.filters.to') },
      ]}
      columns={columns}
      caption={(total) => t('audit.caption', { total })}
      empty={t('audit.empty')}
      exportable
    />
  );
}
