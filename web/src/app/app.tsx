import { lazy, Suspense, useEffect } from 'react';
import { calculatorPage } from '../features/calculators/calculator-routes.tsx';
import { ComplaintFormPage } from '../features/complaints/complaint-form-page.tsx';
import { ComplaintStatusPage } from '../features/complaints/complaint-status-page.tsx';
import { HeatPage } from '../features/heat/heat-page.tsx';
import { trackPageView } from '../features/usage/track.ts';
import { ViolationEmployerPage } from '../features/violations/violation-employer-page.tsx';
import { ViolationsPage } from '../features/violations/violations-page.tsx';
import { NewsDetailPage } from '../features/content/news-detail-page.tsx';
import { NewsPage } from '../features/content/news-page.tsx';
import { QaDetailPage } from '../features/content/qa-detail-page.tsx';
import { QaPage } from '../features/content/qa-page.tsx';
import { ComingSoonPage } from '../features/home/coming-soon-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { NotFoundPage } from '../features/home/not-found-page.tsx';
import { findService } from '../features/home/services.ts';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Loading } from '../ui/loading.tsx';
import { PublicLayout } from './public-layout.tsx';
import { matchPath, useLocation } from './router.tsx';

// The back office is a chunk of its own, fetched the first time a /staff page opens.
const StaffApp = lazy(() => import('./staff-app.tsx').then((module) => ({ default: module.StaffApp })));

function AppLoading() {
  const { t } = useI18n();
  return <Loading label={t('common.loading')} />;
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
      <Suspense fallback={<AppLoading />}>
        <StaffApp />
      </Suspense>
    );
  }
  return (
    <PublicLayout>
      <PublicRoutes key={pathname} pathname={pathname} />
    </PublicLayout>
  );
}
