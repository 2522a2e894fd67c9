import type { z } from 'zod';
import type { course, courseDetail, indicator7 } from '../../../../src/modules/programs/labor-university.contract.ts';
import type { applicationDetail, applicationRequest, applicationSummary, decisionRequest, programVersions, staffProgram } from '../../../../src/modules/programs/programs.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type ApplicationSummary = z.infer<typeof applicationSummary>;
export type ApplicationDetail = z.infer<typeof applicationDetail>;
export type StaffProgram = z.infer<typeof staffProgram>;
export type ApplicationRequest = z.input<typeof applicationRequest>;
export type DecisionRequest = z.infer<typeof decisionRequest>;

/** GET with program, status, sort, page, pageSize and format (the list kit builds the query). */
export const applicationsEndpoint = '/api/v1/staff/applications';

export const listPrograms = (signal?: AbortSignal) => apiRequest<StaffProgram[]>('/api/v1/staff/programs', signal ? { signal } : {});
export const getApplication = (id: string, signal?: AbortSignal) =>
  apiRequest<ApplicationDetail>(`/api/v1/staff/applications/${encodeURIComponent(id)}`, signal ? { signal } : {});
export const fileApplication = (code: string, body: ApplicationRequest, csrfToken: string) =>
  apiRequest<{ id: string }>(`/api/v1/programs/${encodeURIComponent(code)}/applications`, { method: 'POST', body, csrfToken });
export const decideApplication = (id: string, body: DecisionRequest, csrfToken: string) =>
  apiRequest<{ id: string; status: string }>(`/api/v1/staff/applications/${encodeURIComponent(id)}/decision`, { method: 'POST', body, csrfToken });
export const preparePayment = (id: string, csrfToken: string) =>
  apiRequest<{ id: string }>(`/api/v1/staff/applications/${encodeURIComponent(id)}/payment`, { method: 'POST', csrfToken });
export const approvePayment = (paymentId: string, csrfToken: string) =>
  apiRequest<{ id: string }>(`/api/v1/staff/payments/${encodeURIComponent(paymentId)}/approve`, { method: 'POST', csrfToken });
export const documentHref = (id: string, documentId: string) =>
  `/api/v1/staff/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`;
export const staffNoticeHref = (id: string) => `/api/v1/staff/applications/${encodeURIComponent(id)}/notice.pdf`;
export type ProgramVersions = z.infer<typeof programVersions>;
export const getVersions = (code: string, signal?: AbortSignal) =>
  apiRequest<ProgramVersions>(`/api/v1/staff/programs/${encodeURIComponent(code)}/versions`, signal ? { signal } : {});
export type Course = z.infer<typeof course>;
export type Indicator7 = z.infer<typeof indicator7>;
export const listStaffCourses = (year: number, signal?: AbortSignal) =>
  apiRequest<Course[]>(`/api/v1/staff/labor-university/courses?year=${year}`, signal ? { signal } : {});
export const getIndicator7 = (year: number, signal?: AbortSignal) =>
  apiRequest<Indicator7>(`/api/v1/staff/labor-university/indicator-7?year=${year}`, signal ? { signal } : {});
export type CourseDetail = z.infer<typeof courseDetail>;
export const getCourse = (id: string, signal?: AbortSignal) =>
  apiRequest<CourseDetail>(`/api/v1/staff/labor-university/courses/${encodeURIComponent(id)}`, signal ? { signal } : {});
export const addSession = (courseId: string, body: { startsAt: string; endsAt: string; location?: string }, csrfToken: string) =>
  apiRequest<{ id: string }>(`/api/v1/staff/labor-university/courses/${encodeURIComponent(courseId)}/sessions`, { method: 'POST', body, csrfToken });
export const takeAttendance = (sessionId: string, present: string[], csrfToken: string) =>
  apiRequest<{ present: number; absent: number }>(`/api/v1/staff/labor-university/sessions/${encodeURIComponent(sessionId)}/attendance`, { method: 'PUT', body: { present }, csrfToken });
