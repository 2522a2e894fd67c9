import { useI18n } from '../../i18n/i18n-provider.tsx';
import source from '../../i18n/locales/zh-TW/audit.json';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { AuditEvent } from './api.ts';

// The codes the trail knows a name for (issue 15 §8a): the source catalog's keys, so a code added with its
// label in every language is offered as a choice, and the filter never needs a code typed by hand.
// Catalog keys cannot hold dots, so complaint.assign is named under complaint_assign (codes have no underscore).
const actionCodes = Object.keys(source.actions).map((key) => key.replaceAll('_', '.'));
const keyOf = (code: string) => code.replaceAll('.', '_');
const recordTypes = Object.keys(source.record_types);

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** Read-only search of the audit trail (admin), in the bureau's words: named actions, people and references. */
export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  // A code with no name yet (a module added it without one) still shows, as its code.
  const actionName = (code: string) => {
    const label = t(`audit.actions.${keyOf(code)}`);
    return label === `audit.actions.${keyOf(code)}` ? null : label;
  };
  const typeName = (code: string) => {
    const label = t(`audit.record_types.${code}`);
    return label === `audit.record_types.${code}` ? null : label;
  };
  const byLabel = (codes: string[], name: (code: string) => string | null) =>
    codes.map((code) => ({ value: code, label: name(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label));
  const columns: Column<AuditEvent>[] = [
    { key: 'when', header: t('audit.columns.occurred_at'), render: (e) => formatDateTime(e.occurredAt), sortKey: 'occurredAt' },
    {
      key: 'actor',
      header: t('audit.columns.actor'),
      render: (e) =>
        e.actorUsername === null ? (
          t('audit.system_actor')
        ) : (
          <>
            {e.actorName ?? e.actorUsername}
            {e.actorName ? <span className="cell-secondary">{e.actorUsername}</span> : null}
          </>
        ),
      sortKey: 'actor',
    },
    {
      key: 'action',
      header: t('audit.columns.action'),
      render: (e) => actionName(e.action) ?? <code>{e.action}</code>,
      sortKey: 'action',
    },
    {
      key: 'record',
      header: t('audit.columns.record'),
      render: (e) => (
        <>
          {typeName(e.recordType) ?? e.recordType}
          {e.reference ? (
            <span className="cell-secondary">{e.reference}</span>
          ) : e.recordId ? (
            <span className="cell-secondary" title={e.recordId}>
              {e.recordId.length > 12 ? `${e.recordId.slice(0, 8)}…` : e.recordId}
            </span>
          ) : null}
        </>
      ),
    },
    { key: 'details', header: t('audit.columns.details'), render: (e) => <span className="small cell-wrap">{detailsText(e.details)}</span> },
  ];
  return (
    <ListPage
      title={t('audit.title')}
      lead={t('audit.lead')}
      endpoint="/api/v1/staff/audit-events"
      filters={[
        { name: 'actor', kind: 'text', label: t('audit.filters.actor'), hint: t('audit.filters.actor_hint') },
        {
          name: 'action',
          kind: 'select',
          label: t('audit.filters.action'),
          options: [{ value: '', label: t('audit.filters.all_actions') }, ...byLabel(actionCodes, actionName)],
        },
        {
          name: 'recordType',
          kind: 'select',
          label: t('audit.filters.record_type'),
          options: [{ value: '', label: t('audit.filters.all_record_types') }, ...byLabel(recordTypes, typeName)],
        },
        { name: 'reference', kind: 'text', label: t('audit.filters.reference'), hint: t('audit.filters.reference_hint') },
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
