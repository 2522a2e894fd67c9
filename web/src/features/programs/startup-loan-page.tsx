/** One start-up loan: the loan and the subsidy parameters with their source, the period table, each period's claim. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { loanInput } from '../../../../src/modules/programs/startup-loans.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { approvePayment } from './api.ts';
import { claimPeriod, getLoan, type LoanDetail, saveLoan } from './startups-api.ts';

type Values = {
  lender: string; principalTwd: string; annualRatePercent: string; startsOn: string; termMonths: string; periods: string; repayment: string; gracePeriods: string;
  subsidyBasis: string; subsidyRatePercent: string; subsidySharePercent: string; capPerPeriodTwd: string; capPerYearTwd: string; capYearBasis: string; maxYears: string; subsidySource: string;
};
const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));
const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.trim()));
const optional = (key: string, value: string) => (value.trim() === '' ? {} : { [key]: Number(value.trim()) });

function valuesOf(loan: LoanDetail['loan']): Values {
  return {
    lender: loan?.lender ?? '', principalTwd: text(loan?.principalTwd), annualRatePercent: text(loan?.annualRatePercent), startsOn: loan?.startsOn ?? '',
    termMonths: text(loan?.termMonths), periods: text(loan?.periods), repayment: loan?.repayment ?? 'equal-payment', gracePeriods: text(loan?.gracePeriods ?? 0),
    subsidyBasis: loan?.subsidyBasis ?? 'rate', subsidyRatePercent: text(loan?.subsidyRatePercent), subsidySharePercent: text(loan?.subsidySharePercent),
    capPerPeriodTwd: text(loan?.capPerPeriodTwd), capPerYearTwd: text(loan?.capPerYearTwd), capYearBasis: loan?.capYearBasis ?? 'loan-year', maxYears: text(loan?.maxYears),
    subsidySource: loan?.subsidySource ?? '',
  };
}

function LoanForm({ detail, onDone }: { detail: LoanDetail; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof loanInput>({
    schema: loanInput,
    defaultValues: valuesOf(detail.loan),
    toRequest: (v) => ({
      lender: v.lender, principalTwd: num(v.principalTwd), annualRatePercent: num(v.annualRatePercent), startsOn: v.startsOn, termMonths: num(v.termMonths), periods: num(v.periods),
      repayment: v.repayment as 'equal-payment', gracePeriods: v.gracePeriods.trim() === '' ? 0 : num(v.gracePeriods), subsidyBasis: v.subsidyBasis as 'rate',
      ...(v.subsidyBasis === 'rate' ? optional('subsidyRatePercent', v.subsidyRatePercent) : optional('subsidySharePercent', v.subsidySharePercent)),
      ...optional('capPerPeriodTwd', v.capPerPeriodTwd), ...optional('capPerYearTwd', v.capPerYearTwd), capYearBasis: v.capYearBasis as 'loan-year', ...optional('maxYears', v.maxYears),
      subsidySource: v.subsidySource,
    }),
  });
  const f = (key: string) => t(`startups.loan.fields.${key}`);
  return (
    <section aria-labelledby="loan-form-title" className="section">
      <h2 id="loan-form-title">{t('startups.loan.form_title')}</h2>
      <p>{t('startups.loan.form_lead')}</p>
      <KitForm form={form} label={t('startups.loan.form_title')} submitLabel={t('startups.loan.save')} onSubmit={async (request) => {
        await saveLoan(detail.applicationId, request, csrfToken);
        await onDone();
      }}>
        <FormText form={form} name="lender" label={f('lender')} />
        <FormText form={form} name="principalTwd" label={f('principal')} inputMode="numeric" />
        <FormText form={form} name="annualRatePercent" label={f('rate')} inputMode="decimal" />
        <FormText form={form} name="startsOn" label={f('starts_on')} type="date" />
        <FormText form={form} name="termMonths" label={f('term')} inputMode="numeric" />
        <FormText form={form} name="periods" label={f('periods')} inputMode="numeric" hint={f('periods_hint')} />
        <FormSelect form={form} name="repayment" label={f('repayment')} options={['equal-payment', 'equal-principal', 'bullet'].map((r) => ({ value: r, label: t(`startups.loan.repayment.${r}`) }))} />
        <FormText form={form} name="gracePeriods" label={f('grace')} inputMode="numeric" />
        <FormSelect form={form} name="subsidyBasis" label={f('basis')} options={['rate', 'share'].map((b) => ({ value: b, label: t(`startups.loan.basis.${b}`) }))} />
        <FormText form={form} name="subsidyRatePercent" label={f('subsidy_rate')} inputMode="decimal" hint={f('subsidy_rate_hint')} />
        <FormText form={form} name="subsidySharePercent" label={f('subsidy_share')} inputMode="decimal" hint={f('subsidy_share_hint')} />
        <FormText form={form} name="capPerPeriodTwd" label={f('cap_period')} inputMode="numeric" hint={f('optional')} />
        <FormText form={form} name="capPerYearTwd" label={f('cap_year')} inputMode="numeric" hint={f('optional')} />
        <FormSelect form={form} name="capYearBasis" label={f('cap_year_basis')} options={['loan-year', 'calendar-year'].map((b) => ({ value: b, label: t(`startups.loan.year_basis.${b}`) }))} />
        <FormText form={form} name="maxYears" label={f('max_years')} inputMode="numeric" hint={f('optional')} />
        <FormText form={form} name="subsidySource" label={f('source')} hint={f('source_hint')} />
      </KitForm>
    </section>
  );
}

function PeriodTable({ detail, onDone }: { detail: LoanDetail; onDone: () => Promise<void> }) {
  const { t, formatMoney, formatPlainDate } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const [error, setError] = useState<unknown>();
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      await onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  const approved = detail.applicationStatus === 'approved';
  return (
    <section aria-labelledby="periods-title" className="section">
      <h2 id="periods-title">{t('startups.loan.periods_title')}</h2>
      <ProblemAlert error={error} />
      <DataTable
        caption={t('startups.loan.periods_caption', { months: detail.periodMonths ?? 0, interest: formatMoney(detail.totalInterestTwd ?? 0), subsidy: formatMoney(detail.totalSubsidyTwd ?? 0) })}
        rowKey={(p) => String(p.period)}
        rows={detail.periods}
        empty={t('startups.loan.no_periods')}
        columns={[
          { key: 'period', header: t('startups.loan.period'), render: (p) => String(p.period) },
          { key: 'dates', header: t('startups.loan.dates'), render: (p) => `${formatPlainDate(p.startsOn)} – ${formatPlainDate(p.endsOn)}` },
          { key: 'balance', header: t('startups.loan.balance'), render: (p) => formatMoney(p.openingBalanceTwd) },
          { key: 'interest', header: t('startups.loan.interest'), render: (p) => formatMoney(p.interestTwd) },
          { key: 'subsidy', header: t('startups.loan.subsidy'), render: (p) => `${formatMoney(p.subsidyTwd)}${p.limitedBy ? ` (${t(`startups.loan.limited.${p.limitedBy}`)})` : ''}` },
          {
            key: 'claim',
            header: t('startups.loan.claim'),
            render: (p) => {
              if (p.claim) {
                const claim = p.claim;
                if (claim.paymentStatus === 'prepared' && !claim.preparedByCaller && can('programs.decide')) {
                  return (
                    <Button variant="link" onClick={() => void act(() => approvePayment(claim.paymentId, csrfToken))}>
                      {t('startups.loan.approve', { period: p.period })}
                    </Button>
                  );
                }
                return `${formatMoney(claim.amountTwd)} · ${t(`startups.payment.${claim.paymentStatus}`)}`;
              }
              if (!p.complete) return t('startups.loan.not_over');
              if (p.subsidyTwd > 0 && approved && can('programs.apply')) {
                return (
                  <Button variant="link" onClick={() => void act(() => claimPeriod(detail.applicationId, p.period, csrfToken))}>
                    {t('startups.loan.record_claim', { period: p.period })}
                  </Button>
                );
              }
              return '';
            },
          },
        ]}
      />
    </section>
  );
}

export function StartupLoanPage({ id }: { id: string }) {
  const { t, formatMoney } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const loan = useQuery({ queryKey: ['startup-loan', id], queryFn: ({ signal }) => getLoan(id, signal) });
  const reload = async () => void (await client.invalidateQueries({ queryKey: ['startup-loan', id] }));
  const d = loan.data;
  return (
    <DetailPage title={t('startups.loan.title')} back={{ href: '/staff/programs/startup-loans', label: t('startups.loans.title') }}>
      <ProblemAlert error={loan.error} />
      {loan.isPending ? <Loading label={t('common.loading')} /> : null}
      {d ? (
        <>
          <SummaryList
            items={[
              { label: t('startups.loans.applicant'), value: <Link href={`/staff/programs/applications/${d.applicationId}`}>{d.applicant}</Link> },
              { label: t('startups.loans.status'), value: t(`programs.statuses.${d.applicationStatus}`) },
              { label: t('startups.loan.approved'), value: d.approvedTwd === null ? t('startups.loan.approved_unset') : formatMoney(d.approvedTwd) },
              { label: t('startups.loan.claimed'), value: formatMoney(d.claimedTwd) },
              { label: t('startups.loan.fields.source'), value: d.loan?.subsidySource ?? t('startups.loans.no_loan') },
            ]}
          />
          {d.loan ? <PeriodTable detail={d} onDone={reload} /> : <p>{t('startups.loan.enter_first')}</p>}
          {can('programs.apply') ? <LoanForm key={JSON.stringify(d.loan)} detail={d} onDone={reload} /> : null}
        </>
      ) : null}
    </DetailPage>
  );
}
