/**
 * @module config
 * Reads the environment once at start-up. Every variable is validated here, and a bad one stops the
 * process with a message that names it (see `.env.example` for the documented list).
 */
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configShape = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  // A read replica for the public search and the indicator reads (issue 16 §3); with DATABASE_URL only.
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO_DATA: booleanFlag.optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('demo1234'),
  CITY: z.string().regex(/^[a-z-]+$/, 'must name a file in config/cities').default('taichung'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(480),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  // A hop count (the proxies in front of the app), or true (one) / false (none).
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  TRUST_PROXY: z.union([booleanFlag.transform((on) => (on ? 1 : 0)), z.coerce.number().int().min(0).max(10)]).default(0),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must start with redis:// or rediss://')
    .optional(),
  CWA_API_KEY: z.string().regex(/^[A-Za-z0-9-]{8,100}$/, 'must be a CWA open-data key such as CWA-XXXXXXXX-…').optional(),
  CWA_FETCH_INTERVAL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be smtp://[user:pass@]host[:port] or smtps://…').optional(),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>\r\n]*<)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$/, 'must be an address, or a name and <address>')
    .optional(),
  SMS_DRIVER: z.enum(['log', 'twilio']).default('log'),
  SMS_GATEWAY_URL: z.url({ protocol: /^https?$/ }).default('https://api.twilio.com'),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio account SID (AC + 32 hex digits)').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
  SMS_FROM: z.string().regex(/^(\+\d{6,15}|[A-Za-z0-9 ]{1,11})$/, 'must be an E.164 number or an 11-character sender id').optional(),
  /** Public accounts: the web app's address, for the links in verification and reset mails. */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The national identity service (OpenID Connect): all four, or none. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  OIDC_CLIENT_SECRET: z.string().min(8).optional(),
  OIDC_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_SCOPE: z.string().regex(/^openid( [\w.:-]+)*$/, 'must start with openid').default('openid profile email'),
  OIDC_ID_NUMBER_CLAIM: z.string().regex(/^[\w.:-]{1,100}$/).optional(),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  /**
   * Load demo data into a fresh database. Unset: yes on the embedded database, no on a PostgreSQL
   * server. Never in production.
   */
  demoData: boolean | undefined;
  demoPassword: string;
  city: string;
  logLevel: string;
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  /** Sign-in attempts allowed per client address in 5 minutes. */
  loginRateLimit: number;
  bodyLimitBytes: number;
  /** The public site's origin, for links the server builds (the Atom feed); unset: the request's own. */
  publicOrigin: string | undefined;
  /** Proxies trusted in front of the app: the client address is that many X-Forwarded-For entries from the right. */
  trustProxy: number;
  /** Redis for rate-limit counters shared by several instances; without it they are in the database. */
  redisUrl: string | undefined;
  /** Central Weather Administration open-data key; without it heat data is offline (recorded or staff readings). */
  cwaApiKey: string | undefined;
  cwaFetchIntervalMinutes: number;
  /** Outgoing e-mail; without it e-mail is only logged (development) or refused and retried (production). */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** `log`: SMS is logged with the number masked (development); `twilio`: sent through the gateway. */
  sms:
    | { driver: 'log' }
    | { driver: 'twilio'; gatewayUrl: string; accountSid: string; authToken: string; from: string };
  /** Public accounts: links in mails point here (PUBLIC_BASE_URL; default http://HOST:PORT). */
  publicBaseUrl: string;
  /** The national identity service (OpenID Connect) for citizen sign-in; undefined when not configured. */
  oidc: { issuer: string; clientId: string; clientSecret: string; redirectUri: string; scope: string; idNumberClaim: string | undefined } | undefined;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty string in a .env file means "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configShape.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  const isProduction = value.NODE_ENV === 'production';
  if (isProduction && value.DEMO_DATA === true) {
    throw new ConfigError('Invalid environment variables:\n  DEMO_DATA: demo data is never loaded when NODE_ENV=production');
  }
  const missing = (names: string[], why: string) =>
    new ConfigError(`Invalid environment variables:\n${names.map((name) => `  ${name}: required ${why}`).join('\n')}`);
  if (value.SMTP_URL && !value.MAIL_FROM) throw missing(['MAIL_FROM'], 'when SMTP_URL is set');
  if (value.DATABASE_READ_URL && !value.DATABASE_URL) throw missing(['DATABASE_URL'], 'when DATABASE_READ_URL is set (the embedded engine has no replicas)');
  const oidcNames = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;
  const oidcGiven = oidcNames.filter((name) => value[name] !== undefined);
  if (oidcGiven.length > 0 && oidcGiven.length < oidcNames.length) {
    throw missing(oidcNames.filter((name) => value[name] === undefined), 'when any OIDC_ variable is set');
  }
  let sms: Config['sms'] = { driver: 'log' };
  if (value.SMS_DRIVER === 'twilio') {
    const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, SMS_FROM: from } = value;
    if (!accountSid || !authToken || !from) {
      const names = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'SMS_FROM'].filter((name) => !value[name as keyof typeof value]);
      throw missing(names, 'when SMS_DRIVER=twilio');
    }
    sms = { driver: 'twilio', gatewayUrl: value.SMS_GATEWAY_URL, accountSid, authToken, from };
  }
  return {
    nodeEnv: value.NODE_ENV,
    host: value.HOST,
    port: value.PORT,
    dataDir: value.DATA_DIR,
    databaseUrl: value.DATABASE_URL,
    databaseReadUrl: value.DATABASE_READ_URL,
    demoData: isProduction ? false : value.DEMO_DATA,
    demoPassword: value.DEMO_PASSWORD,
    city: value.CITY,
    logLevel: value.LOG_LEVEL,
    sessionTtlMinutes: value.SESSION_TTL_MINUTES,
    loginMaxFailures: value.LOGIN_MAX_FAILURES,
    loginLockoutMinutes: value.LOGIN_LOCKOUT_MINUTES,
    loginRateLimit: value.LOGIN_RATE_LIMIT,
    bodyLimitBytes: value.BODY_LIMIT_BYTES,
    publicOrigin: value.PUBLIC_ORIGIN,
    trustProxy: value.TRUST_PROXY,
    redisUrl: value.REDIS_URL,
    cwaApiKey: value.CWA_API_KEY,
    cwaFetchIntervalMinutes: value.CWA_FETCH_INTERVAL_MINUTES,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    sms,
    oidc:
      value.OIDC_ISSUER && value.OIDC_CLIENT_ID && value.OIDC_CLIENT_SECRET && value.OIDC_REDIRECT_URI
        ? {
            issuer: value.OIDC_ISSUER,
            clientId: value.OIDC_CLIENT_ID,
            clientSecret: value.OIDC_CLIENT_SECRET,
            redirectUri: value.OIDC_REDIRECT_URI,
            scope: value.OIDC_SCOPE,
            idNumberClaim: value.OIDC_ID_NUMBER_CLAIM,
          }
        : undefined,
    publicBaseUrl: value.PUBLIC_BASE_URL ?? `http://${value.HOST === '0.0.0.0' ? 'localhost' : value.HOST}:${value.PORT}`,
  };
}
