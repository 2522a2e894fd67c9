import type { z } from 'zod';
import type {
  createJobSeekerRequest,
  jobSeekerMatches,
  jobSeekerRecord,
  jobSeekerSummary,
  referralAnswerView,
  referralOutcomeRequest,
  referralRecord,
} from '../../../../src/modules/employment/employment.contract.ts';
import type { selfApplication } from '../../../../src/modules/employment/employment.self-service.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type JobSeekerSummary = z.infer<typeof jobSeekerSummary>;
export type JobSeekerRecord = z.infer<typeof jobSeekerRecord>;
export type JobSeekerMatches = z.infer<typeof jobSeekerMatches>;
export type Referral = z.infer<typeof referralRecord>;
export type ReferralOutcome = z.input<typeof referralOutcomeRequest>;
export type Application = z.infer<typeof selfApplication>;
export type AnswerView = z.infer<typeof referralAnswerView>;
export type CreateJobSeeker = z.input<typeof createJobSeekerRequest>;

export const jobSeekersEndpoint = '/api/v1/staff/job-seekers';
const seeker = (id: string) => `${jobSeekersEndpoint}/${encodeURIComponent(id)}`;
const referral = (id: string) => `/api/v1/staff/referrals/${encodeURIComponent(id)}`;

/** The audited full view: fetched only when the officer presses "show". */
export const getJobSeeker = (id: string, signal: AbortSignal) => apiRequest<JobSeekerRecord>(seeker(id), { signal });
export const getMatches = (id: string, signal: AbortSignal) => apiRequest<JobSeekerMatches>(`${seeker(id)}/matches`, { signal });
export const getSeekerReferrals = (id: string, signal: AbortSignal) => apiRequest<{ items: Referral[] }>(`${seeker(id)}/referrals`, { signal });
export const getSeekerApplications = (id: string, signal: AbortSignal) => apiRequest<{ items: Application[] }>(`${seeker(id)}/applications`, { signal });
export const createJobSeeker = (body: CreateJobSeeker, csrfToken: string) => apiRequest<{ id: string }>(jobSeekersEndpoint, { method: 'POST', body, csrfToken });

/** Finds a person by the whole ID number (a POST: the number stays out of URLs and logs). */
export const findPeople = (idNumber: string, csrfToken: string) =>
  apiRequest<{ items: { id: string }[] }>('/api/v1/staff/people/search', { method: 'POST', body: { q: idNumber }, csrfToken });
export const createPerson = (body: { idNumber: string; name: string; districtCode?: string; phone?: string }, csrfToken: string) =>
  apiRequest<{ id: string }>('/api/v1/staff/people', { method: 'POST', body, csrfToken });

export const createReferral = (jobSeekerId: string, vacancyId: string, csrfToken: string) =>
  apiRequest<{ id: string; cardNumber: string }>('/api/v1/staff/referrals', { method: 'POST', body: { jobSeekerId, vacancyId }, csrfToken });
export const getReferral = (id: string, signal: AbortSignal) => apiRequest<Referral>(referral(id), { signal });
export const progressReferral = (id: string, status: 'contacted' | 'interviewed', csrfToken: string) =>
  apiRequest<Referral>(`${referral(id)}/progress`, { method: 'POST', body: { status }, csrfToken });
export const recordOutcome = (id: string, body: ReferralOutcome, csrfToken: string) =>
  apiRequest<Referral>(`${referral(id)}/outcome`, { method: 'POST', body, csrfToken });
export const checkFollowup = (id: string, months: 1 | 3, stillEmployed: boolean, csrfToken: string) =>
  apiRequest<Referral>(`${referral(id)}/followups/${months}`, { method: 'POST', body: { stillEmployed }, csrfToken });
/** Printing makes a fresh answer link; the previous card's QR code stops working. */
export const printCard = (id: string, csrfToken: string) =>
  apiRequest<{ referral: Referral; answerPath: string; qrSvg: string }>(`${referral(id)}/card`, { method: 'POST', csrfToken });

export const getAnswer = (token: string, signal: AbortSignal) => apiRequest<AnswerView>(`/api/v1/referral-answers/${encodeURIComponent(token)}`, { signal });
export const postAnswer = (token: string, body: Record<string, unknown>) =>
  apiRequest<AnswerView>(`/api/v1/referral-answers/${encodeURIComponent(token)}`, { method: 'POST', body });
