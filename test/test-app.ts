/**
 * The app as a test sees it: built by createApp over a fresh migrated database, called in-process,
 * with a fixed clock. Staff members are created through the real access service.
 */
import { createApp } from '../src/app.ts';
import type { Db } from '../src/db/client.ts';
import { createAccessService } from '../src/modules/access/access.service.ts';
import type { HomeUnit } from '../src/modules/access/access.contract.ts';
import { hasPermission, type StaffRole } from '../src/modules/access/permissions.ts';
import { createReferenceData, loadCityConfig } from '../src/modules/reference-data/reference-data.ts';
import { createRateLimiter, databaseRateLimitStore } from '../src/shared/http/rate-limit.ts';
import { createJobsService, type JobsService } from '../src/shared/jobs/jobs.service.ts';
import { createLogger } from '../src/shared/logger.ts';
import type { NotificationChannel } from '../src/modules/notifications/notifications.channels.ts';
import { createLogEmailChannel, createLogSmsChannel } from '../src/modules/notifications/notifications.channels.ts';
import type { OidcSettings } from '../src/modules/public-accounts/public-accounts.oidc.ts';
import { createTestDb } from './create-test-db.ts';

export const testPassword = 'correct horse battery';

const cityWide: HomeUnit = { kind: 'city', code: null };
const cityHallStation: HomeUnit = { kind: 'station', code: 'city-hall' };

export type Session = { cookie: string; csrfToken: string; username: string };

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

export async function createTestContext(
  options: {
    now?: Date;
    loginLimit?: number;
    complaintLimit?: number;
    /**
     * Start the durable jobs (pg-boss) and the app's workers (polling every 0.5 s, retries after 1 s) for
     * this file; off by default, as it costs a schema per database.
     */
    jobs?: boolean;
    notificationChannels?: Partial<{ email: NotificationChannel; sms: NotificationChannel }>;
    /** The national identity service for public accounts (test/oidc-test-provider.ts). */
    oidc?: OidcSettings;
    /** Proxies trusted in front of the app (TRUST_PROXY): requests then name their address in X-Forwarded-For. */
    trustProxy?: number;
    /** The app-wide body limit (BODY_LIMIT_BYTES); 64 KB unless a test needs the production default. */
    bodyLimitBytes?: number;
    violationsInlineImportRows?: number;
    /** PUBLIC_ORIGIN, for the links the server builds. */
    publicOrigin?: string;
    /** A second database as the read replica (DATABASE_READ_URL). */
    readDb?: Db;
    /** A built web app's folder to serve (web/dist in production). */
    webRoot?: string;
    /** A migrated database to use instead of this file's clone (the benches: PGlite on its thread, as `npm start` opens it). */
    db?: Db;
  } = {},
) {
  const db: Db = options.db ?? (await createTestDb());
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const referenceData = createReferenceData(loadCityConfig('taichung'));
  let jobs: JobsService | undefined;
  if (options.jobs) {
    jobs = createJobsService({ db, logger, timeZone: referenceData.city.bureau.timeZone });
    await jobs.start();
  }
  let current = options.now ?? new Date('2026-03-02T02:00:00Z');
  const clock = () => current;
  const settings = {
    sessionTtlMinutes: 60,
    loginMaxFailures: 5,
    loginLockoutMinutes: 15,
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
    secureCookies: false,
    trustProxy: options.trustProxy ?? 0,
  };
  const app = createApp({
    db,
    logger,
    notificationChannels: {
      email: options.notificationChannels?.email ?? createLogEmailChannel(logger),
      sms: options.notificationChannels?.sms ?? createLogSmsChannel(logger),
    },
    referenceData,
    clock,
    settings,
    publicOrigin: options.publicOrigin,
    ...(options.violationsInlineImportRows !== undefined ? { violationsInlineImportRows: options.violationsInlineImportRows } : {}),
    ...(options.readDb ? { readDb: options.readDb } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(jobs ? { jobs } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
    // The database store, as in production: counters in rate_limit_windows, by the test's clock.
    loginLimiter: createRateLimiter({ limit: options.loginLimit ?? 1000, windowMs: 60_000, store: databaseRateLimitStore(db) }),
    accountSignInLimiter: createRateLimiter({ limit: options.loginLimit ?? 1000, windowMs: 60_000, store: databaseRateLimitStore(db) }),
    accountMailLimiter: createRateLimiter({ limit: options.loginLimit ?? 1000, windowMs: 60_000, store: databaseRateLimitStore(db) }),
    complaintLimiters: {
      filing: createRateLimiter({ limit: options.complaintLimit ?? 1000, windowMs: 60_000, store: databaseRateLimitStore(db) }),
      lookup: createRateLimiter({ limit: options.complaintLimit ?? 1000, windowMs: 60_000, store: databaseRateLimitStore(db) }),
    },
    mediationLimiter: createRateLimiter({ limit: options.complaintLimit ?? 1000, windowMs: 60_000, store: databaseRateLimitStore(db) }),
  });
  const access = createAccessService({ db, clock, settings, referenceData });
  if (jobs) await app.startWorkers({ pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 });

  async function request(
    path: string,
    init: { method?: string; body?: unknown; session?: Session; headers?: Record<string, string>; rawBody?: string } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    if (init.session) {
      headers.cookie = init.session.cookie;
      headers['x-csrf-token'] ??= init.session.csrfToken;
    }
    const response = await app.request(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  }

  /**
   * Without a home unit, city-wide roles (scope.city) get the whole city and the others one station
   * (市府 city-hall), so that accounts made alike share a unit; scope tests name their units.
   */
  async function createStaff(username: string, roles: StaffRole[], homeUnit?: HomeUnit) {
    const unit = homeUnit ?? (hasPermission(roles, 'scope.city') ? cityWide : cityHallStation);
    return access.createAccount(
      null,
      { username, displayName: username, password: testPassword, roles, homeUnit: unit },
      { requestId: 'test' },
    );
  }

  async function login(username: string, password = testPassword): Promise<Session> {
    const response = await request('/api/v1/auth/login', { method: 'POST', body: { username, password } });
    if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${response.text}`);
    const setCookie = response.headers.get('set-cookie') ?? '';
    return { cookie: setCookie.split(';')[0] ?? '', csrfToken: response.json.csrfToken, username };
  }

  /** Creates a staff member with the roles and signs them in. */
  async function signIn(username: string, roles: StaffRole[], homeUnit?: HomeUnit): Promise<Session> {
    await createStaff(username, roles, homeUnit);
    return login(username);
  }

  return {
    app,
    db,
    jobs,
    referenceData,
    request,
    createStaff,
    login,
    signIn,
    setNow: (value: Date) => {
      current = value;
    },
    close: async () => {
      await jobs?.stop({ timeoutMs: 2000 });
      await db.close();
    },
  };
}
