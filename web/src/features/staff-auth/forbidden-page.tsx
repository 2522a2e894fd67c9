import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';

/** Shown when the signed-in roles may not open a page (the server refuses the data with 403 as well). */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Page title={t('staff-auth.forbidden.title')} siteName={t('staff-auth.site_name')}>
      <Alert tone="warning">{t('staff-auth.forbidden.text')}</Alert>
      <p>
        <Link href="/staff">{t('staff-auth.forbidden.back')}</Link>
      </p>
    </Page>
  );
}
