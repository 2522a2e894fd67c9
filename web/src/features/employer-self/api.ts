import type { z } from 'zod';
import type { createdVacancy, createVacancyRequest, vacancyRecord } from '../../../../src/modules/employment/employment.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type OwnVacancy = z.infer<typeof vacancyRecord>;
export type OwnVacancyRequest = Omit<z.input<typeof createVacancyRequest>, 'employerId'>;
export type EmployerReferral = { id: string; vacancyTitle: string; status: string; referredAt: string; startOn: string | null };

const base = '/api/v1/me/employer';
export const getOwnVacancies = (signal: AbortSignal) => apiRequest<{ items: OwnVacancy[] }>(`${base}/vacancies`, { signal });
export const postVacancy = (body: OwnVacancyRequest, csrfToken: string) =>
  apiRequest<z.infer<typeof createdVacancy>>(`${base}/vacancies`, { method: 'POST', body, csrfToken });
export const renewVacancy = (id: string, expiresOn: string, csrfToken: string) =>
  apiRequest<OwnVacancy>(`${base}/vacancies/${encodeURIComponent(id)}/renew`, { method: 'POST', body: { expiresOn }, csrfToken });
export const closeVacancy = (id: string, reason: 'filled' | 'withdrawn', csrfToken: string) =>
  apiRequest<OwnVacancy>(`${base}/vacancies/${encodeURIComponent(id)}/close`, { method: 'POST', body: { reason }, csrfToken });
export const getEmployerReferrals = (signal: AbortSignal) => apiRequest<{ items: EmployerReferral[] }>(`${base}/referrals`, { signal });
export const answerByCard = (body: Record<string, unknown>, csrfToken: string) =>
  apiRequest<{ id: string; status: string }>(`${base}/referral-answers`, { method: 'POST', body, csrfToken });
