import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { type ApplicationSummary, applicationsEndpoint, listPrograms } from './api.ts';

const statuses = ['submitted', 'approved', 'rejected', 'paid', 'withdrawn'] as const;

/** Applications to every program, applicants masked; the maker files, another person decides. */
export function ApplicationsPage() {
  const { t, formatDateTime, formatMoney } = useI18n();
  const { can } = useSession();
  const programs = useQuery({ queryKey: ['staff-programs'], queryFn: ({ signal }) => listPrograms(signal) });
  const columns: Column<ApplicationSummary>[] = [
    { key: 'program', header: t('programs.columns.program'), render: (a) => a.programName, sortKey: 'programCode' },
    { key: 'applicant', header: t('programs.columns.applicant'), render: (a) => a.applicant },
    { key: 'status', header: t('programs.columns.status'), render: (a) => t(`programs.statuses.${a.status}`), sortKey: 'status' },
    { key: 'eligible', header: t('programs.columns.eligible'), render: (a) => (a.eligible ? t('programs.eligible_yes') : t('programs.eligible_no')) },
    { key: 'amount', header: t('programs.columns.amount'), render: (a) => (a.amountTwd === null ? t('programs.amount_unset') : formatMoney(a.amountTwd)) },
    { key: 'submitted', header: t('programs.columns.submitted'), render: (a) => formatDateTime(a.submittedAt), sortKey: 'submittedAt' },
    {
      key: 'due',
      header: t('programs.columns.due'),
      render: (a) => (a.decisionDueAt ? `${formatDateTime(a.decisionDueAt)}${a.escalated ? ` (${t('programs.escalated')})` : ''}` : ''),
      sortKey: 'decisionDueAt',
    },
  ];
  return (
    <ListPage
      title={t('programs.title')}
      lead={t('programs.lead')}
      endpoint={applicationsEndpoint}
      newItem={can('programs.apply') ? { href: '/staff/programs/applications/new', label: t('programs.new.title') } : null}
      actions={
        <p>
          <Link href="/staff/programs/definitions">{t('programs.definitions.title')}</Link> · <Link href="/staff/programs/courses">{t('programs.courses.title')}</Link> · <Link href="/staff/programs/star-youth">{t('startups.board.title')}</Link> ·{' '}
          <Link href="/staff/programs/startup-loans">{t('startups.loans.title')}</Link>
          {can('programs.pay') ? <> · <Link href="/staff/programs/payments">{t('program-payments.batches.title')}</Link></> : null} · <Link href="/staff/programs/recoveries">{t('program-payments.recoveries.title')}</Link>
        </p>
      }
      rowLink={{ column: 'program', href: (a) => `/staff/programs/applications/${a.id}`, label: (a) => t('programs.open', { program: a.programName, applicant: a.applicant }) }}
      filters={[
        {
          name: 'program',
          kind: 'select',
          label: t('programs.columns.program'),
          options: [{ value: '', label: t('programs.all_programs') }, ...(programs.data ?? []).map((p) => ({ value: p.code, label: p.name }))],
        },
        {
          name: 'status',
          kind: 'select',
          label: t('programs.columns.status'),
          options: [{ value: '', label: t('programs.all_statuses') }, ...statuses.map((s) => ({ value: s, label: t(`programs.statuses.${s}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('programs.caption', { total })}
      empty={t('programs.empty')}
      exportable
    />
  );
}
