import type { z } from 'zod';
import type {
  accessLogEntry,
  caseloadResult,
  caseRecord,
  caseSummary,
  createCaseRequest,
  incomingTransfer,
  managerOption,
} from '../../../../src/modules/cases/cases.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseRecord = z.infer<typeof caseRecord>;
export type CreateCase = z.input<typeof createCaseRequest>;
export type AccessLogEntry = z.infer<typeof accessLogEntry>;
export type Caseload = z.infer<typeof caseloadResult>;
export type IncomingTransfer = z.infer<typeof incomingTransfer>;
export type ManagerOption = z.infer<typeof managerOption>;

const base = '/api/v1/staff/cases';
export const getCase = (id: string, signal: AbortSignal) => apiRequest<CaseRecord>(`${base}/${id}`, { signal });
export const createCase = (body: CreateCase, csrfToken: string) => apiRequest<{ id: string }>(base, { method: 'POST', body, csrfToken });
/** A step on a case: `POST /cases/{id}{path}` with a body. */
export const caseStep = <T = unknown>(id: string, path: string, body: unknown, csrfToken: string) =>
  apiRequest<T>(`${base}/${id}${path}`, { method: 'POST', body, csrfToken });
export const getAccessLog = (id: string, signal: AbortSignal) =>
  apiRequest<{ total: number; items: AccessLogEntry[] }>(`${base}/${id}/access-log?pageSize=100`, { signal });
export const getCaseload = (by: 'manager' | 'station', scope: 'home' | 'city', signal: AbortSignal) =>
  apiRequest<Caseload>(`${base}/caseload?by=${by}&scope=${scope}`, { signal });
export const getManagers = (signal: AbortSignal) => apiRequest<{ items: ManagerOption[] }>('/api/v1/staff/case-managers', { signal });
export const getIncoming = (signal: AbortSignal) => apiRequest<{ items: IncomingTransfer[] }>('/api/v1/staff/case-transfers/incoming', { signal });
export const answerTransfer = (id: string, body: { accept: boolean; reason?: string }, csrfToken: string) =>
  apiRequest<{ caseId: string; status: string }>(`/api/v1/staff/case-transfers/${id}/answer`, { method: 'POST', body, csrfToken });
/** Published vacancies to refer to (the employment module's staff list; case managers hold employment.read). */
export const getOpenVacancies = (signal: AbortSignal) =>
  apiRequest<{ items: { id: string; title: string; employerName: string }[] }>('/api/v1/staff/vacancies?status=published&pageSize=100', { signal });
