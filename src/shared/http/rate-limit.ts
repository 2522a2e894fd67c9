import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export type RateLimiter = {
  /** Counts one hit for `key`; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now: number): number;
};

/**
 * A fixed-window counter kept in memory. One server process serves the platform; a cluster would need
 * a shared store, which is why the limiter is an injectable dependency of createApp.
 */
export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    hit(key, now) {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.startedAt >= options.windowMs) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || now - current.startedAt >= options.windowMs) {
        windows.set(key, { startedAt: now, count: 1 });
        return 0;
      }
      current.count += 1;
      if (current.count <= options.limit) return 0;
      return Math.max(1, Math.ceil((current.startedAt + options.windowMs - now) / 1000));
    },
  };
}

export function rateLimit(limiter: RateLimiter, now: () => number, scope: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = limiter.hit(`${scope}:${c.get('clientIp')}`, now());
    if (wait > 0) {
      throw new AppError('RATE_LIMITED', { params: { seconds: wait }, headers: { 'retry-after': String(wait) } });
    }
    return next();
  };
}
