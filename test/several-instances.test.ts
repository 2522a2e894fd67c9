/**
 * Two real server processes (`src/server.ts`) on one PostgreSQL database, over real HTTP (ADR 0015):
 * a session opened on one is honoured by the other, a logout on one ends it on both, and a login rate
 * limit counts across both, in the database and, when Redis answers, in Redis.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createAccessService } from '../src/modules/access/access.service.ts';
import { createReferenceData, loadCityConfig } from '../src/modules/reference-data/reference-data.ts';
import type { Db } from '../src/db/client.ts';
import { createTestDb } from './create-test-db.ts';
import { startServer, stopServer, type ServerProcess } from './server-process.ts';

const databaseUrl = process.env.DATABASE_URL;
const skip = databaseUrl ? false : 'needs a PostgreSQL server: set DATABASE_URL (the embedded engine is one process, ADR 0004)';
const password = 'correct horse battery';
const loginLimit = 4;

type Instance = ServerProcess;

/** Every process this file started, stopped in `after` even when a start failed half-way. */
const spawned: Instance[] = [];

async function startInstance(url: string, extra: Record<string, string> = {}): Promise<Instance> {
  // None of the caller's CWA key or Redis URL: only what startServer passes and this.
  const instance = await startServer(
    {
      DATABASE_URL: url,
      DEMO_DATA: 'false',
      SESSION_TTL_MINUTES: '60',
      LOGIN_RATE_LIMIT: String(loginLimit),
      // Behind a reverse proxy: the client address is the one it forwards.
      TRUST_PROXY: 'true',
      ...extra,
    },
    15_000,
  );
  spawned.push(instance);
  return instance;
}

const stopInstance = (instance: Instance | undefined) => stopServer(instance);

const clientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function login(instance: Instance, username: string, secret: string, from: string) {
  const response = await fetch(`${instance.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ username, password: secret }),
  });
  const body = (await response.json()) as { csrfToken?: string; code?: string };
  return { status: response.status, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', body };
}

async function me(instance: Instance, cookie: string) {
  return (await fetch(`${instance.url}/api/v1/auth/me`, { headers: { cookie } })).status;
}

/** Alternates failed sign-ins between the instances; answers the statuses in order. */
async function failedLogins(instances: Instance[], count: number, from: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let n = 0; n < count; n += 1) statuses.push((await login(instances[n % 2]!, 'nobody-here', 'wrong password', from)).status);
  return statuses;
}

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 500, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

describe('two server instances on one PostgreSQL', { skip }, () => {
  let db: Db;
  let url: string;
  let instances: Instance[] = [];
  before(async () => {
    db = await createTestDb();
    const { rows } = await db.query<{ name: string }>('SELECT current_database() AS name');
    const parsed = new URL(databaseUrl!);
    parsed.pathname = `/${rows[0]!.name}`;
    url = parsed.toString();
    const access = createAccessService({
      db,
      clock: () => new Date(),
      settings: { sessionTtlMinutes: 60, loginMaxFailures: 5, loginLockoutMinutes: 15 },
      referenceData: createReferenceData(loadCityConfig('taichung')),
    });
    await access.createAccount(
      null,
      { username: 'officer', displayName: 'officer', password, roles: ['admin'], homeUnit: { kind: 'city', code: null } },
      { requestId: 'test' },
    );
    // Started together, as a deployment would: migrations, the content seed and pg-boss's install
    // are serialised by advisory locks, so one does the work and the other finds it done.
    instances = await Promise.all([startInstance(url), startInstance(url)]);
  });
  after(async () => {
    await Promise.all(spawned.map(stopInstance));
    await db?.close();
  });

  it('honours on one instance a session opened on the other, and a logout on either ends it on both', async () => {
    const [a, b] = instances as [Instance, Instance];
    const from = clientAddress();
    const signedIn = await login(a, 'officer', password, from);
    assert.equal(signedIn.status, 200);
    assert.equal(await me(a, signedIn.cookie), 200);
    assert.equal(await me(b, signedIn.cookie), 200, 'the session opened on A is honoured by B');

    // The CSRF token issued by A is checked by B (both read it from staff_sessions).
    const refused = await fetch(`${b.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: signedIn.cookie, 'x-csrf-token': 'forged' } });
    assert.equal(refused.status, 403);
    const logout = await fetch(`${b.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie: signedIn.cookie, 'x-csrf-token': signedIn.body.csrfToken ?? '' },
    });
    assert.equal(logout.status, 204);
    assert.equal(await me(b, signedIn.cookie), 401);
    assert.equal(await me(a, signedIn.cookie), 401, 'the logout on B ended the session on A');
  });

  it('counts a login rate limit across both instances (database counters)', async () => {
    const statuses = await failedLogins(instances, loginLimit + 2, clientAddress());
    assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429], `${loginLimit} attempts in all, whichever instance`);
  });

  it('counts a login rate limit across both instances with REDIS_URL', async (t) => {
    if (!(await redisAnswers())) {
      t.skip('Redis does not answer at 127.0.0.1:6379: the Redis case is not tested here');
      return;
    }
    await Promise.all(instances.map(stopInstance));
    const redisUrl = { REDIS_URL: 'redis://127.0.0.1:6379' };
    instances = await Promise.all([startInstance(url, redisUrl), startInstance(url, redisUrl)]);
    const before = (await db.query('SELECT 1 FROM rate_limit_windows')).rowCount;
    const statuses = await failedLogins(instances, loginLimit + 2, clientAddress());
    assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
    assert.equal((await db.query('SELECT 1 FROM rate_limit_windows')).rowCount, before, 'counted in Redis, not in the database');
  });
});
