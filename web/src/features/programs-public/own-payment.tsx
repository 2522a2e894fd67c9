import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ownPayment } from '../../../../src/modules/programs/programs.payments.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

type OwnPayment = z.infer<typeof ownPayment>;

/** The payment status of the account's approved applications (ADR 0039), one request for the page. */
export function useOwnPayments(enabled: boolean) {
  return useQuery({ queryKey: ['me', 'program-payments'], queryFn: ({ signal }) => apiRequest<OwnPayment[]>('/api/v1/me/program-payments', { signal }), enabled });
}

/** Where the money is: pending, in a batch, sent to the bank, paid or returned; and a recovery, if any. */
export function OwnPaymentStatus({ payment }: { payment: OwnPayment | undefined }) {
  const { t, formatMoney, formatPlainDate } = useI18n();
  if (!payment) return null;
  return (
    <>
      <p data-testid="own-payment">{t('program-payments.own.payment', { status: t(`program-payments.line_statuses.${payment.status}`) })}</p>
      {payment.status === 'returned' && payment.returnReason ? <p>{t('program-payments.own.returned', { reason: payment.returnReason })}</p> : null}
      {payment.recovery ? (
        <p data-testid="own-recovery">
          {t('program-payments.own.recovery', {
            amount: formatMoney(payment.recovery.amountTwd),
            recovered: formatMoney(payment.recovery.recoveredTwd),
            due: formatPlainDate(payment.recovery.dueOn),
            status: t(`program-payments.recovery_statuses.${payment.recovery.status}`),
          })}
        </p>
      ) : null}
    </>
  );
}
