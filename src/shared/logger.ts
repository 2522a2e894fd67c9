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
