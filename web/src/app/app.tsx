/**
 * The route table (React Router, data mode). Only the home page, the settings page and the layout are in
 * the first download: every other public page is its own chunk, fetched when it opens (the service worker
 * precaches them all, so the calculators still work offline after one visit). The back office is one lazy
 * route whose chunk holds all staff pages: public visitors never download it.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, Fragment, useEffect } from 'react';
import { createBrowserRouter, Outlet, ScrollRestoration, useLocation as useRouterLocation, useParams, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { findService } from '../features/home/services.ts';
import { ComingSoonPage } from '../features/home/coming-soon-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { NotFoundPage } from '../features/home/not-found-page.tsx';
import { PageError, StandalonePageError } from '../features/home/page-error.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { trackPageView } from '../features/usage/track.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { loadSourceCatalog } from '../i18n/catalog.ts';
import { Loading } from '../ui/loading.tsx';
import { PublicLayout } from './public-layout.tsx';
import { queryClient } from './query-client.ts';
import { retryOnce } from './retry.ts';
import { setRouter } from './router.tsx';

function AppLoading() {
  const { t } = useI18n();
  return <Loading label={t('common.loading')} />;
}

/** Public pages share the layout; each page mounts afresh per path so it takes focus after navigation. */
function PublicShell() {
  const { pathname } = useRouterLocation();
  // Indicator 2 counts public page views (features/usage/track.ts); the back office is not counted.
  useEffect(() => trackPageView(pathname), [pathname]);
  return (
    <PublicLayout>
      <Fragment key={pathname}>
        <Outlet />
      </Fragment>
    </PublicLayout>
  );
}

/** Paths not in the table: a planned service shows its "coming soon" page, anything else is not found. */
function PublicFallback() {
  const { pathname } = useRouterLocation();
  const service = findService(pathname);
  return service ? <ComingSoonPage service={service} /> : <NotFoundPage />;
}

/** A route whose page is a named export of a chunk loaded on first visit. */
/** A page fetched when first visited, together with the words of every namespace (i18n/catalog.ts). */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: pick((await Promise.all([retryOnce(load), loadSourceCatalog()]))[0]) }) };
}

/** Detail pages take their id as a prop; this reads it from the path. */
function withParam(param: string, render: (value: string) => React.ReactNode): ComponentType {
  return function ParamPage() {
    const params = useParams();
    return <>{render(params[param] ?? '')}</>;
  };
}

const calculators = () => import('../features/calculators/calculator-routes.tsx');
const accountPages = () => import('../features/public-account/account-routes.tsx');
const jobSeekerPages = () => import('../features/job-seeker/job-seeker-routes.tsx');
const programPages = () => import('../features/programs-public/programs-public-routes.tsx');

const routes: RouteObject[] = [
  {
    Component: () => (
      <>
        <ScrollRestoration />
        <Outlet />
      </>
    ),
    HydrateFallback: AppLoading,
    // The back office, and the layout itself, fall back to the same page without the layout.
    ErrorBoundary: StandalonePageError,
    children: [
      {
        Component: PublicShell,
        HydrateFallback: AppLoading,
        children: [
          {
            // A page that fails (its code could not be fetched, or it threw) shows PageError inside the layout,
            // so the reader keeps the menu, the language choice and the 1955 line.
            ErrorBoundary: PageError,
            children: [
              { index: true, Component: HomePage },
              { path: 'settings', Component: SettingsPage },
              // Issue 10 §4: a foreign worker's rights at work, in the five languages.
              { path: 'foreign-workers', ...lazyPage(() => import('../features/migrant-rights/migrant-rights-page.tsx'), (m) => m.MigrantRightsPage) },
              { path: 'heat', ...lazyPage(() => import('../features/heat/heat-page.tsx'), (m) => m.HeatPage) },
              { path: 'qa', ...lazyPage(() => import('../features/content/qa-page.tsx'), (m) => m.QaPage) },
              {
                path: 'qa/:id',
                ...lazyPage(
                  () => import('../features/content/qa-detail-page.tsx'),
                  (m) => withParam('id', (id) => <m.QaDetailPage id={id} />),
                ),
              },
              { path: 'news', ...lazyPage(() => import('../features/content/news-page.tsx'), (m) => m.NewsPage) },
              {
                path: 'news/:id',
                ...lazyPage(
                  () => import('../features/content/news-detail-page.tsx'),
                  (m) => withParam('id', (id) => <m.NewsDetailPage id={id} />),
                ),
              },
              { path: 'complaints', ...lazyPage(() => import('../features/complaints/complaint-form-page.tsx'), (m) => m.ComplaintFormPage) },
              {
                path: 'complaints/status',
                ...lazyPage(() => import('../features/complaints/complaint-status-page.tsx'), (m) => m.ComplaintStatusPage),
              },
              // Issue 11: the online mediation application (勞資爭議處理法 Art. 10).
              { path: 'mediation', ...lazyPage(() => import('../features/mediation/mediation-apply-page.tsx'), (m) => m.MediationApplyPage) },
              // The party's copy of the mediation record, by the e-mailed link (Art. 22).
              { path: 'mediation/record', ...lazyPage(() => import('../features/mediation/mediation-record-page.tsx'), (m) => m.MediationRecordPage) },
              { path: 'violations', ...lazyPage(() => import('../features/violations/violations-page.tsx'), (m) => m.ViolationsPage) },
              {
                path: 'violations/employers/:key',
                ...lazyPage(
                  () => import('../features/violations/violation-employer-page.tsx'),
                  (m) => withParam('key', (key) => <m.ViolationEmployerPage employerKey={key} />),
                ),
              },
              { path: 'calculators/overtime-pay', ...lazyPage(calculators, (m) => m.OvertimePayPage) },
              { path: 'calculators/severance', ...lazyPage(calculators, (m) => m.SeverancePage) },
              { path: 'calculators/annual-leave', ...lazyPage(calculators, (m) => m.AnnualLeavePage) },
              { path: 'calculators/old-pension', ...lazyPage(calculators, (m) => m.OldPensionPage) },
              { path: 'calculators/average-wage', ...lazyPage(calculators, (m) => m.AverageWagePage) },
              { path: 'calculators/disability-quota', ...lazyPage(calculators, (m) => m.DisabilityQuotaPage) },
              { path: 'calculators/heat-index', ...lazyPage(calculators, (m) => m.HeatIndexPage) },
              { path: 'hours-log', ...lazyPage(calculators, (m) => m.HoursLogPage) },
              // Issue 14: the second pass's calculators, in the same on-demand chunk.
              { path: 'calculators/notice-pay', ...lazyPage(calculators, (m) => m.NoticePayPage) },
              { path: 'calculators/maternity-leave', ...lazyPage(calculators, (m) => m.MaternityLeavePage) },
              { path: 'calculators/parental-leave', ...lazyPage(calculators, (m) => m.ParentalLeavePage) },
              { path: 'calculators/occupational-injury', ...lazyPage(calculators, (m) => m.OccupationalInjuryPage) },
              { path: 'calculators/pension-contribution', ...lazyPage(calculators, (m) => m.PensionContributionPage) },
              // indicators: the public transparency page
              { path: 'indicators', ...lazyPage(() => import('../features/indicators/public-indicators-page.tsx'), (m) => m.PublicIndicatorsPage) },
              // Issue 8: citizen and employer accounts (ADR 0017); the mails link to verify, reset-password, invitation.
              { path: 'account', ...lazyPage(accountPages, (m) => m.AccountPage) },
              { path: 'account/sign-in', ...lazyPage(accountPages, (m) => m.SignInPage) },
              { path: 'account/sign-up', ...lazyPage(accountPages, (m) => m.SignUpPage) },
              { path: 'account/employer/sign-up', ...lazyPage(accountPages, (m) => m.EmployerSignUpPage) },
              { path: 'account/verify', ...lazyPage(accountPages, (m) => m.VerifyEmailPage) },
              { path: 'account/password-reset', ...lazyPage(accountPages, (m) => m.PasswordResetRequestPage) },
              { path: 'account/reset-password', ...lazyPage(accountPages, (m) => m.ResetPasswordPage) },
              { path: 'account/invitation', ...lazyPage(accountPages, (m) => m.InvitationPage) },
              { path: 'account/job-seeker', ...lazyPage(jobSeekerPages, (m) => m.JobSeekerPage) },
              { path: 'jobs', ...lazyPage(jobSeekerPages, (m) => m.JobsPage) },
              {
                path: 'account/employer/vacancies',
                ...lazyPage(() => import('../features/employer-self/employer-vacancies-page.tsx'), (m) => m.EmployerVacanciesPage),
              },
              // Mass-layoff plans filed online by an employer account (issue 11 §2, 大量解僱勞工保護法 Art. 4).
              {
                path: 'account/employer/mass-layoffs',
                ...lazyPage(() => import('../features/mass-layoffs/employer-plans-page.tsx'), (m) => m.EmployerPlansPage),
              },
              {
                path: 'referral-answer/:token',
                ...lazyPage(
                  () => import('../features/employment/referral-answer-page.tsx'),
                  (m) => withParam('token', (token) => <m.ReferralAnswerPage token={token} />),
                ),
              },
              // Youth services: booking a counselling slot (issue 9, ADR 0027).
              { path: 'youth', ...lazyPage(() => import('../features/youth/youth-page.tsx'), (m) => m.YouthPage) },
              // Job fairs: the public calendar, a fair's page and the citizen's QR codes (issue 8, ADR 0029).
              { path: 'job-fairs', ...lazyPage(() => import('../features/job-fairs/calendar-page.tsx'), (m) => m.CalendarPage) },
              {
                path: 'job-fairs/:id',
                ...lazyPage(
                  () => import('../features/job-fairs/public-fair-page.tsx'),
                  (m) => withParam('id', (id) => <m.PublicFairPage id={id} />),
                ),
              },
              // Bureau programs (issue 12, ADR 0021): the open programs, a rule-by-rule check, applying, my applications.
              { path: 'programs', ...lazyPage(programPages, (m) => m.ProgramsPage) },
              { path: 'programs/:code', ...lazyPage(programPages, (m) => withParam('code', (code) => <m.ProgramPage code={code} />)) },
              { path: 'account/programs', ...lazyPage(programPages, (m) => m.MyApplicationsPage) },
              // Vocational training for the unemployed (ADR 0041): open classes; a registered job seeker applies.
              { path: 'training', ...lazyPage(programPages, (m) => m.TrainingPage) },
              { path: 'me/job-fairs', ...lazyPage(() => import('../features/job-fairs/my-fairs-page.tsx'), (m) => m.MyFairsPage) },
              // Zero-disaster projects: the public search and open data (issue 12 §3, ADR 0035).
              { path: 'zero-disaster', ...lazyPage(() => import('../features/safety/zero-disaster-page.tsx'), (m) => m.ZeroDisasterPage) },
              { path: 'account/employer/zero-disaster', ...lazyPage(() => import('../features/safety/own-projects-page.tsx'), (m) => m.OwnProjectsPage) },
              // The worker's career record (勞工職涯工作卡) and a shared card (issue 9, ADR 0027).
              { path: 'me/career-record', ...lazyPage(() => import('../features/career-record/career-record-page.tsx'), (m) => m.CareerRecordPage) },
              { path: 'career-card', ...lazyPage(() => import('../features/career-record/career-card-page.tsx'), (m) => m.CareerCardPage) },
              { path: 'career-evaluation', ...lazyPage(() => import('../features/career-record/career-evaluation-page.tsx'), (m) => m.CareerEvaluationPage) },
              { path: '*', Component: PublicFallback },
            ],
          },
        ],
      },
      { path: 'staff/*', HydrateFallback: AppLoading, ...lazyPage(() => import('./staff-app.tsx'), (m) => m.StaffApp) },
    ],
  },
];

const router = createBrowserRouter(routes);
setRouter(router);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
