import type { z } from 'zod';
import type { publicVacancy, publicVacancyPage } from '../../../../src/modules/employment/employment.contract.ts';
import type {
  selfApplication,
  selfProfile,
  selfProfileRequest,
  selfReferral,
} from '../../../../src/modules/employment/employment.self-service.contract.ts';
import { ApiError, apiRequest } from '../../app/api-client.ts';

export type PublicVacancy = z.infer<typeof publicVacancy>;
export type VacancyPage = z.infer<typeof publicVacancyPage>;
export type OwnProfile = z.infer<typeof selfProfile>;
export type OwnProfileUpdate = z.input<typeof selfProfileRequest>;
export type OwnApplication = z.infer<typeof selfApplication>;
export type OwnReferral = z.infer<typeof selfReferral>;

export function searchVacancies(params: URLSearchParams, signal: AbortSignal): Promise<VacancyPage> {
  return apiRequest(`/api/v1/vacancies?${params.toString()}`, { signal });
}

/** Null until the citizen registers as a job seeker (the API's 404). */
export async function getOwnProfile(signal: AbortSignal): Promise<OwnProfile | null> {
  try {
    return await apiRequest<OwnProfile>('/api/v1/me/job-seeker', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const saveOwnProfile = (body: OwnProfileUpdate, csrfToken: string) =>
  apiRequest<{ id: string }>('/api/v1/me/job-seeker', { method: 'PUT', body, csrfToken });
export const applyTo = (vacancyId: string, csrfToken: string) =>
  apiRequest<OwnApplication>('/api/v1/me/applications', { method: 'POST', body: { vacancyId }, csrfToken });

async function orEmpty<T>(load: Promise<{ items: T[] }>): Promise<{ items: T[] }> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { items: [] };
    throw error;
  }
}
export const getOwnApplications = (signal: AbortSignal) => orEmpty(apiRequest<{ items: OwnApplication[] }>('/api/v1/me/applications', { signal }));
export const getOwnReferrals = (signal: AbortSignal) => orEmpty(apiRequest<{ items: OwnReferral[] }>('/api/v1/me/referrals', { signal }));
