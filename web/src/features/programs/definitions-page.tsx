import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getVersions, listPrograms, type ProgramVersions, type StaffProgram } from './api.ts';

type Entitlement = StaffProgram['entitlement'];

/** The entitlement in words: a figure the plan does not give is shown as "entered on the decision". */
function useEntitlementText() {
  const { t, formatMoney } = useI18n();
  return (e: Entitlement) => {
    const amount = e.amount === null || e.amount === undefined ? t('programs.definitions.amount_entered') : formatMoney(e.amount);
    if (e.kind === 'share') return t('programs.definitions.entitlement_share', { percent: e.percent ?? 0 });
    if (e.kind === 'monthly') return t('programs.definitions.entitlement_monthly', { amount });
    return t('programs.definitions.entitlement_fixed', { amount });
  };
}

/** Every program in force today, with its quota for the year: places and budget committed and paid. */
export function DefinitionsPage() {
  const { t, formatMoney } = useI18n();
  const programs = useQuery({ queryKey: ['staff-programs'], queryFn: ({ signal }) => listPrograms(signal) });
  const entitlement = useEntitlementText();
  const money = (n: number | null | undefined) => (n === null || n === undefined ? t('programs.definitions.no_cap') : formatMoney(n));
  return (
    <Page title={t('programs.definitions.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('programs.definitions.lead')}</p>}>
      <p>
        <Link href="/staff/programs">{t('programs.back')}</Link>
      </p>
      <ProblemAlert error={programs.error} />
      {programs.isPending ? <Loading label={t('common.loading')} /> : null}
      {programs.data ? (
        <DataTable
          caption={t('programs.definitions.caption')}
          rowKey={(p) => p.code}
          rows={programs.data}
          empty={t('programs.empty')}
          columns={[
            { key: 'name', header: t('programs.columns.program'), render: (p) => <Link href={`/staff/programs/definitions/${encodeURIComponent(p.code)}`}>{p.name}</Link> },
            { key: 'from', header: t('programs.definitions.effective_from'), render: (p) => p.effectiveFrom },
            { key: 'entitlement', header: t('programs.definitions.entitlement'), render: (p) => entitlement(p.entitlement) },
            {
              key: 'places',
              header: t('programs.definitions.places'),
              render: (p) => (p.quota ? `${p.quota.placesCommitted} / ${p.quota.places ?? t('programs.definitions.no_cap')}` : t('programs.definitions.no_cap')),
            },
            { key: 'committed', header: t('programs.definitions.budget_committed'), render: (p) => (p.quota ? `${formatMoney(p.quota.budgetCommittedTwd)} / ${money(p.quota.budgetTwd)}` : t('programs.definitions.no_cap')) },
            { key: 'paid', header: t('programs.definitions.budget_paid'), render: (p) => (p.quota ? formatMoney(p.quota.budgetPaidTwd) : '—') },
          ]}
        />
      ) : null}
    </Page>
  );
}

function Version({ v }: { v: ProgramVersions['versions'][number] }) {
  const { t } = useI18n();
  const entitlement = useEntitlementText();
  return (
    <section className="section" aria-labelledby={`version-${v.definitionId}`}>
      <h2 id={`version-${v.definitionId}`}>
        {t('programs.definitions.version', { date: v.effectiveFrom })}
        {v.current ? ` · ${t('programs.definitions.current')}` : ''}
      </h2>
      <dl className="summary-list">
        <dt>{t('programs.definitions.entitlement')}</dt>
        <dd>{entitlement(v.entitlement)}</dd>
        <dt>{t('programs.definitions.rules')}</dt>
        <dd>{v.eligibility.length ? v.eligibility.map((r) => r.text).join('；') : t('programs.detail.no_rules')}</dd>
        <dt>{t('programs.definitions.documents')}</dt>
        <dd>{v.documents.map((d) => d.name).join('、') || '—'}</dd>
        <dt>{t('programs.definitions.deadline')}</dt>
        <dd>
          {v.decisionDays ? t('programs.definitions.deadline_days', { days: v.decisionDays }) : '—'}
          {v.escalation ? ` · ${t('programs.definitions.escalation', { hours: v.escalation.afterHours })}` : ''}
        </dd>
        <dt>{t('programs.definitions.roles')}</dt>
        <dd>{t('programs.definitions.roles_text', { makers: v.makerRoles.join(', '), checkers: v.checkerRoles.join(', ') })}</dd>
        <dt>{t('programs.definitions.applications')}</dt>
        <dd>{v.applications}</dd>
      </dl>
      <h3>{t('programs.definitions.sources')}</h3>
      <ul>
        {v.sources.map((s) => (
          <li key={`${s.field}-${s.source}`}>
            <code>{s.field}</code>: {s.source}
          </li>
        ))}
        {v.escalation ? (
          <li>
            <code>escalation</code>: {v.escalation.source}
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** One program's versions by effective date (a rule changed mid-year is a new version) and its quotas by year. */
export function DefinitionVersionsPage({ code }: { code: string }) {
  const { t, formatMoney } = useI18n();
  const versions = useQuery({ queryKey: ['staff-program-versions', code], queryFn: ({ signal }) => getVersions(code, signal) });
  const data = versions.data;
  return (
    <Page title={data?.name ?? t('programs.definitions.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/programs/definitions">{t('programs.definitions.title')}</Link>
      </p>
      <ProblemAlert error={versions.error} />
      {versions.isPending ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <>
          <DataTable
            caption={t('programs.definitions.quotas')}
            rowKey={(q) => String(q.year)}
            rows={data.quotas}
            empty={t('programs.definitions.no_quota')}
            columns={[
              { key: 'year', header: t('programs.definitions.year'), render: (q) => String(q.year) },
              { key: 'places', header: t('programs.definitions.places'), render: (q) => `${q.placesCommitted} / ${q.places ?? t('programs.definitions.no_cap')}` },
              { key: 'budget', header: t('programs.definitions.budget_committed'), render: (q) => `${formatMoney(q.budgetCommittedTwd)} / ${q.budgetTwd === null ? t('programs.definitions.no_cap') : formatMoney(q.budgetTwd)}` },
              { key: 'paid', header: t('programs.definitions.budget_paid'), render: (q) => formatMoney(q.budgetPaidTwd) },
              { key: 'source', header: t('programs.definitions.source'), render: (q) => q.source ?? '' },
            ]}
          />
          {data.versions.map((v) => (
            <Version key={v.definitionId} v={v} />
          ))}
        </>
      ) : null}
    </Page>
  );
}
