import type { z } from 'zod';
import type {
  consultationComplaintRequest,
  consultationContact,
  consultationConverted,
  consultationMediationRequest,
  consultationRequest,
  consultationStats,
  consultationSummary,
} from '../../../../src/modules/migrant-workers/consultations.contract.ts';
import type {
  dispatchCreated,
  dispatchImportResult,
  dispatchRecord,
  dispatchReplyRequest,
  dispatchRequest,
  dispatchSummary,
} from '../../../../src/modules/migrant-workers/dispatches-1955.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type ConsultationSummary = z.infer<typeof consultationSummary>;
export type ConsultationContact = z.infer<typeof consultationContact>;
export type ConsultationStats = z.infer<typeof consultationStats>;
export type ConsultationConverted = z.infer<typeof consultationConverted>;
export type DispatchSummary = z.infer<typeof dispatchSummary>;
export type DispatchRecord = z.infer<typeof dispatchRecord>;
export type DispatchImportResult = z.infer<typeof dispatchImportResult>;

export const consultationsEndpoint = '/api/v1/staff/migrant-consultations';
export const dispatchesEndpoint = '/api/v1/staff/dispatches-1955';
const id = (value: string) => encodeURIComponent(value);

export const createConsultation = (body: z.input<typeof consultationRequest>, csrfToken: string) =>
  apiRequest<{ id: string }>(consultationsEndpoint, { method: 'POST', body, csrfToken });
export const getConsultation = (consultationId: string, signal?: AbortSignal) =>
  apiRequest<ConsultationSummary>(`${consultationsEndpoint}/${id(consultationId)}`, signal ? { signal } : {});
export const getConsultationContact = (consultationId: string, signal?: AbortSignal) =>
  apiRequest<ConsultationContact>(`${consultationsEndpoint}/${id(consultationId)}/contact`, signal ? { signal } : {});
export const getConsultationStats = (month: string, signal?: AbortSignal) =>
  apiRequest<ConsultationStats>(`${consultationsEndpoint}/stats?month=${id(month)}`, signal ? { signal } : {});
export const consultationToComplaint = (consultationId: string, body: z.input<typeof consultationComplaintRequest>, csrfToken: string) =>
  apiRequest<ConsultationConverted>(`${consultationsEndpoint}/${id(consultationId)}/complaint`, { method: 'POST', body, csrfToken });
export const consultationToMediation = (consultationId: string, body: z.input<typeof consultationMediationRequest>, csrfToken: string) =>
  apiRequest<ConsultationConverted>(`${consultationsEndpoint}/${id(consultationId)}/mediation`, { method: 'POST', body, csrfToken });
export const consultationToVisit = (consultationId: string, body: { dueOn: string }, csrfToken: string) =>
  apiRequest<ConsultationConverted>(`${consultationsEndpoint}/${id(consultationId)}/visit`, { method: 'POST', body, csrfToken });

export const createDispatch = (body: z.input<typeof dispatchRequest>, csrfToken: string) =>
  apiRequest<z.infer<typeof dispatchCreated>>(dispatchesEndpoint, { method: 'POST', body, csrfToken });
export const getDispatch = (dispatchId: string, signal?: AbortSignal) =>
  apiRequest<DispatchSummary>(`${dispatchesEndpoint}/${id(dispatchId)}`, signal ? { signal } : {});
export const getDispatchFull = (dispatchId: string, signal?: AbortSignal) =>
  apiRequest<DispatchRecord>(`${dispatchesEndpoint}/${id(dispatchId)}/full`, signal ? { signal } : {});
export const replyToDispatch = (dispatchId: string, body: z.input<typeof dispatchReplyRequest>, csrfToken: string) =>
  apiRequest<{ state: 'replied' | 'replied-late' }>(`${dispatchesEndpoint}/${id(dispatchId)}/reply`, { method: 'POST', body, csrfToken });

export function uploadDispatches(file: File, csrfToken: string): Promise<DispatchImportResult> {
  const data = new FormData();
  data.append('file', file);
  return apiRequest<DispatchImportResult>(`${dispatchesEndpoint}/imports`, { method: 'POST', body: data, csrfToken });
}
