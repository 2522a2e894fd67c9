/** The youth start-up loan interest subsidy (plan 一-7): the applications with their loan, applicants masked. */
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { type LoanSummary, loansEndpoint } from './startups-api.ts';

export function StartupLoansPage() {
  const { t, formatMoney } = useI18n();
  const columns: Column<LoanSummary>[] = [
    { key: 'applicant', header: t('startups.loans.applicant'), render: (l) => l.applicant },
    { key: 'status', header: t('startups.loans.status'), render: (l) => t(`programs.statuses.${l.status}`), sortKey: 'status' },
    { key: 'lender', header: t('startups.loans.lender'), render: (l) => l.lender ?? t('startups.loans.no_loan') },
    { key: 'principal', header: t('startups.loans.principal'), render: (l) => (l.principalTwd === null ? '' : formatMoney(l.principalTwd)) },
    { key: 'claimed', header: t('startups.loans.claimed'), render: (l) => t('startups.loans.claimed_value', { claims: l.claims, amount: formatMoney(l.claimedTwd) }) },
  ];
  return (
    <ListPage
      title={t('startups.loans.title')}
      lead={t('startups.loans.lead')}
      endpoint={loansEndpoint}
      rowLink={{ column: 'applicant', href: (l) => `/staff/programs/startup-loans/${l.applicationId}`, label: (l) => t('startups.loans.open', { applicant: l.applicant }) }}
      rowKey={(l) => l.applicationId}
      columns={columns}
      caption={(total) => t('startups.loans.caption', { total })}
      empty={t('startups.loans.empty')}
      defaultSort="-submittedAt"
      exportable
    />
  );
}
