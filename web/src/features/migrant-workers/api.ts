import type { z } from 'zod';
import type {
  importResult,
  visitCreated,
  visitRequest,
  visitTask,
  workerSummary,
} from '../../../../src/modules/migrant-workers/migrant-workers.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type WorkerSummary = z.infer<typeof workerSummary>;
export type VisitTask = z.infer<typeof visitTask>;
export type VisitRequest = z.input<typeof visitRequest>;
export type VisitCreated = z.infer<typeof visitCreated> & { complaintTrackingCode: string | null };
export type ImportResult = z.infer<typeof importResult>;

export const workersEndpoint = '/api/v1/staff/migrant-workers';
export const tasksEndpoint = '/api/v1/staff/visit-tasks';
export const templateHref = '/api/v1/staff/migrant-workers/import-template';

export const fetchTask = (id: string, signal?: AbortSignal) => apiRequest<VisitTask>(`${tasksEndpoint}/${id}`, signal ? { signal } : {});

export const recordVisit = (id: string, body: VisitRequest, csrfToken: string) =>
  apiRequest<VisitCreated>(`${tasksEndpoint}/${id}/visits`, { method: 'POST', body, csrfToken });

export function uploadWorkers(file: File, csrfToken: string): Promise<ImportResult> {
  const data = new FormData();
  data.append('file', file);
  return apiRequest<ImportResult>(`${workersEndpoint}/imports`, { method: 'POST', body: data, csrfToken });
}
