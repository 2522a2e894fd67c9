/**
 * @module rate-limit
 * Fixed-window rate limits whose counters every server instance shares (ADR 0015): in PostgreSQL (the
 * `rate_limit_windows` table, on PGlite too) or, when REDIS_URL is set, in Redis. A limit counts the
 * same whichever instance a request reaches. Keys are hashed before they are stored: no client
 * address is kept.
 */
import type { MiddlewareHandler } from 'hono';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';

export type RateLimiter = {
  /** Counts one hit for `key`; resolves to the seconds to wait when over the limit, else 0. */
  hit(key: string, now: number): Promise<number>;
};

/** Where the counters live: one increment per hit, atomic, answering the count and when the window ends. */
export type RateLimitStore = {
  increment(keyHash: string, windowMs: number, now: number): Promise<{ hits: number; endsAt: number }>;
};

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 40);

export function createRateLimiter(options: { limit: number; windowMs: number; store: RateLimitStore }): RateLimiter {
  return {
    async hit(key, now) {
      const { hits, endsAt } = await options.store.increment(hashKey(key), options.windowMs, now);
      if (hits <= options.limit) return 0;
      return Math.max(1, Math.ceil((endsAt - now) / 1000));
    },
  };
}

/**
 * Counters in the database: one upsert per hit, which starts a new window when the stored one has
 * ended. Row locking makes concurrent hits from several instances count one by one.
 */
export function databaseRateLimitStore(db: Db): RateLimitStore & { deleteEnded(now: Date): Promise<number> } {
  return {
    async increment(keyHash, windowMs, now) {
      const { rows } = await db.query<{ hits: number; window_ends_at: Date }>(
        `INSERT INTO rate_limit_windows AS w (key_hash, window_started_at, window_ends_at, hits)
         VALUES ($1, $2, $3, 1)
         ON CONFLICT (key_hash) DO UPDATE SET
           hits = CASE WHEN w.window_ends_at <= $2 THEN 1 ELSE w.hits + 1 END,
           window_started_at = CASE WHEN w.window_ends_at <= $2 THEN $2 ELSE w.window_started_at END,
           window_ends_at = CASE WHEN w.window_ends_at <= $2 THEN $3 ELSE w.window_ends_at END
         RETURNING hits, window_ends_at`,
        [keyHash, new Date(now), new Date(now + windowMs)],
      );
      const row = rows[0]!;
      return { hits: Number(row.hits), endsAt: new Date(row.window_ends_at).getTime() };
    },
    async deleteEnded(now) {
      return (await db.query('DELETE FROM rate_limit_windows WHERE window_ends_at <= $1', [now])).rowCount;
    },
  };
}

/**
 * Counters in Redis (SET NX with the window's expiry, then INCR, in one MULTI). Redis keeps its own
 * time for the window. When Redis does not answer, the hit is counted in `fallback` (the database), so
 * an outage neither opens the limits nor locks everyone out.
 */
export function redisRateLimitStore(redis: Redis, fallback: RateLimitStore, logger: Logger): RateLimitStore {
  let failing = false;
  return {
    async increment(keyHash, windowMs, now) {
      const key = `lap:rate:${keyHash}`;
      try {
        const replies = await redis.multi().set(key, 0, 'PX', windowMs, 'NX').incr(key).pttl(key).exec();
        if (!replies || replies.some(([error]) => error)) throw replies?.find(([error]) => error)?.[0] ?? new Error('MULTI aborted');
        const hits = Number(replies[1]![1]);
        const ttl = Number(replies[2]![1]);
        if (failing) logger.info('Redis answers again: rate limits counted in Redis');
        failing = false;
        return { hits, endsAt: now + (ttl > 0 ? ttl : windowMs) };
      } catch (error) {
        if (!failing) logger.warn({ err: { message: (error as Error).message } }, 'Redis unavailable: rate limits counted in the database');
        failing = true;
        return fallback.increment(keyHash, windowMs, now);
      }
    },
  };
}

export function rateLimit(limiter: RateLimiter, now: () => number, scope: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = await limiter.hit(`${scope}:${c.get('clientIp')}`, now());
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', { params: { seconds: wait }, headers: { 'retry-after': String(wait) } });
    }
    return next();
  };
}

/**
 * The same limit counted per signed-in staff member rather than per address: for staff reads that could be
 * repeated to unmask data (people search, issue 16 finding 4). Put it after the route's access check.
 */
export async function hitStaffLimit(limiter: RateLimiter, now: number, scope: string, staffId: string): Promise<void> {
  const wait = await limiter.hit(`${scope}:staff:${staffId}`, now);
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', { params: { seconds: wait }, headers: { 'retry-after': String(wait) } });
  }
}
