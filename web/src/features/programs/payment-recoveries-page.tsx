import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { repaymentRequest, writeOffRequest } from '../../../../src/modules/programs/programs.payments.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { FormDate, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { approveWriteOff, askWriteOff, getRecovery, type RecoverySummary, recoveriesEndpoint, repay } from './payment-api.ts';

const statuses = ['open', 'settled', 'written-off'] as const;

/** Recoveries of overpayments: what is to come back, what has, and by when. */
export function RecoveriesPage() {
  const { t, formatMoney, formatPlainDate } = useI18n();
  const columns: Column<RecoverySummary>[] = [
    { key: 'program', header: t('program-payments.recovery.program'), render: (r) => `${r.programName} · ${r.applicationNumber}` },
    { key: 'applicant', header: t('program-payments.recovery.applicant'), render: (r) => r.applicant },
    { key: 'amount', header: t('program-payments.recovery.amount'), render: (r) => formatMoney(r.amountTwd), isNumeric: true },
    { key: 'recovered', header: t('program-payments.recovery.recovered'), render: (r) => formatMoney(r.recoveredTwd), isNumeric: true },
    { key: 'due', header: t('program-payments.recovery.due_on'), render: (r) => formatPlainDate(r.dueOn), sortKey: 'dueOn' },
    { key: 'status', header: t('program-payments.columns.status'), render: (r) => t(`program-payments.recovery_statuses.${r.status}`), sortKey: 'status' },
  ];
  return (
    <ListPage
      title={t('program-payments.recoveries.title')}
      lead={t('program-payments.recoveries.lead')}
      endpoint={recoveriesEndpoint}
      actions={
        <p>
          <Link href="/staff/programs">{t('programs.back')}</Link> · <Link href="/staff/programs/payments">{t('program-payments.batches.title')}</Link>
        </p>
      }
      rowLink={{ column: 'program', href: (r) => `/staff/programs/recoveries/${r.id}` }}
      filters={[
        {
          name: 'status',
          kind: 'select',
          label: t('program-payments.columns.status'),
          options: [{ value: '', label: t('program-payments.all_statuses') }, ...statuses.map((s) => ({ value: s, label: t(`program-payments.recovery_statuses.${s}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('program-payments.recoveries.caption', { total })}
      empty={t('program-payments.recoveries.empty')}
      defaultSort="-openedAt"
      exportable
    />
  );
}

type RepayValues = { amountTwd: string; receivedOn: string; note: string };

/** One recovery: its basis, repayments, a repayment form, and the two-person write-off. */
export function RecoveryPage({ id }: { id: string }) {
  const { t, formatMoney, formatPlainDate } = useI18n();
  const staff = useStaff();
  const { can } = useSession();
  const query = useQuery({ queryKey: ['program-recovery', id], queryFn: ({ signal }) => getRecovery(id, signal) });
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  const r = query.data;
  const reload = (message: string) => {
    setDone(message);
    setError(undefined);
    void query.refetch();
  };
  const repayForm = useContractForm<RepayValues, typeof repaymentRequest>({
    schema: repaymentRequest,
    defaultValues: { amountTwd: '', receivedOn: '', note: '' },
    toRequest: (v) => ({ amountTwd: Number(v.amountTwd), receivedOn: v.receivedOn, ...(v.note.trim() ? { note: v.note } : {}) }),
  });
  const writeOffForm = useContractForm<{ reason: string }, typeof writeOffRequest>({ schema: writeOffRequest, defaultValues: { reason: '' } });
  const mayRecover = can('programs.recover');
  return (
    <Page title={r ? t('program-payments.recovery.title', { number: r.applicationNumber }) : t('program-payments.recovery.document_title')} documentTitle={t('program-payments.recovery.document_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/programs/recoveries">{t('program-payments.recoveries.back')}</Link>
      </p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={query.error ?? error} />
      {query.isLoading && !r ? <Loading label={t('common.loading')} /> : null}
      {r ? (
        <>
          <SummaryList
            items={[
              { label: t('program-payments.recovery.program'), value: r.programName },
              { label: t('program-payments.recovery.applicant'), value: r.applicant },
              { label: t('program-payments.columns.status'), value: <span data-testid="recovery-status">{t(`program-payments.recovery_statuses.${r.status}`)}</span> },
              { label: t('program-payments.recovery.amount'), value: formatMoney(r.amountTwd) },
              { label: t('program-payments.recovery.outstanding'), value: formatMoney(r.outstandingTwd) },
              { label: t('program-payments.recovery.due_on'), value: formatPlainDate(r.dueOn) },
              { label: t('program-payments.recovery.reason'), value: r.reason },
              { label: t('program-payments.recovery.legal_basis'), value: r.legalBasis },
              { label: t('program-payments.recovery.opened_by'), value: r.openedBy },
              ...(r.writeOffReason ? [{ label: t('program-payments.recovery.write_off_reason'), value: r.writeOffReason }] : []),
            ]}
          />
          <DataTable
            caption={t('program-payments.recovery.repayments')}
            rowKey={(p) => p.id}
            rows={r.repayments}
            empty={t('program-payments.recovery.no_repayments')}
            columns={[
              { key: 'on', header: t('program-payments.recovery.received_on'), render: (p) => formatPlainDate(p.receivedOn) },
              { key: 'amount', header: t('program-payments.recovery.repayment_amount'), render: (p) => formatMoney(p.amountTwd), isNumeric: true },
              { key: 'note', header: t('program-payments.recovery.note'), render: (p) => p.note ?? '' },
            ]}
          />
          {r.status === 'open' && mayRecover ? (
            <KitForm
              form={repayForm}
              className="form--narrow"
              label={t('program-payments.recovery.repay_title')}
              submitLabel={t('program-payments.recovery.repay')}
              onSubmit={async (request) => {
                await repay(r.id, request, staff.csrfToken);
                repayForm.reset();
                reload(t('program-payments.recovery.repaid'));
              }}
            >
              <h2>{t('program-payments.recovery.repay_title')}</h2>
              <FormText form={repayForm} name="amountTwd" label={t('program-payments.recovery.repayment_amount')} inputMode="numeric" />
              <FormDate form={repayForm} name="receivedOn" label={t('program-payments.recovery.received_on')} />
              <FormText form={repayForm} name="note" label={t('program-payments.recovery.note')} />
            </KitForm>
          ) : null}
          {r.status === 'open' && mayRecover && !r.writeOffRequestedById ? (
            <KitForm
              form={writeOffForm}
              className="form--narrow"
              label={t('program-payments.recovery.write_off_title')}
              submitLabel={t('program-payments.recovery.ask_write_off')}
              onSubmit={async (request) => {
                await askWriteOff(r.id, request.reason, staff.csrfToken);
                writeOffForm.reset();
                reload(t('program-payments.recovery.write_off_asked'));
              }}
            >
              <h2>{t('program-payments.recovery.write_off_title')}</h2>
              <FormTextArea form={writeOffForm} name="reason" label={t('program-payments.recovery.write_off_reason')} rows={3} />
            </KitForm>
          ) : null}
          {r.status === 'open' && r.writeOffRequestedById ? (
            r.callerAskedWriteOff ? (
              <Alert tone="info">{t('program-payments.recovery.write_off_maker_notice')}</Alert>
            ) : mayRecover ? (
              <p>
                <Button
                  onClick={async () => {
                    try {
                      await approveWriteOff(r.id, staff.csrfToken);
                      reload(t('program-payments.recovery.written_off'));
                    } catch (caught) {
                      setError(caught);
                    }
                  }}
                >
                  {t('program-payments.recovery.approve_write_off')}
                </Button>
              </p>
            ) : null
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
