import type { z } from 'zod';
import type { CommitteeStepInput, mediationDetail, mediationSummary, mediatorItem, roomItem, rotationResponse } from '../../../../src/modules/mediation/mediation.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type MediationSummary = z.infer<typeof mediationSummary>;
export type MediationDetail = z.infer<typeof mediationDetail>;
export type Mediator = z.infer<typeof mediatorItem>;
export type Room = z.infer<typeof roomItem>;
export type Rotation = z.infer<typeof rotationResponse>;
export type Party = { role: 'applicant' | 'respondent'; kind: string; name: string; idNumber?: string; phone?: string; email?: string; address?: string; locale?: string };

const base = '/api/v1/staff/mediation-cases';
export const getCase = (id: string, signal: AbortSignal) => apiRequest<MediationDetail>(`${base}/${id}`, { signal });
export const getParties = (id: string, signal: AbortSignal) => apiRequest<{ items: Party[] }>(`${base}/${id}/parties`, { signal });
export const listMediators = (signal: AbortSignal) => apiRequest<{ items: Mediator[] }>('/api/v1/staff/mediators', { signal });
export const listRooms = (siteCode: string, signal: AbortSignal) => apiRequest<{ items: Room[] }>(`/api/v1/staff/mediation-rooms?siteCode=${encodeURIComponent(siteCode)}`, { signal });
export const appoint = (id: string, body: { mediatorId: string; skipReason?: string }, csrfToken: string) => apiRequest<void>(`${base}/${id}/mediator`, { method: 'POST', body, csrfToken });
export const getRotation = (id: string, signal: AbortSignal) => apiRequest<Rotation>(`${base}/${id}/rotation`, { signal });
export const committeeStep = (id: string, body: CommitteeStepInput, csrfToken: string) => apiRequest<void>(`${base}/${id}/committee`, { method: 'POST', body, csrfToken });
export const book = (id: string, body: { siteCode: string; room: string; startsAt: string; minutes: number; remarks?: string }, csrfToken: string) =>
  apiRequest<{ id: string; emailed: number; toPrint: number }>(`${base}/${id}/sessions`, { method: 'POST', body, csrfToken });
export const markPaid = (id: string, position: number, paidOn: string, csrfToken: string) =>
  apiRequest<void>(`${base}/${id}/payments/${position}/paid`, { method: 'POST', body: { paidOn }, csrfToken });
export const recordOutcome = (id: string, body: { outcome: string; outcomeOn: string; agreedAmount?: number; payments?: { amount: number; dueOn: string }[]; remarks?: string }, csrfToken: string) =>
  apiRequest<void>(`${base}/${id}/outcome`, { method: 'POST', body, csrfToken });
export const noticeUrl = (id: string, sessionId: string, party: 'applicant' | 'respondent') => `${base}/${id}/sessions/${sessionId}/notice.pdf?party=${party}`;
export const recordUrl = (id: string, party: 'applicant' | 'respondent') => `${base}/${id}/record.pdf?party=${party}`;
