/**
 * @module services
 * Every module's service, created once and wired to the others by hand (no container): `createApp` mounts
 * their routes, and the server starts their jobs through it. Where a service needs one created further
 * down, it reads it through a closure (late binding), as the comments say.
 */
import type { AppDeps } from './app.ts';
import { createAccessService } from './modules/access/access.service.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { complaintAuditReference, createComplaintsService } from './modules/complaints/complaints.service.ts';
import { createContentService } from './modules/content/content.service.ts';
import { createEmployersService } from './modules/employers/employers.service.ts';
import { createHeatService } from './modules/weather-heat/heat.service.ts';
import { createViolationsService } from './modules/violations/violations.service.ts';
import { createUsageService } from './modules/usage/usage.service.ts';
import { createLogEmailChannel, createLogSmsChannel } from './modules/notifications/notifications.channels.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { createTranslationsService } from './modules/translations/translations.service.ts';
import { createPeopleService } from './modules/people/people.service.ts';
import { createMigrantWorkers } from './modules/migrant-workers/migrant-workers.module.ts';
import { createListResponder } from './shared/http/list-response.ts';
import { createRateLimiter, databaseRateLimitStore } from './shared/http/rate-limit.ts';
import { createJobsService } from './shared/jobs/jobs.service.ts';
import { locales, type Locale } from './shared/i18n/locales.ts';
import { createMediationService, mediationAuditReference } from './modules/mediation/mediation.service.ts';
import { createQuotaService } from './modules/quota/quota.service.ts';
import { createUnionReportsService } from './modules/unions/unions.reports.ts';
import { createMassLayoffsService } from './modules/mass-layoffs/mass-layoffs.service.ts';
import { createUnionsService } from './modules/unions/unions.service.ts';
import { createIndicatorsService } from './modules/indicators/indicators.service.ts';
import { usageIndicatorProvider } from './modules/usage/usage.indicator.ts';
import { employmentIndicatorProvider } from './modules/employment/employment.indicator.ts';
import { unionsIndicatorProvider } from './modules/unions/unions.indicator.ts';
import { quotaIndicatorProvider } from './modules/quota/quota.indicator.ts';
import { laborUniversityIndicatorProvider } from './modules/programs/labor-university.indicator.ts';
import { migrantWorkersIndicatorProvider } from './modules/migrant-workers/migrant-workers.indicator-provider.ts';
import { createPublicAccountsService } from './modules/public-accounts/public-accounts.service.ts';
import { createAccountPrivacyService } from './modules/public-accounts/public-accounts.privacy.ts';
import { createEmployerAccountsService } from './modules/public-accounts/employer-accounts.ts';
import { createOidcSignIn } from './modules/public-accounts/public-accounts.oidc.ts';
import { createProgramsService } from './modules/programs/programs.service.ts';
import { createLaborUniversityService } from './modules/programs/labor-university.ts';
import { createDecisionNotices } from './modules/programs/programs.notices.ts';
import { employmentSubjectData } from './modules/employment/employment.self-service.ts';
import { createEmploymentService } from './modules/employment/employment.service.ts';
import { caseAuditReference, createCasesService } from './modules/cases/cases.service.ts';
import { createYouthService } from './modules/youth/youth.service.ts';
import { createJobFairsService, jobFairsSubjectData } from './modules/job-fairs/job-fairs.service.ts';
import { createSafetyService } from './modules/safety/safety.service.ts';
import { youthIndicatorProvider } from './modules/youth/youth.indicator.ts';
import { createCareerRecordService } from './modules/career-record/career-record.service.ts';
import { createCareerShares } from './modules/career-record/career-record.shares.ts';
import { createRatesService } from './modules/rates/rates.service.ts';

export function createServices(deps: AppDeps) {
  const bureauNames = Object.fromEntries(locales.map((locale) => [locale, deps.referenceData.bureauName(locale)])) as Record<Locale, string>;
  const clock = deps.clock ?? (() => new Date());
  const now = () => clock().getTime();

  const access = createAccessService({ db: deps.db, clock, settings: deps.settings, referenceData: deps.referenceData });
  const audit = createAuditService({
    db: deps.db,
    references: [complaintAuditReference(deps.db), mediationAuditReference(deps.db), caseAuditReference(deps.db)],
  });
  const people = createPeopleService({ db: deps.db, referenceData: deps.referenceData });
  const employers = createEmployersService({ db: deps.db, referenceData: deps.referenceData });
  const jobs = deps.jobs ?? createJobsService({ db: deps.db, logger: deps.logger, timeZone: deps.referenceData.city.bureau.timeZone });
  const notifications = createNotificationsService({
    db: deps.db,
    jobs,
    clock,
    channels: deps.notificationChannels ?? { email: createLogEmailChannel(deps.logger), sms: createLogSmsChannel(deps.logger) },
    logger: deps.logger,
  });
  const translations = createTranslationsService({ db: deps.db, clock, jobs });
  const complaints = createComplaintsService({ db: deps.db, referenceData: deps.referenceData, clock, notifications, translations });
  const violations = createViolationsService({ db: deps.db, readDb: deps.readDb, clock, authority: deps.referenceData.city.name });
  const heat = createHeatService({ db: deps.db, referenceData: deps.referenceData, clock });
  const usage = createUsageService({ db: deps.db, clock, timeZone: deps.referenceData.city.bureau.timeZone });
  const content = createContentService({ db: deps.db, clock });
  const mediation = createMediationService({ db: deps.db, referenceData: deps.referenceData, clock, employers, notices: notifications, publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000', translations, staff: access });
  const quota = createQuotaService({ db: deps.db, clock, employers });
  const unions = createUnionsService({ db: deps.db, clock });
  const unionReports = createUnionReportsService({ db: deps.db, clock, timeZone: deps.referenceData.city.bureau.timeZone, notifications,
    bureauName: (locale) => deps.referenceData.bureauName(locale) });
  const massLayoffs = createMassLayoffsService({ db: deps.db, clock, timeZone: deps.referenceData.city.bureau.timeZone, employers });
  // Each module plugs its indicator in with one line, named as in indicator_definitions.module (ADR 0022).
  const indicators = createIndicatorsService({ db: deps.db, clock, referenceData: deps.referenceData });
  indicators.register('usage', usageIndicatorProvider(usage));
  indicators.register('unions', unionsIndicatorProvider(unions));
  indicators.register('disability-quota', quotaIndicatorProvider(deps.db, quota));
  const migrantWorkers = createMigrantWorkers({
    db: deps.db,
    clock,
    referenceData: deps.referenceData,
    people,
    employers,
    complaints,
    mediation,
    notifications,
    publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000',
    lists: () => lists,
    translations,
  });
  // The decision notice goes to the account that filed online: its address is read through public
  // accounts, created further down (hence the late binding).
  const programNotices = createDecisionNotices({
    db: deps.db,
    notifications,
    referenceData: deps.referenceData,
    accountContact: (accountId) => publicAccounts.contact(accountId),
  });
  // The youth incentive's placements are read through employment, created further down (late binding).
  const programs = createProgramsService({
    db: deps.db,
    referenceData: deps.referenceData,
    clock,
    notices: programNotices,
    employmentEvidence: (personId) => employment.employmentSpellsOfPerson(personId),
    translations,
  });
  const laborUniversity = createLaborUniversityService({ db: deps.db, programs, clock });
  // Published rates (ADR 0024): the calculators, vacancies and summer jobs check against the same periods.
  const rates = createRatesService({ db: deps.db, clock });
  const minimumWages = async () => (await rates.tables()).minimumWages;
  const employment = createEmploymentService({ db: deps.db, clock, referenceData: deps.referenceData, people, employers, violations, minimumWages });
  const cases = createCasesService({ db: deps.db, clock, referenceData: deps.referenceData, people, employment, audit, programs });
  const youth = createYouthService({
    db: deps.db,
    clock,
    timeZone: deps.referenceData.city.bureau.timeZone,
    bureauName: (locale) => deps.referenceData.bureauName(locale),
    notifications,
    employers,
    minimumWages,
  });
  indicators.register('youth', youthIndicatorProvider(youth.indicator));
  const jobFairs = createJobFairsService({ db: deps.db, clock, timeZone: deps.referenceData.city.bureau.timeZone, employment });
  const safety = createSafetyService({ db: deps.db, clock, timeZone: deps.referenceData.city.bureau.timeZone, employers, indicators });
  const careerRecord = createCareerRecordService({
    db: deps.db,
    clock,
    employment,
    laborUniversity,
    programs,
    timeZone: deps.referenceData.city.bureau.timeZone,
    publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000',
  });
  const careerShares = createCareerShares({ db: deps.db, clock, record: careerRecord, publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000' });
  indicators.register('employment', employmentIndicatorProvider(employment.indicators));
  indicators.register('labor-university', laborUniversityIndicatorProvider(laborUniversity));
  indicators.register('migrant-workers', migrantWorkersIndicatorProvider(deps.db, migrantWorkers.visits.today));
  const rateLimitStore = deps.rateLimitStore ?? databaseRateLimitStore(deps.db);
  const limiter = (limit: number, windowMs: number) => createRateLimiter({ limit, windowMs, store: rateLimitStore });
  const { bureau } = deps.referenceData.city;
  const lists = createListResponder({ db: deps.db, letterhead: bureau, timeZone: bureau.timeZone, clock });
  const publicAccounts = createPublicAccountsService({
    db: deps.db,
    clock,
    people,
    notifications,
    settings: {
      ...deps.settings,
      publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000',
      bureauName: bureauNames,
    },
  });
  const employerAccounts = createEmployerAccountsService({ db: deps.db, clock, accounts: publicAccounts, employers, notifications });
  const oidc = deps.oidc ? createOidcSignIn({ db: deps.db, clock, settings: deps.oidc, accounts: publicAccounts, people }) : undefined;
  const accountPrivacy = createAccountPrivacyService({
    db: deps.db,
    clock,
    people,
    notifications,
    letterhead: bureau,
    timeZone: bureau.timeZone,
    // Each module that holds data about the person adds it to the download and erases it on deletion.
    subjectData: [employmentSubjectData, jobFairsSubjectData],
  });
  return {
    bureauNames,
    clock,
    now,
    access,
    audit,
    people,
    employers,
    jobs,
    notifications,
    translations,
    complaints,
    violations,
    heat,
    usage,
    content,
    mediation,
    quota,
    unions,
    unionReports,
    massLayoffs,
    indicators,
    migrantWorkers,
    programNotices,
    programs,
    laborUniversity,
    rates,
    minimumWages,
    employment,
    cases,
    youth,
    jobFairs,
    safety,
    careerRecord,
    careerShares,
    rateLimitStore,
    limiter,
    bureau,
    lists,
    publicAccounts,
    employerAccounts,
    oidc,
    accountPrivacy,
  };
}

export type Services = ReturnType<typeof createServices>;
