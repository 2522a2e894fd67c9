import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

export const jobStates = ['created', 'retry', 'active', 'failed', 'completed'] as const;
/** One background job as the jobs API lists it (brief contract 2). */
export type Job = { id: string; name: string; state: (typeof jobStates)[number]; attempts: number; lastError: string | null; runAt: string | null };

const endpoint = '/api/v1/staff/jobs';

function RetryButton({ job, onDone }: { job: Job; onDone: (result: { job: Job; error?: unknown }) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => apiRequest<void>(`${endpoint}/${encodeURIComponent(job.id)}/retry`, { method: 'POST', csrfToken }),
    onSuccess: async () => {
      onDone({ job });
      await queryClient.invalidateQueries({ queryKey: [endpoint] });
    },
    onError: (error) => onDone({ job, error }),
  });
  return (
    <Button variant="secondary" disabled={retry.isPending} onClick={() => retry.mutate()} aria-label={t('jobs.retry_label', { name: job.name })}>
      {t('jobs.retry')}
    </Button>
  );
}

/** Background jobs (admin): what is queued, running and failed, with the last error; a failed job can be retried. */
export function JobsPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [outcome, setOutcome] = useState<{ job: Job; error?: unknown }>();
  const columns: Column<Job>[] = [
    { key: 'name', header: t('jobs.columns.name'), render: (job) => <code>{job.name}</code> },
    { key: 'state', header: t('jobs.columns.state'), render: (job) => t(`jobs.states.${job.state}`) },
    { key: 'attempts', header: t('jobs.columns.attempts'), render: (job) => formatNumber(job.attempts), isNumeric: true },
    { key: 'run-at', header: t('jobs.columns.run_at'), render: (job) => (job.runAt ? formatDateTime(job.runAt) : '') },
    { key: 'error', header: t('jobs.columns.last_error'), render: (job) => (job.lastError ? <span className="small">{job.lastError}</span> : '') },
    {
      key: 'actions',
      header: t('jobs.columns.actions'),
      render: (job) => (job.state === 'failed' ? <RetryButton job={job} onDone={setOutcome} /> : null),
    },
  ];
  return (
    <ListPage
      title={t('jobs.title')}
      lead={t('jobs.lead')}
      endpoint={endpoint}
      filters={[
        {
          name: 'state',
          kind: 'select',
          label: t('jobs.filters.state'),
          options: jobStates.map((state) => ({ value: state, label: t(`jobs.states.${state}`) })),
        },
      ]}
      filterDefaults={{ state: 'failed' }}
      notice={
        outcome ? (
          outcome.error ? (
            <ProblemAlert error={outcome.error} />
          ) : (
            <Alert tone="success">{t('jobs.retried', { name: outcome.job.name })}</Alert>
          )
        ) : null
      }
      columns={columns}
      caption={(total) => t('jobs.caption', { total })}
      empty={t('jobs.empty')}
    />
  );
}
