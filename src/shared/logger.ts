import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths that may hold personal data or secrets. Request logs carry only method, path (without the
 * query string), status and timing, so these are a second line of defence for anything logged by hand.
 */
export const redactedPaths = [
  'password',
  '*.password',
  'idNumber',
  '*.idNumber',
  'phone',
  '*.phone',
  'email',
  '*.email',
  'name',
  '*.name',
  'secret',
  '*.secret',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'headers["x-complaint-secret"]',
  '*.headers.cookie',
  '*.headers.authorization',
  '*.headers["x-csrf-token"]',
  '*.headers["x-complaint-secret"]',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** What a request's code logs through (`c.get('log')`): the levels it uses, bound to the request. */
export type RequestLog = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * A logger bound to `bindings` that makes pino's child only when something is logged through it. Most
 * requests log only their one request line, which request-context.ts writes with the same fields itself:
 * a child per request (its bindings serialised and redacted) was a few per cent of a small request's cost.
 */
export function lazyChild(logger: Logger, bindings: Record<string, unknown>): RequestLog {
  let child: Logger | undefined;
  const bound = () => (child ??= logger.child(bindings));
  const level =
    (name: keyof RequestLog) =>
    (...args: unknown[]) =>
      (bound()[name] as (...a: unknown[]) => void)(...args);
  return { debug: level('debug'), info: level('info'), warn: level('warn'), error: level('error') } as RequestLog;
}
