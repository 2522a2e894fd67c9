import type { z } from 'zod';
import type {
  amendLogRequest,
  eventDetail,
  eventRequest,
  expert,
  expertRequest,
  guidanceDetail,
  guidanceItem,
  guidanceRequestInput,
  monthlyLogRequest,
  overdueItem,
  ownProjectRequest,
  publicProject,
  publicProjectPage,
  registerProjectRequest,
  safetyEvent,
  safetyFigures,
  staffProject,
  staffProjectDetail,
  visitRequest,
} from '../../../../src/modules/safety/safety.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type StaffProject = z.infer<typeof staffProject>;
export type ProjectDetail = z.infer<typeof staffProjectDetail>;
export type PublicProject = z.infer<typeof publicProject>;
export type PublicProjectPage = z.infer<typeof publicProjectPage>;
export type Expert = z.infer<typeof expert>;
export type GuidanceItem = z.infer<typeof guidanceItem>;
export type GuidanceDetail = z.infer<typeof guidanceDetail>;
export type OverdueItem = z.infer<typeof overdueItem>;
export type SafetyEvent = z.infer<typeof safetyEvent>;
export type EventDetail = z.infer<typeof eventDetail>;
export type SafetyFigures = z.infer<typeof safetyFigures>;

const base = '/api/v1/staff/safety';
const id = (value: string) => encodeURIComponent(value);
export const projectsEndpoint = `${base}/projects`;
export const guidanceEndpoint = `${base}/guidance`;
export const overdueEndpoint = `${base}/improvements/overdue`;
export const eventsEndpoint = `${base}/events`;
export const certificateHref = (projectId: string) => `${projectsEndpoint}/${id(projectId)}/certificate.pdf`;

// Public.
export const openDataCsvHref = '/api/v1/zero-disaster-projects.csv';
export const openDataJsonHref = '/api/v1/zero-disaster-projects.json';
export const searchProjects = (params: URLSearchParams, signal: AbortSignal): Promise<PublicProjectPage> =>
  apiRequest(`/api/v1/zero-disaster-projects?${params.toString()}`, { signal });

// Staff: projects.
export const registerProject = (body: z.input<typeof registerProjectRequest>, csrfToken: string): Promise<{ id: string; projectNumber: string }> =>
  apiRequest(projectsEndpoint, { method: 'POST', body, csrfToken });
export const getProject = (projectId: string, signal: AbortSignal): Promise<ProjectDetail> => apiRequest(`${projectsEndpoint}/${id(projectId)}`, { signal });
export const addLog = (projectId: string, body: z.input<typeof monthlyLogRequest>, csrfToken: string) =>
  apiRequest<{ month: string; version: number }>(`${projectsEndpoint}/${id(projectId)}/logs`, { method: 'POST', body, csrfToken });
export const amendLog = (projectId: string, month: string, body: z.input<typeof amendLogRequest>, csrfToken: string) =>
  apiRequest<{ month: string; version: number }>(`${projectsEndpoint}/${id(projectId)}/logs/${id(month)}`, { method: 'PUT', body, csrfToken });
export const endProject = (projectId: string, endedOn: string, csrfToken: string): Promise<StaffProject> =>
  apiRequest(`${projectsEndpoint}/${id(projectId)}/end`, { method: 'POST', body: { endedOn }, csrfToken });
export const reviewProject = (projectId: string, note: string, csrfToken: string): Promise<StaffProject> =>
  apiRequest(`${projectsEndpoint}/${id(projectId)}/review`, { method: 'POST', body: { note }, csrfToken });

// Staff: guidance and experts.
export const getExperts = (signal: AbortSignal): Promise<{ items: Expert[] }> => apiRequest(`${base}/experts`, { signal });
export const addExpert = (body: z.input<typeof expertRequest>, csrfToken: string): Promise<{ id: string }> => apiRequest(`${base}/experts`, { method: 'POST', body, csrfToken });
export const requestGuidance = (body: z.input<typeof guidanceRequestInput>, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(guidanceEndpoint, { method: 'POST', body, csrfToken });
export const getGuidance = (requestId: string, signal: AbortSignal): Promise<GuidanceDetail> => apiRequest(`${guidanceEndpoint}/${id(requestId)}`, { signal });
export const assignExpert = (requestId: string, expertId: string, csrfToken: string): Promise<GuidanceItem> =>
  apiRequest(`${guidanceEndpoint}/${id(requestId)}/assignment`, { method: 'POST', body: { expertId }, csrfToken });
export const recordVisit = (requestId: string, body: z.input<typeof visitRequest>, csrfToken: string) =>
  apiRequest<{ id: string; kind: string; stillOpen: number }>(`${guidanceEndpoint}/${id(requestId)}/visits`, { method: 'POST', body, csrfToken });

// Staff: events and figures.
export const createEvent = (body: z.input<typeof eventRequest>, csrfToken: string): Promise<{ id: string }> => apiRequest(eventsEndpoint, { method: 'POST', body, csrfToken });
export const getEvent = (eventId: string, signal: AbortSignal): Promise<EventDetail> => apiRequest(`${eventsEndpoint}/${id(eventId)}`, { signal });
export const registerAttendee = (eventId: string, body: { attendeeName: string; organisation: string }, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(`${eventsEndpoint}/${id(eventId)}/registrations`, { method: 'POST', body, csrfToken });
export const markAttended = (eventId: string, registrationId: string, csrfToken: string) =>
  apiRequest<{ attended: boolean }>(`${eventsEndpoint}/${id(eventId)}/registrations/${id(registrationId)}/attendance`, { method: 'POST', csrfToken });
export const getFigures = (year: number, signal: AbortSignal): Promise<SafetyFigures> => apiRequest(`${base}/figures?year=${year}`, { signal });

// The contractor's own employer account.
const me = '/api/v1/me/zero-disaster-projects';
export const getOwnProjects = (signal: AbortSignal): Promise<{ items: StaffProject[] }> => apiRequest(me, { signal });
export const registerOwnProject = (body: z.input<typeof ownProjectRequest>, csrfToken: string): Promise<{ id: string; projectNumber: string }> =>
  apiRequest(me, { method: 'POST', body, csrfToken });
export const addOwnLog = (projectId: string, body: z.input<typeof monthlyLogRequest>, csrfToken: string) =>
  apiRequest<{ month: string; version: number }>(`${me}/${id(projectId)}/logs`, { method: 'POST', body, csrfToken });
