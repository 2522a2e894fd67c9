/** A union's annual reports (members, income and spending by category), one a year, and the form to file one. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '../../ui/form-field.tsx';
import { reportRequest } from '../../../../src/modules/unions/unions.reports.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DetailPage } from '../../ui/detail-page.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';

import { AmendReportForm, ElectionForm, EvaluationForm, VisitForm, type UnionReport as Report } from './union-forms.tsx';
type Values = { year: string; members: string; filedOn: string; income1: string; incomeAmount1: string; income2: string; incomeAmount2: string; spending1: string; spendingAmount1: string; spending2: string; spendingAmount2: string };
const blank: Values = { year: '', members: '', filedOn: '', income1: '', incomeAmount1: '', income2: '', incomeAmount2: '', spending1: '', spendingAmount1: '', spending2: '', spendingAmount2: '' };
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim()));
const lines = (pairs: [string, string][]) => pairs.filter(([c, a]) => c.trim() || a.trim()).map(([c, a]) => ({ category: c.trim(), amount: num(a) }));

function ReportForm({ unionId }: { unionId: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const form = useContractForm<Values, typeof reportRequest>({
    schema: reportRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      year: num(v.year), members: num(v.members), filedOn: v.filedOn,
      income: lines([[v.income1, v.incomeAmount1], [v.income2, v.incomeAmount2]]),
      spending: lines([[v.spending1, v.spendingAmount1], [v.spending2, v.spendingAmount2]]),
    }),
  });
  const f = (key: string, params?: Record<string, string | number>) => t(`unions.reports.fields.${key}`, params);
  return (
    <KitForm
      form={form}
      label={t('unions.reports.form_title')}
      submitLabel={t('unions.reports.submit')}
      onSubmit={async (request) => {
        await apiRequest(`/api/v1/staff/unions/${encodeURIComponent(unionId)}/annual-reports`, { method: 'POST', body: request, csrfToken });
        await client.invalidateQueries({ queryKey: ['union-reports', unionId] });
        form.reset();
      }}
    >
      <FormText form={form} name="year" label={f('year')} inputMode="numeric" maxLength={4} />
      <FormText form={form} name="members" label={f('members')} inputMode="numeric" />
      <FormText form={form} name="filedOn" label={f('filed_on')} type="date" />
      <FormText form={form} name="income1" label={f('income_category', { n: 1 })} />
      <FormText form={form} name="incomeAmount1" label={f('income_amount', { n: 1 })} inputMode="numeric" />
      <FormText form={form} name="income2" label={f('income_category', { n: 2 })} />
      <FormText form={form} name="incomeAmount2" label={f('income_amount', { n: 2 })} inputMode="numeric" />
      <FormText form={form} name="spending1" label={f('spending_category', { n: 1 })} />
      <FormText form={form} name="spendingAmount1" label={f('spending_amount', { n: 1 })} inputMode="numeric" />
      <FormText form={form} name="spending2" label={f('spending_category', { n: 2 })} />
      <FormText form={form} name="spendingAmount2" label={f('spending_amount', { n: 2 })} inputMode="numeric" />
    </KitForm>
  );
}

const actions = ['file', 'amend', 'election', 'evaluation', 'visit'] as const;
type Action = (typeof actions)[number];

/**
 * One form at a time: the kit gives each field a stable id from its name (fieldId), and the report, amendment and
 * evaluation forms share names (year, members, findings), so they are never on the page together.
 */
function RecordSection({ unionId, reports, termEndsOn }: { unionId: string; reports: Report[]; termEndsOn: string | null }) {
  const { t, formatPlainDate } = useI18n();
  const [action, setAction] = useState<Action>('file');
  const offered = actions.filter((a) => a !== 'amend' || reports.length > 0);
  const titles: Record<Action, string> = {
    file: t('unions.reports.form_title'),
    amend: t('unions.amend.title'),
    election: t('unions.election_form.title'),
    evaluation: t('unions.evaluation.title'),
    visit: t('unions.visit.title'),
  };
  return (
    <section aria-labelledby="union-record" className="section">
      <h2 id="union-record">{t('unions.record.title')}</h2>
      <SelectField
        label={t('unions.record.action')}
        name="union-action"
        value={action}
        onChange={(event) => setAction(event.target.value as Action)}
        options={offered.map((a) => ({ value: a, label: titles[a] }))}
      />
      <h3>{titles[action]}</h3>
      {action === 'file' ? (
        <>
          <p>{t('unions.reports.form_lead')}</p>
          <ReportForm unionId={unionId} />
        </>
      ) : null}
      {action === 'amend' ? (
        <>
          <p>{t('unions.amend.lead')}</p>
          <AmendReportForm unionId={unionId} reports={reports} />
        </>
      ) : null}
      {action === 'election' ? (
        <>
          <p>{termEndsOn ? t('unions.election_form.current', { date: formatPlainDate(termEndsOn) }) : t('unions.election_form.no_term')}</p>
          <ElectionForm unionId={unionId} />
        </>
      ) : null}
      {action === 'evaluation' ? (
        <>
          <p>{t('unions.evaluation.lead')}</p>
          <EvaluationForm unionId={unionId} year={new Date().getFullYear()} />
        </>
      ) : null}
      {action === 'visit' ? <VisitForm unionId={unionId} /> : null}
    </section>
  );
}

export function UnionReportsPage({ id }: { id: string }) {
  const { t, formatNumber, formatPlainDate, formatMoney } = useI18n();
  const { can } = useSession();

  const union = useQuery({ queryKey: ['union', id], queryFn: ({ signal }) => apiRequest<{ name: string; registrationNumber: string; termEndsOn: string | null }>(`/api/v1/staff/unions/${encodeURIComponent(id)}`, { signal }) });
  const reports = useQuery({ queryKey: ['union-reports', id], queryFn: ({ signal }) => apiRequest<{ items: Report[] }>(`/api/v1/staff/unions/${encodeURIComponent(id)}/annual-reports`, { signal }) });
  return (
    <DetailPage title={union.data ? t('unions.reports.title', { name: union.data.name }) : t('unions.reports.title_plain')} back={{ href: '/staff/unions', label: t('unions.reports.back') }}>
      <ProblemAlert error={union.error ?? reports.error} />
      {reports.isPending ? <Loading label={t('common.loading')} /> : null}
      <section aria-labelledby="union-reports" className="section">
        <h2 id="union-reports">{t('unions.reports.list_title')}</h2>
        {reports.data?.items.length ? (
          <ul data-testid="union-reports">
            {reports.data.items.map((r) => (
              <li key={r.id}>
                {t('unions.reports.line', {
                  year: r.year, members: formatNumber(r.members), income: formatMoney(r.incomeTotal), spending: formatMoney(r.spendingTotal), filedOn: formatPlainDate(r.filedOn), revision: r.revision,
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('unions.reports.empty')}</p>
        )}
      </section>
      {can('unions.write') ? <RecordSection unionId={id} reports={reports.data?.items ?? []} termEndsOn={union.data?.termEndsOn ?? null} /> : null}
    </DetailPage>
  );
}
