import { ApiError } from '../app/api-client.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { useEffect, useRef } from 'react';
import { Alert } from './alert.tsx';
import { ErrorSummary } from './error-summary.tsx';

/** Field messages from a 400 answer, keyed by field path (`roles`, `password`), for the form fields. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {};
  const byField: Record<string, string> = {};
  for (const issue of error.problem.errors) {
    const field = issue.field.split('.')[0] ?? issue.field;
    byField[field] ??= issue.message;
  }
  return byField;
}

/**
 * Shows what went wrong. A 4xx answer is already worded for the user in their language by the server;
 * a 5xx answer shows only a generic message and the request id to quote, never server details. A 400 with
 * field errors is the GOV.UK error summary: every field named and linked, and focus on the summary.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  const summaryRef = useRef<HTMLDivElement>(null);
  const issues = error instanceof ApiError && error.status < 500 ? (error.problem?.errors ?? []) : [];
  useEffect(() => {
    if (issues.length) summaryRef.current?.focus();
  }, [error]);
  if (error === undefined || error === null) return null;
  if (issues.length) {
    const seen = new Set<string>();
    const items = issues.filter((issue) => !seen.has(issue.field) && seen.add(issue.field)).map((issue) => ({ path: issue.field, message: issue.message }));
    return <ErrorSummary items={items} summaryRef={summaryRef} />;
  }
  if (error instanceof ApiError && error.status === 0) {
    return <Alert tone="error">{t('common.errors.network')}</Alert>;
  }
  if (error instanceof ApiError && error.status < 500 && error.problem) {
    return <Alert tone="error" title={error.problem.title} />;
  }
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Alert tone="error" title={t('common.errors.server_title')}>
      <p>{requestId ? t('common.errors.server_with_id', { requestId }) : t('common.errors.server')}</p>
    </Alert>
  );
}
