import type { z } from 'zod';
import type { publicCourse } from '../../../../src/modules/programs/labor-university.contract.ts';
import type { eligibilityResponse, publicProgram } from '../../../../src/modules/programs/programs.contract.ts';
import type { ownApplication } from '../../../../src/modules/programs/programs.me-contract.ts';
import type { ApplicantFacts } from '../../../../src/modules/programs/programs.rules.ts';
import { apiRequest } from '../../app/api-client.ts';

export type PublicProgram = z.infer<typeof publicProgram>;
export type Eligibility = z.infer<typeof eligibilityResponse>;
export type PublicCourse = z.infer<typeof publicCourse>;
export type OwnApplication = z.infer<typeof ownApplication>;

export const laborUniversityCode = 'labor-university-subsidy';

export const listOpenPrograms = (signal: AbortSignal) => apiRequest<PublicProgram[]>('/api/v1/programs', { signal });
export const listCourses = (signal: AbortSignal) => apiRequest<PublicCourse[]>('/api/v1/labor-university/courses', { signal });
export const checkEligibility = (code: string, facts: ApplicantFacts) =>
  apiRequest<Eligibility>(`/api/v1/programs/${encodeURIComponent(code)}/eligibility`, { method: 'POST', body: facts });
export const applyOnline = (code: string, body: { facts: ApplicantFacts; specialGroupConsent: boolean }, csrfToken: string) =>
  apiRequest<{ id: string }>(`/api/v1/programs/${encodeURIComponent(code)}/applications`, { method: 'POST', body, csrfToken });
export const enrolSelf = (body: { courseId: string; specialGroup?: string; specialGroupConsent: boolean }, csrfToken: string) =>
  apiRequest<{ id: string; applicationId: string | null }>('/api/v1/me/labor-university/enrolments', { method: 'POST', body, csrfToken });
export const listMine = (signal: AbortSignal) => apiRequest<{ items: OwnApplication[] }>('/api/v1/me/program-applications', { signal });
export function uploadDocument(id: string, documentCode: string, file: File, csrfToken: string) {
  const form = new FormData();
  form.set('documentCode', documentCode);
  form.set('file', file);
  return apiRequest<{ id: string }>(`/api/v1/me/program-applications/${encodeURIComponent(id)}/documents`, { method: 'POST', body: form, csrfToken });
}
export const noticeHref = (id: string) => `/api/v1/me/program-applications/${encodeURIComponent(id)}/notice.pdf`;
