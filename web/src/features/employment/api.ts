import type { z } from 'zod';
import type { createdVacancy, createVacancyRequest, screeningHit, vacancyRecord } from '../../../../src/modules/employment/employment.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type Vacancy = z.infer<typeof vacancyRecord>;
export type ScreeningHit = z.infer<typeof screeningHit>;
export type CreateVacancy = z.input<typeof createVacancyRequest>;
/** A code of 職業標準分類; nameEn only for the ten major groups. */
export type Occupation = { code: string; name: string; nameEn: string | null; level: 'major' | 'sub-major' | 'minor' | 'unit'; parent: string | null };

export const vacanciesEndpoint = '/api/v1/staff/vacancies';

export function getVacancy(id: string, signal: AbortSignal): Promise<Vacancy> {
  return apiRequest(`${vacanciesEndpoint}/${encodeURIComponent(id)}`, { signal });
}

export function createVacancy(body: CreateVacancy, csrfToken: string): Promise<z.infer<typeof createdVacancy>> {
  return apiRequest(vacanciesEndpoint, { method: 'POST', body, csrfToken });
}

export function publishVacancy(id: string, overrideReason: string | undefined, csrfToken: string): Promise<Vacancy> {
  return apiRequest(`${vacanciesEndpoint}/${encodeURIComponent(id)}/publish`, {
    method: 'POST',
    body: overrideReason ? { overrideReason } : {},
    csrfToken,
  });
}

export function getOccupations(signal: AbortSignal): Promise<{ items: Occupation[] }> {
  return apiRequest('/api/v1/occupations', { signal });
}

export function getEmployerChoices(signal: AbortSignal): Promise<{ items: { id: string; name: string }[] }> {
  return apiRequest('/api/v1/staff/employers?pageSize=100', { signal });
}
