import { type ReactNode, useState } from 'react';
import { storedVisits } from '../features/migrant-workers/field/field-store.ts';
import { useSession } from '../features/staff-auth/session-provider.tsx';
import { staffAreas, staffGroups } from '../features/staff-auth/staff-areas.ts';
import { LanguageSelect } from '../features/settings/language-select.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Button } from '../ui/button.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { SkipLink } from '../ui/skip-link.tsx';
import { BureauName } from './public-layout.tsx';
import { Link, navigate, useLocation } from './router.tsx';

/**
 * The areas the user's roles may open. A role with a handful stands them in a bar on a wide screen; on a
 * phone or tablet, or for a role with many (an administrator has some forty), they fold behind one menu
 * button (a disclosure, named with the current area), sorted under the bureau's lines of work, so the page
 * itself comes first. Opening an area folds the menu again.
 */
const barLimit = 12;

function StaffNav() {
  const { t } = useI18n();
  const { can } = useSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setOpen(false);
  }
  const areas = staffAreas.filter((area) => can(area.permission));
  const items = [{ key: 'dashboard', path: '/staff' }, ...areas];
  const isCurrent = (path: string) => (path === '/staff' ? pathname === '/staff' : pathname.startsWith(path));
  const label = (key: string) => (key === 'dashboard' ? t('staff-auth.nav.dashboard') : t(`staff-auth.areas.${key}.title`));
  const current = items.filter((item) => isCurrent(item.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const grouped = areas.length > barLimit;
  const link = (item: { key: string; path: string }) => (
    <li key={item.key}>
      <Link href={item.path} aria-current={current?.key === item.key ? 'page' : undefined}>
        {label(item.key)}
      </Link>
    </li>
  );
  return (
    <nav className="staff-nav" aria-label={t('staff-auth.nav.label')} data-grouped={grouped}>
      <div className="container staff-nav__bar">
        <button type="button" className="staff-nav__toggle" aria-expanded={open} aria-controls="staff-nav-list" onClick={() => setOpen(!open)}>
          <span aria-hidden="true" className="staff-nav__icon">
            {open ? '✕' : '☰'}
          </span>
          {current ? t('staff-auth.nav.menu_current', { area: label(current.key) }) : t('staff-auth.nav.menu')}
        </button>
      </div>
      {grouped ? (
        <div id="staff-nav-list" className="container staff-nav__groups" data-open={open}>
          <ul className="staff-nav__list">{link(items[0]!)}</ul>
          {staffGroups.map((group) => {
            const members = areas.filter((area) => area.group === group);
            if (!members.length) return null;
            return (
              <div key={group} className="staff-nav__group">
                <p id={`staff-nav-${group}`} className="staff-nav__group-title">
                  {t(`staff-auth.nav.groups.${group}`)}
                </p>
                <ul className="staff-nav__list" aria-labelledby={`staff-nav-${group}`}>
                  {members.map(link)}
                </ul>
              </div>
            );
          })}
        </div>
      ) : (
        <ul id="staff-nav-list" className="container staff-nav__list" data-open={open}>
          {items.map(link)}
        </ul>
      )}
    </nav>
  );
}

export function StaffLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const [logoutError, setLogoutError] = useState<unknown>();
  const isSignedIn = state.status === 'signed-in';
  const logout = async () => {
    setLogoutError(undefined);
    // Sign-out wipes the field app's device copy (ADR 0033): visits not yet synced are lost unless kept.
    const unsynced = (await storedVisits().catch(() => [])).length;
    if (unsynced > 0 && !window.confirm(t('migrant-workers.field.logout_confirm', { count: unsynced }))) return;
    try {
      await signOut();
      navigate('/staff/login', { replace: true });
    } catch (error) {
      setLogoutError(error);
    }
  };
  return (
    <div className="layout layout--staff">
      <SkipLink label={t('common.skip_to_content')} />
      <header className="site-header site-header--staff">
        <div className="container site-header__inner">
          <Link href="/staff" className="brand">
            <img src="/icons/icon-192.png" alt="" width="40" height="40" />
            <span className="brand__text">
              <span className="brand__org">
                <BureauName />
              </span>
              <span className="brand__name">{t('staff-auth.site_name')}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            <LanguageSelect />
            {isSignedIn ? (
              <div className="user-menu">
                <span className="user-menu__name">{t('staff-auth.signed_in_as', { name: state.session.displayName })}</span>
                <Button variant="secondary" onClick={() => void logout()}>
                  {t('staff-auth.logout')}
                </Button>
              </div>
            ) : null}
          </div>
        </div>
        {isSignedIn ? <StaffNav /> : null}
      </header>
      <main id="main" className="container main" tabIndex={-1}>
        <ProblemAlert error={logoutError} />
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label={t('common.footer.nav_label')}>
            <ul className="footer-links">
              <li>
                <Link href="/">{t('common.footer.public_site')}</Link>
              </li>
              <li>
                <Link href="/settings">{t('common.footer.settings')}</Link>
              </li>
              <li>
                <a href="/api/v1/docs">{t('common.footer.api_docs')}</a>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
