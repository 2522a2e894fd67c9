import { ApiError } from '../app/api-client.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Alert } from './alert.tsx';

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
 * a 5xx answer shows only a generic message and the request id to quote, never server details.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error === undefined || error === null) return null;
  if (error instanceof ApiError && error.status === 0) {
    return <Alert tone="error">{t('common.errors.network')}</Alert>;
  }
  if (error instanceof ApiError && error.status < 500 && error.problem) {
    const issues = error.problem.errors ?? [];
    return (
      <Alert tone="error" title={error.problem.title}>
        {issues.length ? (
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.field}:${issue.code}`}>{issue.message}</li>
            ))}
          </ul>
        ) : null}
      </Alert>
    );
  }
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Alert tone="error" title={t('common.errors.server_title')}>
      <p>{requestId ? t('common.errors.server_with_id', { requestId }) : t('common.errors.server')}</p>
    </Alert>
  );
}
