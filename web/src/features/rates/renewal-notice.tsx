import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { ratesStatus } from './api.ts';

/**
 * On the staff home, for whoever may publish rates: from 60 days before the end of the last minimum-wage
 * period's year, with no period for the next year, a reminder to publish it (issue 14 §3). The server
 * decides by its clock (src/modules/rates, `minimumWageRenewal`).
 */
export function RatesRenewalNotice({ withLink = true }: { withLink?: boolean }) {
  const { t, formatPlainDate } = useI18n();
  const status = useQuery({ queryKey: ['rates-status'], queryFn: ({ signal }) => ratesStatus(signal) });
  const renewal = status.data?.minimumWage;
  if (!renewal?.renewalDue) return null;
  return (
    <Alert tone="warning" title={t('rates.renewal.title', { year: renewal.nextYear, rocYear: renewal.nextYear - 1911 })}>
      <p>{t('rates.renewal.text', { from: formatPlainDate(renewal.lastEffectiveFrom), warnFrom: formatPlainDate(renewal.warnFrom), year: renewal.nextYear })}</p>
      {withLink ? (
        <p>
          <Link href="/staff/rates">{t('rates.renewal.link')}</Link>
        </p>
      ) : null}
    </Alert>
  );
}
