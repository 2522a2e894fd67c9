/**
 * The staff back office, loaded on demand: public visitors (most of them on phones) never download it.
 * Each page names the permission it needs; the server checks the same permission on every call it makes.
 */
import { type ReactNode, useEffect } from 'react';
import { Route, Routes, useParams } from 'react-router';
import type { Permission } from '../../../src/modules/access/permissions.ts';
import { AccountEditPage } from '../features/accounts/account-edit-page.tsx';
import { AccountNewPage } from '../features/accounts/account-new-page.tsx';
import { AccountsPage } from '../features/accounts/accounts-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { ComplaintPage } from '../features/complaints/complaint-page.tsx';
import { ComplaintNoticePage } from '../features/complaints/complaint-notice-page.tsx';
import { ComplaintsListPage } from '../features/complaints/complaints-list-page.tsx';
import { ComplaintsOverduePage } from '../features/complaints/complaints-overdue-page.tsx';
import { EmployersPage } from '../features/employers/employers-page.tsx';
import { HeatStaffPage } from '../features/heat/heat-staff-page.tsx';
import { UsagePage } from '../features/usage/usage-page.tsx';
import { JobsPage } from '../features/jobs/jobs-page.tsx';
import { StaffInspectionEditPage } from '../features/violations/staff-inspection-edit-page.tsx';
import { StaffInspectionsPage } from '../features/violations/staff-inspections-page.tsx';
import { StaffViolationsImportPage } from '../features/violations/staff-violations-import-page.tsx';
import { StaffDecisionPage } from '../features/violations/staff-decision-page.tsx';
import { StaffDecisionsPage } from '../features/violations/staff-decisions-page.tsx';
import { StaffNewsEditPage } from '../features/content/staff-news-edit-page.tsx';
import { StaffNewsListPage } from '../features/content/staff-news-list-page.tsx';
import { StaffQaEditPage } from '../features/content/staff-qa-edit-page.tsx';
import { StaffQaListPage } from '../features/content/staff-qa-list-page.tsx';
import { PeopleSearchPage } from '../features/people/people-search-page.tsx';
import { PersonNewPage } from '../features/people/person-new-page.tsx';
import { PersonPage } from '../features/people/person-page.tsx';
import { DashboardPage } from '../features/staff-auth/dashboard-page.tsx';
import { ForbiddenPage } from '../features/staff-auth/forbidden-page.tsx';
import { LoginPage, safeNext } from '../features/staff-auth/login-page.tsx';
import { SessionProvider, useSession } from '../features/staff-auth/session-provider.tsx';
import { StaffLayout } from './staff-layout.tsx';
import { lazy, Suspense } from 'react';
import { MigrantImportPage } from '../features/migrant-workers/migrant-import-page.tsx';
import { MigrantWorkersPage, VisitTasksPage } from '../features/migrant-workers/migrant-lists.tsx';
import { VisitPage } from '../features/migrant-workers/visit-page.tsx';
import { ConsultationNewPage } from '../features/migrant-workers/consultation-new-page.tsx';
import { ConsultationPage } from '../features/migrant-workers/consultation-page.tsx';
import { ConsultationStatsPage, ConsultationsPage } from '../features/migrant-workers/consultations-page.tsx';
import { DispatchImportPage } from '../features/migrant-workers/dispatch-import-page.tsx';
import { DispatchNewPage } from '../features/migrant-workers/dispatch-new-page.tsx';
import { DispatchPage } from '../features/migrant-workers/dispatch-page.tsx';
import { DispatchesPage } from '../features/migrant-workers/dispatches-page.tsx';
import { CentreStaffPage } from '../features/migrant-rights/centre-staff-page.tsx';
import { FieldOfflinePage } from '../features/migrant-workers/field/field-offline-page.tsx';
import { VacanciesPage } from '../features/employment/vacancies-page.tsx';
import { VacancyNewPage } from '../features/employment/vacancy-new-page.tsx';
import { VacancyPage } from '../features/employment/vacancy-page.tsx';
import { JobSeekersPage } from '../features/employment/job-seekers-page.tsx';
import { JobSeekerNewPage } from '../features/employment/job-seeker-new-page.tsx';
import { JobSeekerPage } from '../features/employment/job-seeker-page.tsx';
import { ReferralPage } from '../features/employment/referral-page.tsx';
import { ReferralCardPage } from '../features/employment/referral-card-page.tsx';
import { CareerVerifyPage } from '../features/career-record/verify-page.tsx';
import { EventNewPage } from '../features/youth/event-new-page.tsx';
import { EventPage } from '../features/youth/event-page.tsx';
import { EventsPage } from '../features/youth/events-page.tsx';
import { FairEditPage, FairNewPage } from '../features/job-fairs/fair-form-page.tsx';
import { FairPage } from '../features/job-fairs/fair-page.tsx';
import { FairsPage } from '../features/job-fairs/fairs-page.tsx';
import { YouthIndicatorPage } from '../features/youth/indicator-page.tsx';
import { SessionPage } from '../features/youth/session-page.tsx';
import { SlotNewPage } from '../features/youth/slot-new-page.tsx';
import { SlotPage } from '../features/youth/slot-page.tsx';
import { SlotsPage } from '../features/youth/slots-page.tsx';
import { SummerJobNewPage } from '../features/youth/summer-job-new-page.tsx';
import { SummerJobsPage } from '../features/youth/summer-jobs-page.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Loading } from '../ui/loading.tsx';
import { NotFoundPage } from '../features/home/not-found-page.tsx';
import { ApplicationNewPage } from '../features/programs/application-new-page.tsx';
import { ApplicationPage } from '../features/programs/application-page.tsx';
import { ApplicationsPage } from '../features/programs/applications-page.tsx';
import { CoursePage } from '../features/programs/course-page.tsx';
import { CoursesPage } from '../features/programs/courses-page.tsx';
import { DefinitionsPage, DefinitionVersionsPage } from '../features/programs/definitions-page.tsx';
import { PaymentBatchNewPage } from '../features/programs/payment-batch-new-page.tsx';
import { PaymentBatchPage } from '../features/programs/payment-batch-page.tsx';
import { PaymentBatchesPage } from '../features/programs/payment-batches-page.tsx';
import { RecoveriesPage, RecoveryPage } from '../features/programs/payment-recoveries-page.tsx';
import { TrainingClassPage } from '../features/programs/training-class-page.tsx';
import { TrainingClassesPage } from '../features/programs/training-classes-page.tsx';
import { TrainingPromptsPage } from '../features/programs/training-prompts-page.tsx';
import { StarYouthBoardPage } from '../features/programs/star-youth-board-page.tsx';
import { StarYouthTenancyPage } from '../features/programs/star-youth-tenancy-page.tsx';
import { StartupLoanPage } from '../features/programs/startup-loan-page.tsx';
import { StartupLoansPage } from '../features/programs/startup-loans-page.tsx';
import { navigate, useLocation } from './router.tsx';
import { CasePage } from '../features/cases/case-page.tsx';
import { CaseNewPage } from '../features/cases/case-new-page.tsx';
import { CaseloadPage } from '../features/cases/caseload-page.tsx';
import { CasesListPage } from '../features/cases/cases-list-page.tsx';
import { MediationCasePage } from '../features/mediation/mediation-case-page.tsx';
import { MediationListPage } from '../features/mediation/mediation-list-page.tsx';
import { MediationStatisticsPage } from '../features/mediation/mediation-statistics-page.tsx';
import { MediationReminderSettingsPage } from '../features/mediation/reminder-settings-page.tsx';
import { QuotaPage } from '../features/quota/quota-page.tsx';
import { QuotaImportPage } from '../features/quota/quota-import-page.tsx';
import { QuotaNoticesPage } from '../features/quota/quota-notices-page.tsx';
import { UnionsPage } from '../features/unions/unions-page.tsx';
import { UnionReportsPage } from '../features/unions/union-reports-page.tsx';
import { UnionReminderSettingsPage } from '../features/unions/union-reminder-settings-page.tsx';
import { SocialDialogueNewPage, SocialDialoguePage } from '../features/unions/social-dialogue-page.tsx';
import { MassLayoffPlansPage } from '../features/mass-layoffs/plans-page.tsx';
import { MassLayoffNewPage } from '../features/mass-layoffs/plan-new-page.tsx';
import { MassLayoffPlanPage } from '../features/mass-layoffs/plan-page.tsx';
import { UpcomingLayoffsPage } from '../features/mass-layoffs/upcoming-page.tsx';
import { MassLayoffRuleSetsPage } from '../features/mass-layoffs/rule-sets-page.tsx';
import { RatesPage } from '../features/rates/rates-page.tsx';
import { TranslationTaskPage, TranslationTasksPage } from '../features/translations/translations-pages.tsx';
import { ContentReviewPage } from '../features/content/content-review-page.tsx';
import { ProjectNewPage, ProjectsPage } from '../features/safety/projects-pages.tsx';
import { ProjectPage } from '../features/safety/project-page.tsx';
import { ExpertsPage, GuidanceListPage, GuidanceNewPage, GuidancePage, OverduePage } from '../features/safety/guidance-pages.tsx';
import { EventNewPage as SafetyEventNewPage, EventPage as SafetyEventPage, EventsPage as SafetyEventsPage } from '../features/safety/events-pages.tsx';
import { SafetyHomePage } from '../features/safety/safety-home-page.tsx';

type StaffRoute = { pattern: string; permission: Permission | null; render: (params: Record<string, string>) => ReactNode };

// indicators: their own chunk (with Chart.js behind it), so the rest of the back office does not grow.
const IndicatorsPage = lazy(() => import('../features/indicators/indicators-page.tsx').then((m) => ({ default: m.IndicatorsPage })));
const IndicatorPage = lazy(() => import('../features/indicators/indicator-page.tsx').then((m) => ({ default: m.IndicatorPage })));
const IndicatorEntriesPage = lazy(() => import('../features/indicators/indicator-entries-page.tsx').then((m) => ({ default: m.IndicatorEntriesPage })));
const IndicatorAdminPage = lazy(() => import('../features/indicators/indicator-admin-page.tsx').then((m) => ({ default: m.IndicatorAdminPage })));

const staffRoutes: readonly StaffRoute[] = [
  { pattern: '/staff', permission: null, render: () => <DashboardPage /> },
  { pattern: '/staff/accounts', permission: 'accounts.manage', render: () => <AccountsPage /> },
  { pattern: '/staff/accounts/new', permission: 'accounts.manage', render: () => <AccountNewPage /> },
  { pattern: '/staff/accounts/:id', permission: 'accounts.manage', render: (p) => <AccountEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/audit', permission: 'audit.read', render: () => <AuditPage /> },
  { pattern: '/staff/people', permission: 'people.list', render: () => <PeopleSearchPage /> },
  { pattern: '/staff/people/new', permission: 'people.write', render: () => <PersonNewPage /> },
  { pattern: '/staff/people/:id', permission: 'people.read-full', render: (p) => <PersonPage id={p.id ?? ''} /> },
  { pattern: '/staff/employers', permission: 'employers.read', render: () => <EmployersPage /> },
  { pattern: '/staff/heat', permission: 'heat.manage', render: () => <HeatStaffPage /> },
  { pattern: '/staff/usage', permission: 'usage.read', render: () => <UsagePage /> },
  { pattern: '/staff/jobs', permission: 'jobs.manage', render: () => <JobsPage /> },
  { pattern: '/staff/content/qa', permission: 'content.edit', render: () => <StaffQaListPage /> },
  { pattern: '/staff/content/qa/new', permission: 'content.edit', render: () => <StaffQaEditPage /> },
  { pattern: '/staff/content/qa/:id', permission: 'content.edit', render: (p) => <StaffQaEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/content/news', permission: 'content.edit', render: () => <StaffNewsListPage /> },
  { pattern: '/staff/content/news/new', permission: 'content.edit', render: () => <StaffNewsEditPage /> },
  { pattern: '/staff/content/news/:id', permission: 'content.edit', render: (p) => <StaffNewsEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/complaints', permission: 'complaints.list', render: () => <ComplaintsListPage /> },
  { pattern: '/staff/complaints/overdue', permission: 'complaints.assign', render: () => <ComplaintsOverduePage /> },
  { pattern: '/staff/complaints/:id', permission: 'complaints.list', render: (p) => <ComplaintPage id={p.id ?? ''} /> },
  { pattern: '/staff/complaints/:id/notice', permission: 'complaints.handle', render: (p) => <ComplaintNoticePage id={p.id ?? ''} /> },
  { pattern: '/staff/violations/imports', permission: 'violations.import', render: () => <StaffViolationsImportPage /> },
  { pattern: '/staff/violations/inspections', permission: 'violations.record', render: () => <StaffInspectionsPage /> },
  { pattern: '/staff/violations/decisions', permission: 'violations.import', render: () => <StaffDecisionsPage /> },
  { pattern: '/staff/violations/decisions/:id', permission: 'violations.import', render: (p) => <StaffDecisionPage id={p.id ?? ''} /> },
  { pattern: '/staff/violations/inspections/new', permission: 'violations.record', render: () => <StaffInspectionEditPage /> },
  { pattern: '/staff/violations/inspections/:id', permission: 'violations.record', render: (p) => <StaffInspectionEditPage id={p.id ?? ''} /> },
  // Labor relations (issue 11): mediation, the disability quota, unions.
  { pattern: '/staff/mediation', permission: 'mediation.list', render: () => <MediationListPage /> },
  { pattern: '/staff/mediation/statistics', permission: 'mediation.list', render: () => <MediationStatisticsPage /> },
  { pattern: '/staff/mediation/reminder-settings', permission: 'mediation.assign', render: () => <MediationReminderSettingsPage /> },
  { pattern: '/staff/mediation/:id', permission: 'mediation.list', render: (p) => <MediationCasePage id={p.id ?? ''} /> },
  { pattern: '/staff/quota', permission: 'quota.read', render: () => <QuotaPage /> },
  { pattern: '/staff/quota/imports', permission: 'quota.write', render: () => <QuotaImportPage /> },
  { pattern: '/staff/quota/notices', permission: 'quota.read', render: () => <QuotaNoticesPage /> },
  { pattern: '/staff/unions', permission: 'unions.read', render: () => <UnionsPage /> },
  { pattern: '/staff/unions/:id/reports', permission: 'unions.read', render: (p) => <UnionReportsPage id={p.id ?? ''} /> },
  { pattern: '/staff/unions/reminder-settings', permission: 'unions.write', render: () => <UnionReminderSettingsPage /> },
  { pattern: '/staff/social-dialogue', permission: 'unions.read', render: () => <SocialDialoguePage /> },
  { pattern: '/staff/social-dialogue/new', permission: 'unions.write', render: () => <SocialDialogueNewPage /> },
  { pattern: '/staff/mass-layoffs', permission: 'mass-layoffs.read', render: () => <MassLayoffPlansPage /> },
  { pattern: '/staff/mass-layoffs/new', permission: 'mass-layoffs.write', render: () => <MassLayoffNewPage /> },
  { pattern: '/staff/mass-layoffs/upcoming', permission: 'mass-layoffs.upcoming', render: () => <UpcomingLayoffsPage /> },
  { pattern: '/staff/mass-layoffs/rule-sets', permission: 'mass-layoffs.read', render: () => <MassLayoffRuleSetsPage /> },
  { pattern: '/staff/mass-layoffs/:id', permission: 'mass-layoffs.read', render: (p) => <MassLayoffPlanPage id={p.id ?? ''} /> },
  // indicators
  { pattern: '/staff/indicators', permission: 'indicators.read', render: () => <Suspense fallback={<SessionLoading />}><IndicatorsPage /></Suspense> },
  { pattern: '/staff/indicators/entries', permission: 'indicators.enter', render: () => <Suspense fallback={<SessionLoading />}><IndicatorEntriesPage /></Suspense> },
  { pattern: '/staff/indicators/admin', permission: 'indicators.manage', render: () => <Suspense fallback={<SessionLoading />}><IndicatorAdminPage /></Suspense> },
  { pattern: '/staff/indicators/:code', permission: 'indicators.read', render: (p) => <Suspense fallback={<SessionLoading />}><IndicatorPage code={p.code ?? ''} /></Suspense> },
  // Migrant workers (issue 10).
  { pattern: '/staff/migrant-workers', permission: 'migrant-workers.read', render: () => <MigrantWorkersPage /> },
  { pattern: '/staff/migrant-workers/import', permission: 'migrant-workers.write', render: () => <MigrantImportPage /> },
  { pattern: '/staff/migrant-workers/tasks', permission: 'migrant-workers.read', render: () => <VisitTasksPage /> },
  { pattern: '/staff/migrant-workers/tasks/:id', permission: 'migrant-workers.write', render: (p) => <VisitPage id={p.id ?? ''} /> },
  // The consultation centre and 1955 dispatches (issue 10 §3).
  { pattern: '/staff/migrant-workers/consultations', permission: 'migrant-consultations.read', render: () => <ConsultationsPage /> },
  { pattern: '/staff/migrant-workers/consultations/new', permission: 'migrant-consultations.write', render: () => <ConsultationNewPage /> },
  { pattern: '/staff/migrant-workers/consultations/stats', permission: 'migrant-consultations.read', render: () => <ConsultationStatsPage /> },
  { pattern: '/staff/migrant-workers/consultations/:id', permission: 'migrant-consultations.read', render: (p) => <ConsultationPage id={p.id ?? ''} /> },
  { pattern: '/staff/migrant-workers/dispatches', permission: 'migrant-dispatches.read', render: () => <DispatchesPage /> },
  { pattern: '/staff/migrant-workers/dispatches/new', permission: 'migrant-dispatches.write', render: () => <DispatchNewPage /> },
  { pattern: '/staff/migrant-workers/dispatches/import', permission: 'migrant-dispatches.write', render: () => <DispatchImportPage /> },
  { pattern: '/staff/migrant-workers/dispatches/:id', permission: 'migrant-dispatches.read', render: (p) => <DispatchPage id={p.id ?? ''} /> },
  // Issue 10 §4: the consultation centre's lines and hours on the public foreign workers page.
  { pattern: '/staff/migrant-centre', permission: 'migrant-workers.supervise', render: () => <CentreStaffPage /> },
  // programs (ADR 0021)
  { pattern: '/staff/programs', permission: 'programs.read', render: () => <ApplicationsPage /> },
  { pattern: '/staff/programs/definitions', permission: 'programs.read', render: () => <DefinitionsPage /> },
  { pattern: '/staff/programs/definitions/:code', permission: 'programs.read', render: (p) => <DefinitionVersionsPage code={p.code ?? ''} /> },
  { pattern: '/staff/programs/courses', permission: 'programs.read', render: () => <CoursesPage /> },
  { pattern: '/staff/programs/courses/:id', permission: 'programs.read', render: (p) => <CoursePage id={p.id ?? ''} /> },
  // Vocational training (ADR 0041); the placement prompt is the employment stations' list.
  { pattern: '/staff/programs/training', permission: 'programs.read', render: () => <TrainingClassesPage /> },
  { pattern: '/staff/programs/training/placement-prompts', permission: 'employment.read', render: () => <TrainingPromptsPage /> },
  { pattern: '/staff/programs/training/:id', permission: 'programs.read', render: (p) => <TrainingClassPage id={p.id ?? ''} /> },
  // 摘星青年 and the start-up loan subsidy (ADR 0040)
  { pattern: '/staff/programs/star-youth', permission: 'programs.read', render: () => <StarYouthBoardPage /> },
  { pattern: '/staff/programs/star-youth/tenancies/:id', permission: 'programs.read', render: (p) => <StarYouthTenancyPage id={p.id ?? ''} /> },
  { pattern: '/staff/programs/startup-loans', permission: 'programs.read', render: () => <StartupLoansPage /> },
  { pattern: '/staff/programs/startup-loans/:id', permission: 'programs.read', render: (p) => <StartupLoanPage id={p.id ?? ''} /> },
  { pattern: '/staff/programs/applications/new', permission: 'programs.apply', render: () => <ApplicationNewPage /> },
  { pattern: '/staff/programs/applications/:id', permission: 'programs.read', render: (p) => <ApplicationPage id={p.id ?? ''} /> },
  // Payment batches and recoveries (ADR 0039).
  { pattern: '/staff/programs/payments', permission: 'programs.pay', render: () => <PaymentBatchesPage /> },
  { pattern: '/staff/programs/payments/new', permission: 'programs.pay', render: () => <PaymentBatchNewPage /> },
  { pattern: '/staff/programs/payments/:id', permission: 'programs.pay', render: (p) => <PaymentBatchPage id={p.id ?? ''} /> },
  { pattern: '/staff/programs/recoveries', permission: 'programs.read', render: () => <RecoveriesPage /> },
  { pattern: '/staff/programs/recoveries/:id', permission: 'programs.read', render: (p) => <RecoveryPage id={p.id ?? ''} /> },
  // Employment services (issue 8).
  { pattern: '/staff/vacancies', permission: 'employment.read', render: () => <VacanciesPage /> },
  { pattern: '/staff/vacancies/new', permission: 'employment.write', render: () => <VacancyNewPage /> },
  { pattern: '/staff/vacancies/:id', permission: 'employment.read', render: (p) => <VacancyPage id={p.id ?? ''} /> },
  // Case management (issue 9 §1).
  { pattern: '/staff/cases', permission: 'cases.read', render: () => <CasesListPage /> },
  { pattern: '/staff/cases/new', permission: 'cases.intake', render: () => <CaseNewPage /> },
  { pattern: '/staff/cases/caseload', permission: 'cases.read', render: () => <CaseloadPage /> },
  { pattern: '/staff/cases/:id', permission: 'cases.read', render: (p) => <CasePage id={p.id ?? ''} /> },
  { pattern: '/staff/job-seekers', permission: 'employment.read', render: () => <JobSeekersPage /> },
  { pattern: '/staff/job-seekers/new', permission: 'employment.write', render: () => <JobSeekerNewPage /> },
  { pattern: '/staff/job-seekers/:id', permission: 'employment.read', render: (p) => <JobSeekerPage id={p.id ?? ''} /> },
  { pattern: '/staff/referrals/:id', permission: 'employment.read', render: (p) => <ReferralPage id={p.id ?? ''} /> },
  { pattern: '/staff/referrals/:id/card', permission: 'employment.write', render: (p) => <ReferralCardPage id={p.id ?? ''} /> },
  // Youth services, 職涯發展中心 (issue 9, ADR 0027).
  { pattern: '/staff/youth/slots', permission: 'youth.read', render: () => <SlotsPage /> },
  { pattern: '/staff/youth/slots/new', permission: 'youth.write', render: () => <SlotNewPage /> },
  { pattern: '/staff/youth/slots/:id', permission: 'youth.read', render: (p) => <SlotPage id={p.id ?? ''} /> },
  { pattern: '/staff/youth/sessions/:id', permission: 'youth.read', render: (p) => <SessionPage id={p.id ?? ''} /> },
  { pattern: '/staff/youth/events', permission: 'youth.read', render: () => <EventsPage /> },
  { pattern: '/staff/youth/events/new', permission: 'youth.write', render: () => <EventNewPage /> },
  { pattern: '/staff/youth/events/:id', permission: 'youth.read', render: (p) => <EventPage id={p.id ?? ''} /> },
  { pattern: '/staff/youth/summer-jobs', permission: 'youth.summer-jobs', render: () => <SummerJobsPage /> },
  // Job fairs (issue 8, ADR 0029).
  { pattern: '/staff/job-fairs', permission: 'job-fairs.read', render: () => <FairsPage /> },
  { pattern: '/staff/job-fairs/new', permission: 'job-fairs.write', render: () => <FairNewPage /> },
  { pattern: '/staff/job-fairs/:id', permission: 'job-fairs.read', render: (p) => <FairPage id={p.id ?? ''} /> },
  { pattern: '/staff/job-fairs/:id/edit', permission: 'job-fairs.write', render: (p) => <FairEditPage id={p.id ?? ''} /> },
  { pattern: '/staff/youth/summer-jobs/new', permission: 'youth.summer-jobs', render: () => <SummerJobNewPage /> },
  { pattern: '/staff/youth/indicator', permission: 'youth.indicator', render: () => <YouthIndicatorPage /> },
  { pattern: '/staff/career-entries', permission: 'career.verify', render: () => <CareerVerifyPage /> },
  // Published rates (issue 14 §3, ADR 0024).
  { pattern: '/staff/rates', permission: 'rates.manage', render: () => <RatesPage /> },
  // Translations (issue 15 §1, ADR 0030).
  { pattern: '/staff/translations', permission: 'translations.work', render: () => <TranslationTasksPage /> },
  { pattern: '/staff/translations/:id', permission: 'translations.work', render: (p) => <TranslationTaskPage id={p.id ?? ''} /> },
  { pattern: '/staff/content/translations', permission: 'content.review-translations', render: () => <ContentReviewPage /> },
  // Occupational safety (issue 12 §3, ADR 0035).
  { pattern: '/staff/safety', permission: 'safety.read', render: () => <SafetyHomePage /> },
  { pattern: '/staff/safety/projects', permission: 'safety.read', render: () => <ProjectsPage /> },
  { pattern: '/staff/safety/projects/new', permission: 'safety.write', render: () => <ProjectNewPage /> },
  { pattern: '/staff/safety/projects/:id', permission: 'safety.read', render: (p) => <ProjectPage id={p.id ?? ''} /> },
  { pattern: '/staff/safety/guidance', permission: 'safety.read', render: () => <GuidanceListPage /> },
  { pattern: '/staff/safety/guidance/new', permission: 'safety.write', render: () => <GuidanceNewPage /> },
  { pattern: '/staff/safety/guidance/:id', permission: 'safety.read', render: (p) => <GuidancePage id={p.id ?? ''} /> },
  { pattern: '/staff/safety/improvements/overdue', permission: 'safety.read', render: () => <OverduePage /> },
  { pattern: '/staff/safety/experts', permission: 'safety.read', render: () => <ExpertsPage /> },
  { pattern: '/staff/safety/events', permission: 'safety.read', render: () => <SafetyEventsPage /> },
  { pattern: '/staff/safety/events/new', permission: 'safety.write', render: () => <SafetyEventNewPage /> },
  { pattern: '/staff/safety/events/:id', permission: 'safety.read', render: (p) => <SafetyEventPage id={p.id ?? ''} /> },
];

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function SessionLoading() {
  const { t } = useI18n();
  return <Loading label={t('common.loading')} />;
}

/** Checks the route's permission, then renders its page with the path's parameters. */
function StaffRoutePage({ route }: { route: StaffRoute }) {
  const { can } = useSession();
  const params = useParams();
  if (route.permission && !can(route.permission)) return <ForbiddenPage />;
  return route.render(params as Record<string, string>);
}

function StaffRoutes() {
  const { state } = useSession();
  const { pathname, search, href } = useLocation();
  if (state.status === 'loading') return <SessionLoading />;
  // Started with no network: the field app's offline view, whatever the path (ADR 0033).
  if (state.status === 'offline') return <FieldOfflinePage />;
  if (pathname === '/staff/login') {
    return state.status === 'signed-in' ? <Redirect to={safeNext(search.get('next'))} /> : <LoginPage />;
  }
  if (state.status === 'anonymous') return <Redirect to={`/staff/login?next=${encodeURIComponent(href)}`} />;
  return (
    <Routes>
      {staffRoutes.map((route) => (
        <Route key={route.pattern} path={route.pattern.replace(/^\/staff\/?/, '') || undefined} index={route.pattern === '/staff'} element={<StaffRoutePage route={route} />} />
      ))}
      <Route path="*" element={<NotFoundPage homeHref="/staff" />} />
    </Routes>
  );
}

/** The whole back office: session, layout and routes. */
export function StaffApp() {
  const { pathname } = useLocation();
  return (
    <SessionProvider>
      <StaffLayout>
        {/* Keyed by path so each page mounts afresh and takes focus after navigation. */}
        <StaffRoutes key={pathname} />
      </StaffLayout>
    </SessionProvider>
  );
}
