import type { z } from '@hono/zod-openapi';
import { problemSchema } from './problem.ts';

/** A required JSON body: without `required`, a request with another content type would skip validation. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid input: problem+json naming each bad field',
  401: 'Not signed in, or wrong credentials',
  403: 'The role may not do this, or the CSRF token is missing',
  404: 'Not found',
  409: 'Conflict with existing data',
  413: 'Body too large',
  422: 'The export is longer than the format allows (XLSX and ODS); CSV has no cap',
  423: 'Account locked after repeated failures',
  429: 'Rate limited',
  503: 'Database not ready',
};

export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: problemDescriptions[status] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  );
}
