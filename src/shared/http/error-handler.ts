/**
 * The answer to anything thrown: our own errors as problem+json in the request's language, Hono's 4xx
 * (a body over the limit, malformed JSON) as ours, anything else a logged 500 that says nothing of it.
 */
import type { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';
import { loggableError } from './loggable-error.ts';
import { problemResponse } from './problem.ts';

export function handleErrors(app: Hono<AppEnv>, { logger, bodyLimitBytes }: { logger: Logger; bodyLimitBytes: number }): void {
  app.notFound(() => {
    throw new AppError('NOT_FOUND');
  });
  app.onError((error, c) => {
    if (error instanceof AppError) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : error.status === 400 ? 'MALFORMED_JSON' : 'NOT_FOUND';
      return problemResponse(c, new AppError(code, { params: { limit: bodyLimitBytes } }));
    }
    (c.get('log') ?? logger).error({ err: loggableError(error) }, 'unexpected error');
    return problemResponse(c, new AppError('INTERNAL'));
  });
}
