import type { Context } from 'hono';
import { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import type { AppEnv } from './app-env.ts';

const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  'zh-TW': z.locales.zhTW,
  en: z.locales.en,
  id: z.locales.id,
  vi: z.locales.vi,
  th: z.locales.th,
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns zod issues into problem+json field issues worded in the caller's language. Our own messages
 * are i18n keys (`validation.*`); zod's built-in ones are re-worded with zod's catalog for the locale,
 * given the offending value again so that "received …" names its real type.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], locale: Locale, input?: unknown): FieldIssue[] {
  const localeError = zodLocales[locale]().localeError;
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(root)';
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(issue)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      if (typeof value === 'bigint') params[key] = Number(value);
    }
    let message: string;
    if (issue.message.startsWith('validation.')) {
      message = translate(locale, issue.message, params);
    } else {
      const raw = { ...issue, input: valueAt(input, issue.path) } as unknown as Parameters<typeof localeError>[0];
      const localized = localeError(raw);
      message = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    }
    return { field, code: issue.code, message };
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
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', { fieldIssues: toFieldIssues(result.error.issues, locale, value) });
  }
  return result.data;
}
