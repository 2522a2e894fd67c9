import type { z } from 'zod';
import type {
  checkedIn,
  createFairRequest,
  fairReport,
  myRegistration,
  outcomeRequest,
  publicFair,
  publicFairDetail,
  registered,
  staffFair,
  staffFairDetail,
} from '../../../../src/modules/job-fairs/job-fairs.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type PublicFair = z.infer<typeof publicFair>;
export type PublicFairDetail = z.infer<typeof publicFairDetail>;
export type StaffFair = z.infer<typeof staffFair>;
export type StaffFairDetail = z.infer<typeof staffFairDetail>;
export type FairReport = z.infer<typeof fairReport>;
export type Registered = z.infer<typeof registered>;
export type MyRegistration = z.infer<typeof myRegistration>;
export type CheckedIn = z.infer<typeof checkedIn>;

export const fairsEndpoint = '/api/v1/staff/job-fairs';
const id = (value: string) => encodeURIComponent(value);

// Public and the citizen's own.
export const icsFeedHref = '/api/v1/job-fairs.ics';
export const icsHref = (fairId: string) => `/api/v1/job-fairs/${id(fairId)}.ics`;
export const getCalendar = (signal: AbortSignal): Promise<{ items: PublicFair[] }> => apiRequest('/api/v1/job-fairs', { signal });
export const getPublicFair = (fairId: string, signal: AbortSignal): Promise<PublicFairDetail> => apiRequest(`/api/v1/job-fairs/${id(fairId)}`, { signal });
export const preRegister = (fairId: string, name: string, csrfToken: string): Promise<Registered> =>
  apiRequest(`/api/v1/me/job-fairs/${id(fairId)}/registrations`, { method: 'POST', body: { name }, csrfToken });
export const getMyRegistrations = (signal: AbortSignal): Promise<{ items: MyRegistration[] }> => apiRequest('/api/v1/me/job-fairs', { signal });

// Staff.
export const createFair = (body: z.input<typeof createFairRequest>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(fairsEndpoint, { method: 'POST', body, csrfToken });
export const getFair = (fairId: string, signal: AbortSignal): Promise<StaffFairDetail> => apiRequest(`${fairsEndpoint}/${id(fairId)}`, { signal });
export const updateFair = (fairId: string, body: z.input<typeof createFairRequest>, csrfToken: string): Promise<StaffFair> =>
  apiRequest(`${fairsEndpoint}/${id(fairId)}`, { method: 'PUT', body, csrfToken });
export const cancelFair = (fairId: string, reason: string, csrfToken: string): Promise<StaffFair> =>
  apiRequest(`${fairsEndpoint}/${id(fairId)}/cancel`, { method: 'POST', body: { reason }, csrfToken });
export const publishFair = (fairId: string, csrfToken: string): Promise<StaffFair> => apiRequest(`${fairsEndpoint}/${id(fairId)}/publish`, { method: 'POST', csrfToken });
export const decideSignUp = (fairId: string, employerId: string, decision: 'approved' | 'rejected', csrfToken: string) =>
  apiRequest<{ status: string }>(`${fairsEndpoint}/${id(fairId)}/employers/${id(employerId)}/decision`, { method: 'POST', body: { decision }, csrfToken });
export const checkIn = (fairId: string, code: string, csrfToken: string): Promise<CheckedIn> =>
  apiRequest(`${fairsEndpoint}/${id(fairId)}/check-ins`, { method: 'POST', body: { code }, csrfToken });
export const registerAtDoor = (fairId: string, name: string, csrfToken: string): Promise<Registered> =>
  apiRequest(`${fairsEndpoint}/${id(fairId)}/registrations`, { method: 'POST', body: { name }, csrfToken });
export const recordOutcome = (fairId: string, body: z.input<typeof outcomeRequest>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(`${fairsEndpoint}/${id(fairId)}/outcomes`, { method: 'POST', body, csrfToken });
