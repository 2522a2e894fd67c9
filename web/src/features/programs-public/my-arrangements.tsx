/** On the applicant's own 摘星青年 or start-up loan application: their unit or their loan, and what was paid. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { myTenancy } from '../../../../src/modules/programs/star-youth.contract.ts';
import type { myLoan } from '../../../../src/modules/programs/startup-loans.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

type Arrangements = { tenancy: z.infer<typeof myTenancy> | null; loan: z.infer<typeof myLoan> | null };

/** The programs whose applications carry a unit or a loan. */
export const arrangementPrograms = new Set(['star-youth', 'youth-startup-loan-interest']);

export function MyArrangements({ applicationId }: { applicationId: string }) {
  const { t, formatPlainDate, formatMoney } = useI18n();
  const mine = useQuery({
    queryKey: ['me', 'program-arrangements', applicationId],
    queryFn: ({ signal }) => apiRequest<Arrangements>(`/api/v1/me/program-applications/${encodeURIComponent(applicationId)}/arrangements`, { signal }),
  });
  const { tenancy, loan } = mine.data ?? { tenancy: null, loan: null };
  if (!mine.data) return null;
  return (
    <div data-testid="own-arrangements">
      {tenancy ? (
        <>
          <h3>{t('startups.mine.unit_title')}</h3>
          <p>
            {t('startups.mine.unit', { base: tenancy.baseName, unit: `${tenancy.unitCode} ${tenancy.unitName}`, from: formatPlainDate(tenancy.startsOn), to: formatPlainDate(tenancy.endsOn) })}
          </p>
          <p>{tenancy.endedOn ? t('startups.mine.left', { on: formatPlainDate(tenancy.endedOn) }) : t('startups.mine.months_paid', { months: tenancy.monthsPaid })}</p>
        </>
      ) : null}
      {loan ? (
        <>
          <h3>{t('startups.mine.loan_title')}</h3>
          <p>{t('startups.mine.loan', { lender: loan.lender, principal: formatMoney(loan.principalTwd), from: formatPlainDate(loan.startsOn), months: loan.termMonths, periods: loan.periods })}</p>
          <p>{t('startups.mine.loan_paid', { claims: loan.claims, paid: formatMoney(loan.paidTwd) })}</p>
        </>
      ) : null}
      {!tenancy && !loan ? <p>{t('startups.mine.none')}</p> : null}
    </div>
  );
}
