import type { z } from 'zod';
import type { createPersonRequest, personRecord, personSummary } from '../../../../src/modules/people/people.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type PersonSummary = z.infer<typeof personSummary>;
export type PersonRecord = z.infer<typeof personRecord>;
export type CreatePerson = z.input<typeof createPersonRequest>;
// A POST, as the server wants: names and ID numbers stay out of URLs and logs.
export function searchPeople(params: URLSearchParams, csrfToken: string, signal: AbortSignal) {
  const sort = params.get('sort');
  return apiRequest<{ total: number; items: PersonSummary[] }>('/api/v1/staff/people/search', {
    method: 'POST',
    body: { q: params.get('q') ?? '', page: Number(params.get('page') ?? 1), pageSize: Number(params.get('pageSize') ?? 20), ...(sort ? { sort } : {}) },
    csrfToken,
    signal,
  });
}

export function getPerson(id: string, signal: AbortSignal): Promise<PersonRecord> {
  return apiRequest(`/api/v1/staff/people/${encodeURIComponent(id)}`, { signal });
}

/** Registers a person; the ID number and name travel in the body only, never in the URL. */
export function createPerson(body: CreatePerson, csrfToken: string): Promise<{ id: string }> {
  return apiRequest('/api/v1/staff/people', { method: 'POST', body, csrfToken });
}
