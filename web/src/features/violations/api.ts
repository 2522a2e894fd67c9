import type { z } from 'zod';
import type {
  decisionRecord,
  employerViolations,
  importResult,
  importStarted,
  importSummary,
  inspectionInput,
  inspectionRecord,
  violationItem,
  violationPage,
  violationVersions,
  withdrawalInput,
} from '../../../../src/modules/violations/violations.contract.ts';
import { ApiError, apiRequest, type Problem } from '../../app/api-client.ts';

export { laws } from '../../../../src/modules/violations/violations.laws.ts';

export type Violation = z.infer<typeof violationItem>;
export type ViolationPage = z.infer<typeof violationPage>;
export type EmployerViolations = z.infer<typeof employerViolations>;
export type ImportResult = z.infer<typeof importResult>;
export type ImportSummary = z.infer<typeof importSummary>;
export type ImportStarted = z.infer<typeof importStarted>;
export type Inspection = z.infer<typeof inspectionRecord>;
export type InspectionInput = z.input<typeof inspectionInput>;
export type Decision = z.infer<typeof decisionRecord>;
export type DecisionVersions = z.infer<typeof violationVersions>;

export const getDecisionVersions = (id: string, signal: AbortSignal) =>
  apiRequest<DecisionVersions>(`/api/v1/staff/violations/${encodeURIComponent(id)}/versions`, { signal });
export const withdrawDecision = (id: string, body: z.infer<typeof withdrawalInput>, csrfToken: string) =>
  apiRequest(`/api/v1/staff/violations/${encodeURIComponent(id)}/withdrawal`, { method: 'POST', body, csrfToken });

export type ViolationFilters = { q: string; law: string; article: string; from: string; to: string };
export const emptyFilters: ViolationFilters = { q: '', law: '', article: '', from: '', to: '' };
export const violationsPageSize = 20;

/** The filters as a query string: the same one the page's address, the API and the downloads use. */
export function filterQuery(filters: ViolationFilters, page?: number): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['q', 'law', 'article', 'from', 'to'] as const) {
    const value = filters[key].trim();
    if (value) query.set(key, value);
  }
  if (page && page > 1) query.set('page', String(page));
  return query;
}

export function filtersFrom(search: URLSearchParams): ViolationFilters {
  return {
    q: search.get('q') ?? '',
    law: search.get('law') ?? '',
    article: search.get('article') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

export function searchViolations(filters: ViolationFilters, page: number, signal: AbortSignal): Promise<ViolationPage> {
  const query = filterQuery(filters, page);
  query.set('pageSize', String(violationsPageSize));
  return apiRequest(`/api/v1/violations?${query}`, { signal });
}

export const downloadHref = (filters: ViolationFilters, format: 'csv' | 'json') => {
  const query = filterQuery(filters);
  return `/api/v1/violations.${format}${query.size ? `?${query}` : ''}`;
};

export const employerHref = (key: string) => `/violations/employers/${encodeURIComponent(key)}`;

export const getEmployer = (key: string, signal: AbortSignal): Promise<EmployerViolations> =>
  apiRequest(`/api/v1/violations/employers/${encodeURIComponent(key)}`, { signal });

// ---- Staff ----

/** Multipart, so the file travels as it is (Big5 files too); the server reads its encoding. */
export async function uploadViolations(file: File, csrfToken: string): Promise<{ done: ImportResult } | { started: ImportStarted }> {
  const data = new FormData();
  data.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/v1/violations/imports', {
      method: 'POST',
      body: data,
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, undefined, { cause: error });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = typeof body === 'object' && body !== null && 'code' in body ? (body as Problem) : undefined;
    throw new ApiError(response.status, problem);
  }
  // 202: a large file goes on in the background; the history shows its progress.
  return response.status === 202 ? { started: body as ImportStarted } : { done: body as ImportResult };
}

/** The import history, a staff list (the list kit adds sort, page and format). */
export const importsEndpoint = '/api/v1/staff/violations/imports';

export const getInspection = (id: string, signal: AbortSignal): Promise<Inspection> =>
  apiRequest(`/api/v1/staff/violations/inspections/${encodeURIComponent(id)}`, { signal });

export const createInspection = (body: InspectionInput, csrfToken: string): Promise<Inspection> =>
  apiRequest('/api/v1/staff/violations/inspections', { method: 'POST', body, csrfToken });

export const updateInspection = (id: number, body: InspectionInput, csrfToken: string): Promise<Inspection> =>
  apiRequest(`/api/v1/staff/violations/inspections/${id}`, { method: 'PUT', body, csrfToken });

export const publishInspection = (id: number, csrfToken: string): Promise<Inspection> =>
  apiRequest(`/api/v1/staff/violations/inspections/${id}/publish`, { method: 'POST', body: {}, csrfToken });
