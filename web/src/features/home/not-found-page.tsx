import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';

export function NotFoundPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useI18n();
  return (
    <Page title={t('common.not_found.title')} siteName={t('common.site_name')}>
      <p>{t('common.not_found.text')}</p>
      <p>
        <Link href={homeHref}>{t('common.not_found.home')}</Link>
      </p>
    </Page>
  );
}
