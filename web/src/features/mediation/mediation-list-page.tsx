import { caseStatuses } from '../../../../src/modules/mediation/mediation.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import type { MediationSummary } from './api.ts';
import { useSiteName } from './site-name.ts';
import { useSession } from '../staff-auth/session-provider.tsx';

/** Cases of the caller's mediation site; the applicant only masked. */
export function MediationListPage() {
  const { t, formatDateTime, formatPlainDate } = useI18n();
  const siteName = useSiteName();
  const { can } = useSession();
  const columns: Column<MediationSummary>[] = [
    { key: 'case', header: t('mediation.columns.case_number'), render: (c) => c.caseNumber, sortKey: 'caseNumber' },
    { key: 'site', header: t('mediation.columns.site'), render: (c) => siteName(c.siteCode), sortKey: 'siteCode' },
    { key: 'respondent', header: t('mediation.columns.respondent'), render: (c) => c.respondentName },
    { key: 'applicant', header: t('mediation.columns.applicant'), render: (c) => c.applicantName },
    { key: 'status', header: t('mediation.columns.status'), render: (c) => t(`mediation.statuses.${c.status}`), sortKey: 'status' },
    { key: 'received', header: t('mediation.columns.received_at'), render: (c) => formatDateTime(c.receivedAt), sortKey: 'receivedAt' },
    {
      key: 'deadline',
      header: t('mediation.columns.next_deadline'),
      render: (c) => {
        const open = c.outcome ? undefined : c.deadlines.find((d) => d.metOn === null);
        if (!open) return <span className="muted">{t('mediation.none')}</span>;
        const text = t('mediation.deadline_line', { kind: t(`mediation.deadlines.${open.kind}`), due: formatPlainDate(open.dueOn), article: open.article });
        return open.overdue ? <strong>{t('mediation.overdue_prefix', { text })}</strong> : text;
      },
    },
    { key: 'mediator', header: t('mediation.columns.mediator'), render: (c) => c.mediatorName ?? <span className="muted">{t('mediation.unassigned')}</span> },
    { key: 'duplicate', header: t('mediation.columns.duplicate'), render: (c) => c.duplicateOf ?? '' },
  ];
  const filters: ListFilter[] = [
    {
      name: 'status',
      kind: 'select',
      label: t('mediation.status_filter'),
      options: [{ value: '', label: t('mediation.all_statuses') }, ...caseStatuses.map((s) => ({ value: s, label: t(`mediation.statuses.${s}`) }))],
    },
    { name: 'overdue', kind: 'checkbox', label: t('mediation.overdue_filter') },
  ];
  return (
    <ListPage
      title={t('mediation.list_title')}
      lead={
        <>
          {t('mediation.list_lead')} <Link href="/staff/mediation/statistics">{t('mediation.stats.title')}</Link>
          {can('mediation.assign') ? (
            <>
              {' '}
              <Link href="/staff/mediation/reminder-settings">{t('mediation.reminders.title')}</Link>
            </>
          ) : null}
        </>
      }
      endpoint="/api/v1/staff/mediation-cases"
      filters={filters}
      columns={columns}
      rowLink={{ column: 'case', href: (c) => `/staff/mediation/${c.id}`, label: (c) => t('mediation.open_label', { number: c.caseNumber }) }}
      caption={(total) => t('mediation.caption', { total })}
      empty={t('mediation.empty')}
      exportable
    />
  );
}
