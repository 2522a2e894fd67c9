import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createTestDb } from '../../../test/create-test-db.ts';
import type { Db } from '../../db/client.ts';
import { createLogger } from '../logger.ts';
import { createRateLimiter, databaseRateLimitStore, redisRateLimitStore, type RateLimitStore } from './rate-limit.ts';

const t0 = Date.parse('2026-03-02T02:00:00Z');

describe('rate limits in the database (shared by every instance)', () => {
  let db: Db;
  before(async () => {
    db = await createTestDb();
  });
  after(() => db.close());

  it('counts a fixed window per key, answers the wait, and opens a new window when it ends', async () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, store: databaseRateLimitStore(db) });
    for (let i = 0; i < 3; i += 1) assert.equal(await limiter.hit('login:198.51.100.7', t0 + i * 1000), 0);
    assert.equal(await limiter.hit('login:198.51.100.7', t0 + 10_000), 50, 'blocked until the window ends');
    assert.equal(await limiter.hit('login:203.0.113.9', t0 + 10_000), 0, 'another address has its own count');
    assert.equal(await limiter.hit('login:198.51.100.7', t0 + 60_000), 0, 'a new window');
    const { rows } = await db.query<{ key_hash: string }>('SELECT key_hash FROM rate_limit_windows');
    assert.equal(rows.length, 2);
    assert.doesNotMatch(JSON.stringify(rows), /198\.51|login/, 'no address is stored');
  });

  it('counts every one of many concurrent hits (two limiters over one table, as two instances)', async () => {
    const store = databaseRateLimitStore(db);
    const a = createRateLimiter({ limit: 50, windowMs: 60_000, store });
    const b = createRateLimiter({ limit: 50, windowMs: 60_000, store: databaseRateLimitStore(db) });
    const waits = await Promise.all(Array.from({ length: 80 }, (_, i) => (i % 2 ? a : b).hit('usage:192.0.2.1', t0)));
    assert.equal(waits.filter((wait) => wait === 0).length, 50);
  });

  it('deletes ended windows (nightly housekeeping)', async () => {
    const store = databaseRateLimitStore(db);
    const removed = await store.deleteEnded(new Date(t0 + 2 * 60 * 60_000));
    assert.ok(removed >= 2);
    assert.equal((await db.query('SELECT 1 FROM rate_limit_windows')).rowCount, 0);
  });
});

async function redisOrSkip(): Promise<Redis | undefined> {
  const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 500, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    redis.disconnect();
    return undefined;
  }
}

describe('rate limits in Redis (REDIS_URL)', async () => {
  const redis = await redisOrSkip();
  const skip = redis ? false : 'Redis does not answer at 127.0.0.1:6379: the Redis store is not tested here';
  let db: Db;
  before(async () => {
    db = await createTestDb();
  });
  after(async () => {
    redis?.disconnect();
    await db.close();
  });

  it('counts in Redis and blocks over the limit', { skip }, async () => {
    const store = redisRateLimitStore(redis!, databaseRateLimitStore(db), createLogger('silent'));
    const scope = `test-${process.pid}-${Date.now()}`;
    const limiter = createRateLimiter({ limit: 2, windowMs: 30_000, store });
    const other = createRateLimiter({ limit: 2, windowMs: 30_000, store });
    assert.equal(await limiter.hit(`${scope}:198.51.100.7`, t0), 0);
    assert.equal(await other.hit(`${scope}:198.51.100.7`, t0), 0);
    const wait = await limiter.hit(`${scope}:198.51.100.7`, t0);
    assert.ok(wait > 0 && wait <= 30, `wait ${wait}`);
    assert.equal((await db.query('SELECT 1 FROM rate_limit_windows')).rowCount, 0, 'nothing counted in the database');
  });

  it('counts in the database while Redis does not answer', async () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    down.on('error', () => undefined);
    const fallback: RateLimitStore = databaseRateLimitStore(db);
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, store: redisRateLimitStore(down, fallback, createLogger('silent')) });
    assert.equal(await limiter.hit('login:198.51.100.8', t0), 0);
    assert.equal(await limiter.hit('login:198.51.100.8', t0), 60);
    assert.equal((await db.query('SELECT 1 FROM rate_limit_windows')).rowCount, 1);
    down.disconnect();
  });
});
