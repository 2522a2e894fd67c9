import type { ReactNode } from 'react';
import { localName, useCity } from '../features/reference-data/city.ts';
import { LanguageSelect } from '../features/settings/language-select.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { SkipLink } from '../ui/skip-link.tsx';
import { Link } from './router.tsx';

export function BureauName() {
  const { t, locale } = useI18n();
  const city = useCity();
  return <>{city ? localName(city.bureau, locale) : t('common.bureau_fallback')}</>;
}

export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="layout">
      <SkipLink label={t('common.skip_to_content')} />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="brand">
            <img src="/icons/icon-192.png" alt="" width="40" height="40" />
            <span className="brand__text">
              <span className="brand__org">
                <BureauName />
              </span>
              <span className="brand__name">{t('common.site_name')}</span>
            </span>
          </Link>
          <LanguageSelect />
        </div>
      </header>
      <main id="main" className="container main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label={t('common.footer.nav_label')}>
            <ul className="footer-links">
              <li>
                <Link href="/account">{t('public-account.nav.account')}</Link>
              </li>
              <li>
                <Link href="/settings">{t('common.footer.settings')}</Link>
              </li>
              <li>
                <Link href="/staff">{t('common.footer.staff')}</Link>
              </li>
              <li>
                <a href="/api/v1/docs">{t('common.footer.api_docs')}</a>
              </li>
            </ul>
          </nav>
          <p className="site-footer__org">
            <BureauName />
          </p>
        </div>
      </footer>
    </div>
  );
}
