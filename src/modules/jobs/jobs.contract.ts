import { z } from '@hono/zod-openapi';
import { jobStates } from '../../shared/jobs/jobs.service.ts';

export const jobState = z.enum(jobStates).openapi('JobState');

export const listJobsQuery = z.object({
  state: jobState.optional().openapi({ description: 'Only jobs in this state; all states when absent' }),
});

export const jobSummary = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'heat.refresh' }),
    state: jobState,
    attempts: z.number().int().openapi({ description: 'Tries so far; 0 while waiting for the first' }),
    lastError: z.string().nullable().openapi({ description: 'Message of the last failed try, when it failed' }),
    runAt: z.iso.datetime().openapi({ description: 'When it runs (queued), or ran last' }),
  })
  .openapi('JobSummary');

export const jobIdParams = z.object({ id: z.uuid() });
