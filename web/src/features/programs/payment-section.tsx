import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { payeeInput, recoveryRequest } from '../../../../src/modules/programs/programs.payments.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { FormDate, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { getPayee, openRecovery, setPayee } from './payment-api.ts';

type PayeeValues = { payeeName: string; bankCode: string; accountNumber: string };
type RecoveryValues = { amountTwd: string; reason: string; legalBasis: string; dueOn: string };

/**
 * On an application's page, for the roles that pay: where it is paid to (masked once recorded; the full
 * number only ever leaves in the bank file), and for a paid one, opening a recovery of an overpayment.
 */
export function PaymentSection({ applicationId, status }: { applicationId: string; status: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const [done, setDone] = useState<string>();
  const mayPay = can('programs.pay');
  const payee = useQuery({ queryKey: ['program-payee', applicationId], queryFn: ({ signal }) => getPayee(applicationId, signal), enabled: mayPay });
  const payeeForm = useContractForm<PayeeValues, typeof payeeInput>({ schema: payeeInput, defaultValues: { payeeName: '', bankCode: '', accountNumber: '' } });
  const recoveryForm = useContractForm<RecoveryValues, typeof recoveryRequest>({
    schema: recoveryRequest,
    defaultValues: { amountTwd: '', reason: '', legalBasis: '', dueOn: '' },
    toRequest: (v) => ({ applicationId, amountTwd: Number(v.amountTwd), reason: v.reason, legalBasis: v.legalBasis, dueOn: v.dueOn }),
  });
  if (!mayPay && !can('programs.recover')) return null;
  return (
    <section className="section" aria-labelledby="application-payment">
      <h2 id="application-payment">{t('program-payments.section.title')}</h2>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {mayPay && payee.data ? (
        <SummaryList
          items={[
            { label: t('program-payments.payee.name'), value: payee.data.payeeName },
            { label: t('program-payments.payee.bank_code'), value: payee.data.bankCode },
            { label: t('program-payments.payee.account'), value: <span data-testid="payee-account">{payee.data.accountNumber}</span> },
          ]}
        />
      ) : null}
      {mayPay && payee.data === null ? <p>{t('program-payments.payee.none')}</p> : null}
      {mayPay && status === 'approved' ? (
        <KitForm
          form={payeeForm}
          className="form--narrow"
          label={t('program-payments.payee.form')}
          submitLabel={t('program-payments.payee.save')}
          onSubmit={async (request) => {
            await setPayee(applicationId, request, csrfToken);
            payeeForm.reset();
            setDone(t('program-payments.payee.saved'));
            void payee.refetch();
          }}
        >
          <FormText form={payeeForm} name="payeeName" label={t('program-payments.payee.name')} autoComplete="off" />
          <FormText form={payeeForm} name="bankCode" label={t('program-payments.payee.bank_code')} hint={t('program-payments.payee.bank_code_hint')} inputMode="numeric" autoComplete="off" />
          <FormText form={payeeForm} name="accountNumber" label={t('program-payments.payee.account')} hint={t('program-payments.payee.account_hint')} inputMode="numeric" autoComplete="off" />
        </KitForm>
      ) : null}
      {mayPay && status === 'approved' ? (
        <p>
          <Link href="/staff/programs/payments/new">{t('program-payments.new.title')}</Link>
        </p>
      ) : null}
      {status === 'paid' && can('programs.recover') ? (
        <KitForm
          form={recoveryForm}
          className="form--narrow"
          label={t('program-payments.recovery.open_title')}
          submitLabel={t('program-payments.recovery.open')}
          onSubmit={async (request) => {
            const opened = await openRecovery(request, csrfToken);
            recoveryForm.reset();
            setDone(t('program-payments.recovery.opened', { id: opened.id.slice(0, 8).toUpperCase() }));
          }}
        >
          <h3>{t('program-payments.recovery.open_title')}</h3>
          <FormText form={recoveryForm} name="amountTwd" label={t('program-payments.recovery.amount')} hint={t('program-payments.recovery.amount_hint')} inputMode="numeric" />
          <FormTextArea form={recoveryForm} name="reason" label={t('program-payments.recovery.reason')} rows={3} />
          <FormTextArea form={recoveryForm} name="legalBasis" label={t('program-payments.recovery.legal_basis')} hint={t('program-payments.recovery.legal_basis_hint')} rows={2} />
          <FormDate form={recoveryForm} name="dueOn" label={t('program-payments.recovery.due_on')} />
        </KitForm>
      ) : null}
    </section>
  );
}
