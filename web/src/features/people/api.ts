import type { z } from 'zod';
import type { createPersonRequest, personRecord, personSummary } from '../../../../src/modules/people/people.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type PersonSummary = z.infer<typeof personSummary>;
export type PersonRecord = z.infer<typeof personRecord>;
export type CreatePerson = z.input<typeof createPersonRequest>;
/** The server's page size for people and employer lists. */
export const listPageSize = 20;

// A POST, as the server wants: names and ID numbers stay out of URLs and logs.
export function searchPeople(q: string, page: number, csrfToken: string, signal: AbortSignal) {
  return apiRequest<{ total: number; items: PersonSummary[] }>('/api/v1/staff/people/search', {
    method: 'POST',
    body: { q, page },
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
