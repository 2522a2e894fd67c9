import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import type { Decision } from './api.ts';
import './violations.css';

/** The ministry's decisions as staff see them, withdrawn ones included, to find one and withdraw it (issue 16, finding 14). */
export function StaffDecisionsPage() {
  const { t, formatPlainDate, formatMoney } = useI18n();
  const columns: Column<Decision>[] = [
    { key: 'employer', header: t('violations.fields.employer'), render: (row) => <span lang="zh-Hant-TW">{row.companyName}</span>, sortKey: 'employerName' },
    { key: 'number', header: t('violations.fields.decision_number'), render: (row) => <span lang="zh-Hant-TW">{row.decisionNumber ?? ''}</span> },
    { key: 'announced', header: t('violations.fields.announced_on'), render: (row) => formatPlainDate(row.announcedOn), sortKey: 'announcedOn' },
    { key: 'fine', header: t('violations.fields.fine'), render: (row) => (row.fine === null ? '' : formatMoney(row.fine)), isNumeric: true },
    { key: 'status', header: t('violations.decisions.status_label'), render: (row) => t(`violations.decisions.status.${row.status}`) },
    { key: 'revised', header: t('violations.decisions.revised'), render: (row) => (row.revisedOn ? formatPlainDate(row.revisedOn) : ''), sortKey: 'revisedAt' },
  ];
  return (
    <ListPage
      title={t('violations.decisions.title')}
      lead={t('violations.decisions.lead')}
      endpoint="/api/v1/staff/violations/decisions"
      filters={[
        { name: 'q', kind: 'search', label: t('violations.decisions.q'), hint: t('violations.decisions.q_hint') },
        {
          name: 'status',
          kind: 'select',
          label: t('violations.decisions.status_label'),
          options: [
            { value: '', label: t('violations.decisions.status.any') },
            { value: 'published', label: t('violations.decisions.status.published') },
            { value: 'withdrawn', label: t('violations.decisions.status.withdrawn') },
          ],
        },
      ]}
      columns={columns}
      rowLink={{ column: 'employer', href: (row) => `/staff/violations/decisions/${row.id}` }}
      caption={(count) => t('violations.decisions.caption', { count })}
      empty={t('violations.decisions.empty')}
      exportable
    />
  );
}
