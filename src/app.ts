/**
 * @module app
 * `createApp(deps)` wires every module onto one Hono app and never listens: the server, the tests and
 * the benchmark all build it the same way. Wiring is written out here on purpose: no autoloading.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { createServices } from './services.ts';
import { handleErrors } from './shared/http/error-handler.ts';
import { requestContext } from './shared/http/request-context.ts';
import { mountWebApp } from './shared/http/web-app.ts';
import { getCookie } from 'hono/cookie';
import type { Db } from './db/client.ts';
import { accessRoutes, sessionCookieName } from './modules/access/access.routes.ts';
import { type AccessSettings } from './modules/access/access.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { complaintsWorkQueue } from './modules/complaints/complaints.queue.ts';
import { mediationWorkQueue } from './modules/mediation/mediation.queue.ts';
import { createWorkQueues, workQueueRoutes } from './modules/work-queue/work-queue.ts';
import { complaintFilingPath, complaintsRoutes } from './modules/complaints/complaints.routes.ts';
import { calculatorBodyLimitBytes, calculatorsPathPrefix, calculatorsRoutes } from './modules/calculators/calculators.routes.ts';
import { contentReviewRoutes } from './modules/content/content.review.ts';
import { contentRoutes } from './modules/content/content.routes.ts';
import { employersRoutes } from './modules/employers/employers.routes.ts';
import { heatRoutes } from './modules/weather-heat/heat.routes.ts';
import { usageRoutes } from './modules/usage/usage.routes.ts';
import { violationsImportPath, violationsRoutes } from './modules/violations/violations.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import type { NotificationChannel } from './modules/notifications/notifications.channels.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { translationsRoutes } from './modules/translations/translations.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { referenceDataRoutes } from './modules/reference-data/reference-data.routes.ts';
import type { ReferenceData } from './modules/reference-data/reference-data.ts';
import { migrantPhotoPath } from './modules/migrant-workers/migrant-workers.field-routes.ts';
import { AppError } from './shared/errors.ts';
import { mountApiDocs } from './shared/http/api-docs.ts';
import type { AppEnv } from './shared/http/app-env.ts';
import { proxyHops } from './shared/http/client-ip.ts';
import { mayHaveCookies } from './shared/http/node-request.ts';
import { jsonBodyLimit, refuseDeepJson } from './shared/http/body-guards.ts';
import { type RateLimiter, type RateLimitStore } from './shared/http/rate-limit.ts';
import { policyKey, publicAccess, routePolicies } from './shared/http/route.ts';
import { securityHeaders } from './shared/http/security-headers.ts';
import { type JobsService } from './shared/jobs/jobs.service.ts';
import { rejectUnstorableText } from './shared/http/validation.ts';
import type { Logger } from './shared/logger.ts';
import { mediationRoutes } from './modules/mediation/mediation.routes.ts';
import { mediationReminderRoutes } from './modules/mediation/mediation.reminders.routes.ts';
import { quotaRoutes } from './modules/quota/quota.routes.ts';
import { createHeadcountImport } from './modules/quota/quota.import.ts';
import { quotaImportRoutes } from './modules/quota/quota.import.routes.ts';
import { unionsRoutes } from './modules/unions/unions.routes.ts';
import { unionReportsRoutes } from './modules/unions/unions.reports.routes.ts';
import { scheduleElectionReminders } from './modules/unions/unions.jobs.ts';
import { massLayoffsRoutes } from './modules/mass-layoffs/mass-layoffs.routes.ts';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { scheduleIndicatorSnapshots } from './modules/indicators/indicators.jobs.ts';
import { centreContactsRoutes } from './modules/migrant-workers/centre.routes.ts';
import { createCentreContactsService } from './modules/migrant-workers/centre.service.ts';
import { accountCookieName, publicAccountsRoutes } from './modules/public-accounts/public-accounts.routes.ts';
import { type OidcSettings } from './modules/public-accounts/public-accounts.oidc.ts';
import { programsRoutes } from './modules/programs/programs.routes.ts';
import { scheduleProgramEscalation } from './modules/programs/programs.escalation.ts';
import { programsMeRoutes } from './modules/programs/programs.me-routes.ts';
import { createVocationalTrainingService } from './modules/programs/vocational-training.ts';
import { vocationalTrainingRoutes } from './modules/programs/vocational-training.routes.ts';
import { createProgramsSelfService } from './modules/programs/programs.self-service.ts';
import { createCourseSessions } from './modules/programs/labor-university.sessions.ts';
import { programPaymentsRoutes } from './modules/programs/programs.payments.routes.ts';
import { createProgramPaymentsService } from './modules/programs/programs.payments.ts';
import { createProgramRecoveries } from './modules/programs/programs.recoveries.ts';
import { startupsRoutes } from './modules/programs/startups.routes.ts';
import { createStarYouthService } from './modules/programs/star-youth.service.ts';
import { createStartupLoansService } from './modules/programs/startup-loans.service.ts';
import { employmentPublicRoutes } from './modules/employment/employment.public-routes.ts';
import { employmentRoutes } from './modules/employment/employment.routes.ts';
import { employmentMeRoutes } from './modules/employment/employment.me-routes.ts';
import { employmentEmployerRoutes } from './modules/employment/employment.employer-routes.ts';
import { casesRoutes } from './modules/cases/cases.routes.ts';
import { youthPublicRoutes } from './modules/youth/youth.public-routes.ts';
import { youthRoutes } from './modules/youth/youth.routes.ts';
import { jobFairsRoutes } from './modules/job-fairs/job-fairs.routes.ts';
import { jobFairsPublicRoutes } from './modules/job-fairs/job-fairs.public-routes.ts';
import { safetyRoutes } from './modules/safety/safety.routes.ts';
import { safetyPublicRoutes } from './modules/safety/safety.public-routes.ts';
import { careerRecordRoutes } from './modules/career-record/career-record.routes.ts';
import { ratesRoutes } from './modules/rates/rates.routes.ts';

export { loggableError } from './shared/http/loggable-error.ts';

export type AppDeps = {
  db: Db;
  /** A read replica (DATABASE_READ_URL) for the public search and the indicator reads; else `db`. */
  readDb?: Db;
  logger: Logger;
  referenceData: ReferenceData;
  /** The clock every rule and record reads; tests fix it. */
  clock?: () => Date;
  settings: AccessSettings & { bodyLimitBytes: number; secureCookies: boolean; trustProxy: boolean | number };
  /** Tests: a smaller file than in production goes to the background (violations.routes.ts). */
  violationsInlineImportRows?: number;
  /** Built web app to serve (web/dist); omitted in API-only tests. */
  webRoot?: string | undefined;
  /**
   * Where rate-limit counters live, shared by every instance (ADR 0015): Redis when configured, else
   * the database (the default).
   */
  rateLimitStore?: RateLimitStore;
  loginLimiter?: RateLimiter;
  /** Per-IP limit on POST /api/v1/usage (page-view and tool-use counts). */
  usageLimiter?: RateLimiter;
  /** Per-IP limits on filing complaints and reading them back with a receipt. */
  complaintLimiters?: { filing: RateLimiter; lookup: RateLimiter };
  /**
   * Durable jobs (ADR 0013), started by the server, which then calls `app.startWorkers()`. Absent (most
   * tests): a service that is never started, so its list is empty and nobody pays pg-boss's start-up.
   */
  jobs?: JobsService;
  /** Where notices leave (notifications.channels.ts `createChannels`); development log drivers when absent. */
  notificationChannels?: { email: NotificationChannel; sms: NotificationChannel };
  /** Per-IP limit on mediation applications filed online. */
  mediationLimiter?: RateLimiter;
  /** Public accounts: where the web app is, for links in mails (PUBLIC_BASE_URL), and the sign-in limit per IP. */
  publicBaseUrl?: string;
  accountSignInLimiter?: RateLimiter;
  accountMailLimiter?: RateLimiter;
  /** The national identity service (OIDC_* variables); sign-in by it is off when absent. */
  oidc?: OidcSettings | undefined;
  /** PUBLIC_ORIGIN (`https://labor.example.gov.tw`): where public links point (the Atom feed), never the Host header. */
  publicOrigin?: string | undefined;
};


export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const {
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
  } = createServices(deps);
  const hops = proxyHops(deps.settings.trustProxy);

  app.use(requestContext({ logger: deps.logger, hops }));
  app.use(securityHeaders({ hsts: deps.settings.secureCookies }));
  const apiBodyLimit = jsonBodyLimit(deps.settings.bodyLimitBytes);
  // Complaint filing and violations imports carry files and set their own limits (their routes files).
  const ownLimits = new Set([complaintFilingPath, violationsImportPath, migrantPhotoPath]);
  // The JSON calculators are public and CPU-bound: a much smaller limit (issue 16, finding 6).
  const calculatorsBodyLimit = jsonBodyLimit(calculatorBodyLimitBytes);
  app.use('/api/*', (c, next) => {
    if (ownLimits.has(c.req.path)) return next();
    return c.req.path.startsWith(calculatorsPathPrefix) ? calculatorsBodyLimit(c, next) : apiBodyLimit(c, next);
  });
  // Sessions: no cookie, no lookup (an anonymous request costs no database round trip).
  app.use('/api/*', async (c, next) => {
    c.set('account', undefined);
    if (!mayHaveCookies(c)) return next();
    const staffToken = getCookie(c, sessionCookieName);
    if (staffToken && staffToken.length <= 100) c.set('staff', await access.resolveSession(staffToken));
    const accountToken = getCookie(c, accountCookieName);
    if (accountToken && accountToken.length <= 100) c.set('account', await publicAccounts.resolveSession(accountToken));
    return next();
  });
  // Deep nesting is refused by one scan of the text, before any parser walks it (issue 16, finding 6).
  app.use('/api/*', refuseDeepJson(ownLimits));
  // NUL and lone surrogates would reach PostgreSQL and come back as a 500: refused here, once, as a 400.
  app.use('/api/*', rejectUnstorableText(ownLimits));

  app.route('/', healthRoutes({ db: deps.db }));
  app.route(
    '/',
    accessRoutes({
      access,
      loginLimiter: deps.loginLimiter ?? limiter(10, 5 * 60_000),
      now,
      secureCookies: deps.settings.secureCookies,
      sessionTtlMinutes: deps.settings.sessionTtlMinutes,
      lists,
    }),
  );
  // The dashboard's work queues (issue 15 §8a): one provider per module that hands out work.
  const workQueues = createWorkQueues();
  workQueues.register(complaintsWorkQueue({ db: deps.db, clock, timeZone: bureau.timeZone }));
  workQueues.register(mediationWorkQueue({ db: deps.db, clock, timeZone: bureau.timeZone }));
  app.route('/', workQueueRoutes({ queues: workQueues }));
  app.route('/', auditRoutes({ audit, lists }));
  app.route('/', jobsRoutes({ jobs }));
  app.route('/', referenceDataRoutes({ referenceData: deps.referenceData }));
  app.route('/', peopleRoutes({ people, lists, referenceData: deps.referenceData, searchLimiter: limiter(60, 5 * 60_000), now }));
  app.route('/', employersRoutes({ employers, lists, referenceData: deps.referenceData }));
  app.route(
    '/',
    complaintsRoutes({
      complaints,
      referenceData: deps.referenceData,
      letterhead: deps.referenceData.city.bureau,
      limiters: deps.complaintLimiters ?? {
        filing: limiter(10, 15 * 60_000),
        lookup: limiter(30, 5 * 60_000),
      },
      now,
      bodyLimitBytes: deps.settings.bodyLimitBytes,
      lists,
    }),
  );
  app.route('/', notificationsRoutes({ notifications }));
  app.route('/', translationsRoutes({ translations, lists }));
  app.route('/', contentReviewRoutes({ db: deps.db, clock, lists }));
  app.route('/', calculatorsRoutes({ clock, rates }));
  app.route('/', ratesRoutes({ rates }));
  app.route(
    '/',
    violationsRoutes({
      violations,
      now,
      // Whole-result downloads are heavier than a page: a few a minute per address is plenty for people.
      downloadLimiter: limiter(20, 60_000),
      lists,
      ...(deps.violationsInlineImportRows !== undefined ? { inlineImportRows: deps.violationsInlineImportRows } : {}),
    }),
  );
  app.route('/', heatRoutes({ heat, referenceData: deps.referenceData, lists }));
  app.route(
    '/',
    usageRoutes({
      usage,
      now,
      // A person reading pages and using calculators sends a few events a minute; an office behind one
      // address sends more. 240 a minute per IP stops floods without touching real use.
      limiter: deps.usageLimiter ?? limiter(240, 60_000),
    }),
  );
  app.route(
    '/',
    contentRoutes({
      content,
      clock,
      bureauName: bureauNames,
      lists,
      publicOrigin: deps.publicOrigin,
    }),
  );
  app.route(
    '/',
    mediationRoutes({
      mediation,
      letterhead: deps.referenceData.city.bureau,
      limiter: deps.mediationLimiter ?? limiter(10, 15 * 60_000),
      now,
      lists,
    }),
  );
  app.route('/', mediationReminderRoutes({ mediation }));
  app.route('/', quotaRoutes({ quota, lists }));
  app.route('/', quotaImportRoutes({ headcounts: createHeadcountImport({ db: deps.db, clock, employers }), lists }));
  app.route('/', unionReportsRoutes({ reports: unionReports, lists }));
  app.route('/', unionsRoutes({ unions, lists }));
  const programsSelf = createProgramsSelfService({ db: deps.db, programs, notices: programNotices, timeZone: bureau.timeZone, translations });
  app.route('/', programsRoutes({ programs, laborUniversity, lists, self: programsSelf, sessions: createCourseSessions({ db: deps.db, clock }), letterhead: bureau }));
  app.route('/', programsMeRoutes({ self: programsSelf, laborUniversity, letterhead: bureau }));
  // Payment batches, the bank file and recoveries (ADR 0039).
  app.route(
    '/',
    programPaymentsRoutes({
      payments: createProgramPaymentsService({ db: deps.db, clock, timeZone: bureau.timeZone }),
      recoveries: createProgramRecoveries({ db: deps.db, clock, referenceData: deps.referenceData, recipientOf: (id) => programNotices.recipientOf(id), notifications }),
      lists,
    }),
  );
  // Vocational training (ADR 0041): its applicants are the employment module's job seekers, read through it.
  const training = createVocationalTrainingService({
    db: deps.db,
    clock,
    timeZone: bureau.timeZone,
    seekers: {
      jobSeeker: async (id) => {
        const row = await employment.jobSeekers.load(deps.db, id).catch((error: unknown) => {
          if ((error as { code?: string }).code === 'NOT_FOUND') return undefined;
          throw error;
        });
        return row && { id: row.id, personId: row.person_id, unitKind: row.unit_kind === 'city' ? 'city' : 'station', stationCode: row.unit_code };
      },
      jobSeekerOfPerson: async (personId) => employment.jobSeekers.ofPerson(personId),
      maskedNames: async (ids) => new Map([...(await people.summaries(ids))].map(([id, person]) => [id, person.name])),
      spellsOfPerson: (personId) => employment.employmentSpellsOfPerson(personId),
    },
  });
  app.route('/', vocationalTrainingRoutes({ training }));
  app.route('/', startupsRoutes({
    starYouth: createStarYouthService({ db: deps.db, clock, referenceData: deps.referenceData }),
    startupLoans: createStartupLoansService({ db: deps.db, clock, timeZone: deps.referenceData.city.bureau.timeZone }),
    lists,
  }));
  app.route('/', massLayoffsRoutes({ massLayoffs, lists }));

  app.route('/', indicatorsRoutes({ indicators, letterhead: bureau, timeZone: bureau.timeZone, clock }));
  app.route('/', migrantWorkers.routes());
  // Issue 10 §4: the consultation centre's lines and hours for the public foreign workers page.
  const centreLanguages = deps.referenceData.city.migrantWorkerCentre.languages;
  app.route('/', centreContactsRoutes({ centre: createCentreContactsService({ db: deps.db, clock, languages: centreLanguages }) }));

  app.route(
    '/',
    publicAccountsRoutes({
      accounts: publicAccounts,
      employerAccounts,
      oidc,
      privacy: accountPrivacy,
      signInLimiter: deps.accountSignInLimiter ?? limiter(10, 5 * 60_000),
      // Sign-up, verification and reset: a person needs a few; a script hunting addresses needs many.
      mailLimiter: deps.accountMailLimiter ?? limiter(20, 15 * 60_000),
      now,
      secureCookies: deps.settings.secureCookies,
      sessionTtlMinutes: deps.settings.sessionTtlMinutes,
    }),
  );

  app.route('/', employmentRoutes({ employment, lists }));
  app.route('/', employmentPublicRoutes({ employment, now, answerLimiter: limiter(30, 5 * 60_000) }));
  app.route('/', casesRoutes({ cases, lists }));
  app.route('/', employmentMeRoutes({ self: employment.self }));
  app.route('/', employmentEmployerRoutes({ employment, now, answerLimiter: limiter(30, 5 * 60_000) }));
  app.route('/', youthRoutes({ youth, lists }));
  app.route('/', youthPublicRoutes({ youth, now, limiter: limiter(30, 5 * 60_000) }));
  app.route('/', jobFairsRoutes({ jobFairs, lists }));
  app.route(
    '/',
    jobFairsPublicRoutes({ jobFairs, publicOrigin: deps.publicOrigin, calendarName: deps.referenceData.city.bureau.name, now, limiter: limiter(30, 5 * 60_000) }),
  );
  app.route('/', safetyRoutes({ safety, lists, letterhead: bureau, referenceData: deps.referenceData }));
  app.route('/', safetyPublicRoutes({ safety, referenceData: deps.referenceData, limiter: limiter(60, 5 * 60_000), now }));
  app.route(
    '/',
    careerRecordRoutes({ record: careerRecord, shares: careerShares, lists, letterhead: bureau, timeZone: bureau.timeZone, clock, limiter: limiter(30, 5 * 60_000), now }),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'accountSession', {
    type: 'apiKey',
    in: 'cookie',
    name: accountCookieName,
    description: 'Citizen or employer account, set by POST /api/v1/account/sign-in. State-changing requests also need the X-CSRF-Token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffSession', {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName,
    description: 'Set by POST /api/v1/auth/login. State-changing requests also need the X-CSRF-Token header.',
  });
  routePolicies.set(policyKey('get', '/api/v1/openapi.json'), publicAccess);
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Labor Affairs Platform API',
      version: '1.0.0',
      description:
        'Public services and back office of a city labor bureau. Errors are application/problem+json (RFC 9457) with a stable `code` and a message in the language chosen by `?lang=`, the `lang` cookie or Accept-Language.',
    },
  });
  mountApiDocs(app);

  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND');
  });

  // After the API: the web app's catch-all serves every other path.
  if (deps.webRoot) mountWebApp(app, { webRoot: deps.webRoot, city: deps.referenceData.city, logger: deps.logger });


  handleErrors(app, { logger: deps.logger, bodyLimitBytes: deps.settings.bodyLimitBytes });

  /** Declares the app's job workers on the started jobs service (notification delivery). */
  const startWorkers = async (options: { pollingIntervalSeconds?: number; retryDelaySeconds?: number } = {}) => {
    if (!jobs.started) throw new Error('startWorkers: start the jobs service first');
    await notifications.startWorkers(jobs, options);
    await scheduleIndicatorSnapshots({ jobs, indicators, clock, timeZone: bureau.timeZone, logger: deps.logger });
    await employment.referrals.startWorkers(jobs);
    await youth.startWorkers(jobs);
    await migrantWorkers.startWorkers(jobs, deps.logger);
    await scheduleProgramEscalation({ jobs, programs, logger: deps.logger });
    await scheduleElectionReminders({ jobs, reports: unionReports, logger: deps.logger });
    await mediation.startWorkers(jobs);
    // Last: the hand-overs of translations finished while no jobs ran go to the modules declared above.
    await translations.startWorkers(jobs, deps.logger);
  };
  return Object.assign(app, { startWorkers });
}

export type App = ReturnType<typeof createApp>;
