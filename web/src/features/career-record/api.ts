import type { z } from 'zod';
import type { careerRecord, entry, share, shareCreated, sharedRecord } from '../../../../src/modules/career-record/career-record.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type CareerRecord = z.infer<typeof careerRecord>;
export type CareerEntry = z.infer<typeof entry>;
export type Share = z.infer<typeof share>;
export type ShareCreated = z.infer<typeof shareCreated>;
export type SharedRecord = z.infer<typeof sharedRecord>;

const me = '/api/v1/me/career-record';
export const careerPdfHref = `${me}/pdf`;
export const careerJsonHref = `${me}/export`;

/** The citizen session's CSRF token (public accounts, ADR 0017). */
export const getAccountSession = (signal: AbortSignal): Promise<{ csrfToken: string; linkedToPerson: boolean }> =>
  apiRequest('/api/v1/account/session', { signal });
export const getCareerRecord = (signal: AbortSignal): Promise<CareerRecord> => apiRequest(me, { signal });
export const setEntryHidden = (id: string, hidden: boolean, csrfToken: string): Promise<{ id: string; hidden: boolean }> =>
  apiRequest(`${me}/entries/${encodeURIComponent(id)}/${hidden ? 'hide' : 'show'}`, { method: 'POST', csrfToken });
export const getShares = (signal: AbortSignal): Promise<{ items: Share[] }> => apiRequest(`${me}/shares`, { signal });
export const createShare = (days: number, csrfToken: string): Promise<ShareCreated> => apiRequest(`${me}/shares`, { method: 'POST', body: { days }, csrfToken });
export const revokeShare = (id: string, csrfToken: string): Promise<{ id: string; revoked: boolean }> =>
  apiRequest(`${me}/shares/${encodeURIComponent(id)}/revoke`, { method: 'POST', csrfToken });
export const openSharedCard = (token: string): Promise<SharedRecord> => apiRequest('/api/v1/career-cards/open', { method: 'POST', body: { token } });
export const addEntry = (body: unknown, csrfToken: string): Promise<{ id: string }> => apiRequest(`${me}/entries`, { method: 'POST', body, csrfToken });
export const inviteEvaluation = (employerName: string, csrfToken: string): Promise<{ url: string; expiresAt: string }> =>
  apiRequest(`${me}/evaluation-invitations`, { method: 'POST', body: { employerName }, csrfToken });
export const giveEvaluation = (body: { token: string; rating: number; text: string }): Promise<{ id: string }> =>
  apiRequest('/api/v1/career-evaluations', { method: 'POST', body });
