import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';
import type { PublicService } from './services.ts';

/** Says plainly that a service is not built yet and where to get help meanwhile. */
export function ComingSoonPage({ service }: { service: PublicService }) {
  const { t } = useI18n();
  return (
    <Page title={t(`home.services.${service.key}.title`)} siteName={t('common.site_name')}>
      <Alert tone="info" title={t('home.coming_soon.title')}>
        <p>{t('home.coming_soon.text')}</p>
      </Alert>
      <p>{t(`home.services.${service.key}.description`)}</p>
      <h2>{t('home.help.title')}</h2>
      <p>{t('home.help.text')}</p>
      <p>
        <Link href="/">{t('home.coming_soon.back')}</Link>
      </p>
    </Page>
  );
}
