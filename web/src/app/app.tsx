import { type ReactNode, useEffect } from 'react';
import type { Permission } from '../../../src/modules/access/permissions.ts';
import { AccountEditPage } from '../features/accounts/account-edit-page.tsx';
import { AccountNewPage } from '../features/accounts/account-new-page.tsx';
import { AccountsPage } from '../features/accounts/accounts-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { calculatorPage } from '../features/calculators/calculator-routes.tsx';
import { ComplaintFormPage } from '../features/complaints/complaint-form-page.tsx';
import { ComplaintPage } from '../features/complaints/complaint-page.tsx';
import { ComplaintStatusPage } from '../features/complaints/complaint-status-page.tsx';
import { ComplaintsListPage } from '../features/complaints/complaints-list-page.tsx';
import { ComplaintsOverduePage } from '../features/complaints/complaints-overdue-page.tsx';
import { EmployersPage } from '../features/employers/employers-page.tsx';
import { HeatPage } from '../features/heat/heat-page.tsx';
import { HeatStaffPage } from '../features/heat/heat-staff-page.tsx';
import { trackPageView } from '../features/usage/track.ts';
import { UsagePage } from '../features/usage/usage-page.tsx';
import { StaffInspectionEditPage } from '../features/violations/staff-inspection-edit-page.tsx';
import { StaffInspectionsPage } from '../features/violations/staff-inspections-page.tsx';
import { StaffViolationsImportPage } from '../features/violations/staff-violations-import-page.tsx';
import { ViolationEmployerPage } from '../features/violations/violation-employer-page.tsx';
import { ViolationsPage } from '../features/violations/violations-page.tsx';
import { NewsDetailPage } from '../features/content/news-detail-page.tsx';
import { NewsPage } from '../features/content/news-page.tsx';
import { QaDetailPage } from '../features/content/qa-detail-page.tsx';
import { QaPage } from '../features/content/qa-page.tsx';
import { StaffNewsEditPage } from '../features/content/staff-news-edit-page.tsx';
import { StaffNewsListPage } from '../features/content/staff-news-list-page.tsx';
import { StaffQaEditPage } from '../features/content/staff-qa-edit-page.tsx';
import { StaffQaListPage } from '../features/content/staff-qa-list-page.tsx';
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
  { pattern: '/staff/heat', permission: 'heat.manage', render: () => <HeatStaffPage /> },
  { pattern: '/staff/usage', permission: 'usage.read', render: () => <UsagePage /> },
  { pattern: '/staff/content/qa', permission: 'content.edit', render: () => <StaffQaListPage /> },
  { pattern: '/staff/content/qa/new', permission: 'content.edit', render: () => <StaffQaEditPage /> },
  { pattern: '/staff/content/qa/:id', permission: 'content.edit', render: (p) => <StaffQaEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/content/news', permission: 'content.edit', render: () => <StaffNewsListPage /> },
  { pattern: '/staff/content/news/new', permission: 'content.edit', render: () => <StaffNewsEditPage /> },
  { pattern: '/staff/content/news/:id', permission: 'content.edit', render: (p) => <StaffNewsEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/complaints', permission: 'complaints.list', render: () => <ComplaintsListPage /> },
  { pattern: '/staff/complaints/overdue', permission: 'complaints.assign', render: () => <ComplaintsOverduePage /> },
  { pattern: '/staff/complaints/:id', permission: 'complaints.list', render: (p) => <ComplaintPage id={p.id ?? ''} /> },
  { pattern: '/staff/violations/imports', permission: 'violations.import', render: () => <StaffViolationsImportPage /> },
  { pattern: '/staff/violations/inspections', permission: 'violations.record', render: () => <StaffInspectionsPage /> },
  { pattern: '/staff/violations/inspections/new', permission: 'violations.record', render: () => <StaffInspectionEditPage /> },
  { pattern: '/staff/violations/inspections/:id', permission: 'violations.record', render: (p) => <StaffInspectionEditPage id={p.id ?? ''} /> },
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
  if (matchPath('/heat', pathname)) return <HeatPage />;
  if (matchPath('/qa', pathname)) return <QaPage />;
  const qa = matchPath('/qa/:id', pathname);
  if (qa) return <QaDetailPage id={qa.id ?? ''} />;
  if (matchPath('/news', pathname)) return <NewsPage />;
  const news = matchPath('/news/:id', pathname);
  if (news) return <NewsDetailPage id={news.id ?? ''} />;
  if (matchPath('/complaints', pathname)) return <ComplaintFormPage />;
  if (matchPath('/complaints/status', pathname)) return <ComplaintStatusPage />;
  if (matchPath('/violations', pathname)) return <ViolationsPage />;
  const violationEmployer = matchPath('/violations/employers/:key', pathname);
  if (violationEmployer) return <ViolationEmployerPage employerKey={violationEmployer.key ?? ''} />;
  const calculator = calculatorPage(pathname);
  if (calculator) return calculator;
  const service = findService(pathname);
  if (service) return <ComingSoonPage service={service} />;
  return <NotFoundPage />;
}

export function App() {
  const { pathname } = useLocation();
  const isStaff = pathname === '/staff' || pathname.startsWith('/staff/');
  // Indicator 2 counts public page views (features/usage/track.ts); the back office is not counted.
  useEffect(() => {
    if (!isStaff) trackPageView(pathname);
  }, [pathname, isStaff]);
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
