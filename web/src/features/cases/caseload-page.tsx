import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { type Caseload, getCaseload } from './api.ts';
import { useUnitName } from './unit-name.ts';

function CaseloadTable({ by, scope }: { by: 'manager' | 'station'; scope: 'home' | 'city' }) {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const query = useQuery({ queryKey: ['caseload', by, scope], queryFn: ({ signal }) => getCaseload(by, scope, signal) });
  const rows: Caseload['rows'] = query.data?.rows ?? [];
  const unitName = useUnitName();
  // A unit row's key is `kind:code` (the server's); its label is the unit's name from the city file.
  const label = (r: Caseload['rows'][number]) => {
    if (by === 'manager') return r.label;
    const [kind = '', code = ''] = r.key.split(':');
    return unitName({ kind, code: code || null });
  };
  return (
    <section className="section" aria-labelledby={`caseload-${by}`}>
      <h2 id={`caseload-${by}`}>{t(`cases.caseload.by_${by}`)}</h2>
      <ProblemAlert error={query.error} />
      {query.isLoading ? <Loading label={t('common.loading')} /> : null}
      {query.data ? (
        <DataTable
          caption={t('cases.caseload.caption', { date: formatPlainDate(query.data.today) })}
          rows={rows}
          rowKey={(r) => r.key}
          empty={t('cases.caseload.empty')}
          columns={[
            { key: 'label', header: t(`cases.caseload.label_${by}`), render: label },
            { key: 'open', header: t('cases.caseload.open'), render: (r) => formatNumber(r.open), isNumeric: true },
            { key: 'overdue', header: t('cases.caseload.overdue'), render: (r) => formatNumber(r.overdueTasks), isNumeric: true },
            { key: 'closed', header: t('cases.caseload.closed'), render: (r) => formatNumber(r.closed), isNumeric: true },
            { key: 'days', header: t('cases.caseload.days'), render: (r) => (r.averageDaysToClose === null ? '—' : formatNumber(r.averageDaysToClose)), isNumeric: true },
            { key: 'placed', header: t('cases.caseload.placed'), render: (r) => (r.placedShare === null ? '—' : `${formatNumber(Math.round(r.placedShare * 1000) / 10)} %`), isNumeric: true },
          ]}
        />
      ) : null}
    </section>
  );
}

/** The caseload per case manager and per unit: of the home unit, or of the whole city for city-wide roles. */
export function CaseloadPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const scope = can('scope.city') ? 'city' : 'home';
  return (
    <Page title={t('cases.caseload.title')} lead={t(`cases.caseload.lead_${scope}`)} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/cases">{t('cases.back_to_list')}</Link>
      </p>
      <CaseloadTable by="manager" scope={scope} />
      <CaseloadTable by="station" scope={scope} />
    </Page>
  );
}
