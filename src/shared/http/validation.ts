import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import type { AppEnv } from './app-env.ts';
import { issueMessage } from './validation-messages.ts';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns zod issues into problem+json field issues worded in the caller's language, always from our own
 * catalog (`issueMessage`): a person reads "at least 3 characters", never zod's wording of the check.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], locale: Locale, input?: unknown): FieldIssue[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(root)';
    const { key, params } = issueMessage(issue, valueAt(input, issue.path));
    return { field, code: issue.code, message: translate(locale, key, params) };
  });
}

/** The `defaultHook` of every OpenAPI route: a failed parse becomes a 400 problem naming each field. */
export async function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target?: string },
  c: Context<AppEnv>,
): Promise<void> {
  if (result.success) return;
  let input: unknown;
  try {
    if (result.target === 'json') input = await c.req.json();
    else if (result.target === 'query') input = c.req.query();
    else if (result.target === 'param') input = c.req.param();
  } catch {
    input = undefined;
  }
  throw new AppError('VALIDATION_FAILED', { fieldIssues: toFieldIssues(result.error.issues, c.get('locale'), input) });
}

/** Parses a value with a schema outside the router (CLI, imports), throwing the same 400. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, locale: Locale): T {
  assertStorableText(value);
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', { fieldIssues: toFieldIssues(result.error.issues, locale, value) });
  }
  return result.data;
}

/**
 * Text PostgreSQL cannot store: a NUL character (refused in `text`, and `\u0000` in `jsonb`) or a lone
 * UTF-16 surrogate (refused as a `jsonb` escape, mangled elsewhere). Returns the path of the first
 * string (or object key) holding one, or undefined when all text is storable.
 */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') || !value.isWellFormed() ? path : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || !key.isWellFormed()) return [...path, key];
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Throws 400 VALIDATION_FAILED naming the field when `value` holds text PostgreSQL cannot store. */
export function assertStorableText(value: unknown, prefix: string[] = []): void {
  const found = findUnstorableText(value, prefix);
  if (found) {
    throw new AppError('VALIDATION_FAILED', {
      fieldIssues: [{ field: found.join('.') || '(root)', code: 'invalid_characters', message: 'validation.invalid_characters' }],
    });
  }
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses, with a 400 problem, any API request whose path, query or JSON body carries text PostgreSQL
 * cannot store (NUL, lone surrogates): otherwise it reaches SQL and comes back as a 500. Bodies of
 * `ownBodyPaths` (routes that set their own size limit, which must run before anything reads the body)
 * and multipart bodies are checked where they are parsed (`parseOrThrow`).
 */
export const rejectUnstorableText = (ownBodyPaths: ReadonlySet<string>): MiddlewareHandler<AppEnv> => async (c, next) => {
  let path = c.req.path;
  // Only an escape can hide a NUL or a lone surrogate in a path or a query (a raw one never reaches here:
  // Node's parser refuses control characters in the request line), so most requests skip the decoding.
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      // Not UTF-8 once decoded: the router treats it as an unknown path.
    }
  }
  if (path.includes('\u0000')) assertStorableText(path, ['(path)']);
  const url = c.req.url;
  const queryAt = url.indexOf('?');
  if (queryAt !== -1 && queryAt < url.length - 1) {
    for (const [key, value] of new URLSearchParams(url.slice(queryAt + 1))) assertStorableText({ [key]: value }, ['query']);
  }
  const contentType = (c.req.header('content-type') ?? '').toLowerCase();
  if (!ownBodyPaths.has(c.req.path) && bodyMethods.has(c.req.method) && /^application\/([\w.+-]*\+)?json/.test(contentType)) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined; // malformed JSON is answered by the route's own validator
    }
    assertStorableText(body);
  }
  return next();
};
