import { type ReactNode, useEffect } from 'react';
import type { Permission } from '../../../src/modules/access/permissions.ts';
import { AccountEditPage } from '../features/accounts/account-edit-page.tsx';
import { AccountNewPage } from '../features/accounts/account-new-page.tsx';
import { AccountsPage } from '../features/accounts/accounts-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { calculatorPage } from '../features/calculators/calculator-routes.tsx';
import { EmployersPage } from '../features/employers/employers-page.tsx';
import { ComingSoonPage } from '../features/home/coming-soon-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { NotFoundPage } from '../features/home/not-found-page.tsx';
import { findService } from '../features/home/services.ts';
import { PeopleSearchPage } from '../features/people/people-search-page.tsx';
import { PersonPage } from '../features/people/person-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { DashboardPage } from '../features/staff-auth/dashboard-page.tsx';
import { ForbiddenPage } from '../features/staff-auth/forbidden-page.tsx';
import { LoginPage, safeNext } from '../features/staff-auth/login-page.tsx';
import { SessionProvider, useSession } from '../features/staff-auth/session-provider.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Loading } from '../ui/loading.tsx';
import { PublicLayout } from './public-layout.tsx';
import { matchPath, navigate, useLocation } from './router.tsx';
import { StaffLayout } from './staff-layout.tsx';

type StaffRoute = { pattern: string; permission: Permission | null; render: (params: Record<string, string>) => ReactNode };

/** Each page names the permission it needs; the server checks the same permission on every call it makes. */
const staffRoutes: readonly StaffRoute[] = [
  { pattern: '/staff', permission: null, render: () => <DashboardPage /> },
  { pattern: '/staff/accounts', permission: 'accounts.manage', render: () => <AccountsPage /> },
  { pattern: '/staff/accounts/new', permission: 'accounts.manage', render: () => <AccountNewPage /> },
  { pattern: '/staff/accounts/:id', permission: 'accounts.manage', render: (p) => <AccountEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/audit', permission: 'audit.read', render: () => <AuditPage /> },
  { pattern: '/staff/people', permission: 'people.list', render: () => <PeopleSearchPage /> },
  { pattern: '/staff/people/:id', permission: 'people.read-full', render: (p) => <PersonPage id={p.id ?? ''} /> },
  { pattern: '/staff/employers', permission: 'employers.read', render: () => <EmployersPage /> },
];

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function SessionLoading() {
  const { t } = useI18n();
  return <Loading label={t('common.loading')} />;
}

function StaffRoutes() {
  const { state, can } = useSession();
  const { pathname, search, href } = useLocation();
  if (state.status === 'loading') return <SessionLoading />;
  if (pathname === '/staff/login') {
    return state.status === 'signed-in' ? <Redirect to={safeNext(search.get('next'))} /> : <LoginPage />;
  }
  if (state.status === 'anonymous') return <Redirect to={`/staff/login?next=${encodeURIComponent(href)}`} />;
  for (const route of staffRoutes) {
    const params = matchPath(route.pattern, pathname);
    if (!params) continue;
    if (route.permission && !can(route.permission)) return <ForbiddenPage />;
    return route.render(params);
  }
  return <NotFoundPage homeHref="/staff" />;
}

function PublicRoutes({ pathname }: { pathname: string }) {
  if (matchPath('/', pathname)) return <HomePage />;
  if (matchPath('/settings', pathname)) return <SettingsPage />;
  const calculator = calculatorPage(pathname);
  if (calculator) return calculator;
  const service = findService(pathname);
  if (service) return <ComingSoonPage service={service} />;
  return <NotFoundPage />;
}

export function App() {
  const { pathname } = useLocation();
  const isStaff = pathname === '/staff' || pathname.startsWith('/staff/');
  if (isStaff) {
    return (
      <SessionProvider>
        <StaffLayout>
          {/* Keyed by path so each page mounts afresh and takes focus after navigation. */}
          <StaffRoutes key={pathname} />
        </StaffLayout>
      </SessionProvider>
    );
  }
  return (
    <PublicLayout>
      <PublicRoutes key={pathname} pathname={pathname} />
    </PublicLayout>
  );
}
