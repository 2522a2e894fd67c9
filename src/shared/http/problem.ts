import type { Context } from 'hono';
import { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import type { AppEnv } from './app-env.ts';

/** RFC 9457 problem details, the one error body of the API. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  requestId: string;
  errors?: FieldIssue[];
};

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export function buildProblem(error: AppError, locale: Locale, requestId: string): Problem {
  const params = { ...error.params, requestId };
  const problem: Problem = {
    type: `/api/v1/problems/${error.code}`,
    title: translate(locale, `errors.${error.code}`, params),
    status: error.status,
    code: error.code,
    requestId,
  };
  // Services may raise field issues worded as keys (`validation.district`); word them here like zod's.
  if (error.fieldIssues) {
    problem.errors = error.fieldIssues.map((issue) =>
      issue.message.startsWith('validation.') ? { ...issue, message: translate(locale, issue.message, params) } : issue,
    );
  }
  return problem;
}

export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const problem = buildProblem(error, c.get('locale') ?? 'zh-TW', c.get('requestId') ?? '-');
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  Object.assign(headers, error.headers ?? {});
  return new Response(JSON.stringify(problem), { status: error.status, headers });
}
