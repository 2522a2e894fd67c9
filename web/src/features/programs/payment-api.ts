import type { z } from 'zod';
import type {
  batchDetail,
  batchSummary,
  ownPayment,
  payeeInput,
  payeeView,
  pendingPayment,
  recoveryDetail,
  recoveryRequest,
  recoverySummary,
  repaymentRequest,
} from '../../../../src/modules/programs/programs.payments.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type BatchSummary = z.infer<typeof batchSummary>;
export type BatchDetail = z.infer<typeof batchDetail>;
export type PendingPayment = z.infer<typeof pendingPayment>;
export type PayeeView = z.infer<typeof payeeView>;
export type RecoverySummary = z.infer<typeof recoverySummary>;
export type RecoveryDetail = z.infer<typeof recoveryDetail>;
export type OwnPayment = z.infer<typeof ownPayment>;

const id = (value: string) => encodeURIComponent(value);
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const batchesEndpoint = '/api/v1/staff/payment-batches';
export const recoveriesEndpoint = '/api/v1/staff/program-recoveries';

export const listPending = (signal?: AbortSignal) => apiRequest<PendingPayment[]>('/api/v1/staff/payments/pending', opts(signal));
export const createBatch = (applicationIds: string[], csrfToken: string) =>
  apiRequest<{ id: string; number: string }>(batchesEndpoint, { method: 'POST', body: { applicationIds }, csrfToken });
export const getBatch = (batchId: string, signal?: AbortSignal) => apiRequest<BatchDetail>(`${batchesEndpoint}/${id(batchId)}`, opts(signal));
export const approveBatch = (batchId: string, csrfToken: string) => apiRequest<{ id: string }>(`${batchesEndpoint}/${id(batchId)}/approve`, { method: 'POST', csrfToken });
/** The bank file: a plain download link (the server audits it and marks the lines exported). */
export const batchFileHref = (batchId: string) => `${batchesEndpoint}/${id(batchId)}/file.csv`;
export const recordResults = (batchId: string, results: { line: number; result: 'paid' | 'returned'; reason?: string }[], csrfToken: string) =>
  apiRequest<{ paid: number; returned: number; status: string }>(`${batchesEndpoint}/${id(batchId)}/results`, { method: 'POST', body: { results }, csrfToken });

export const getPayee = (applicationId: string, signal?: AbortSignal) => apiRequest<PayeeView | null>(`/api/v1/staff/applications/${id(applicationId)}/payee`, opts(signal));
export const setPayee = (applicationId: string, body: z.infer<typeof payeeInput>, csrfToken: string) =>
  apiRequest<void>(`/api/v1/staff/applications/${id(applicationId)}/payee`, { method: 'PUT', body, csrfToken });

export const openRecovery = (body: z.infer<typeof recoveryRequest>, csrfToken: string) => apiRequest<{ id: string }>(recoveriesEndpoint, { method: 'POST', body, csrfToken });
export const getRecovery = (recoveryId: string, signal?: AbortSignal) => apiRequest<RecoveryDetail>(`${recoveriesEndpoint}/${id(recoveryId)}`, opts(signal));
export const repay = (recoveryId: string, body: z.infer<typeof repaymentRequest>, csrfToken: string) =>
  apiRequest<{ id: string; status: string }>(`${recoveriesEndpoint}/${id(recoveryId)}/repayments`, { method: 'POST', body, csrfToken });
export const askWriteOff = (recoveryId: string, reason: string, csrfToken: string) =>
  apiRequest<{ id: string }>(`${recoveriesEndpoint}/${id(recoveryId)}/write-off`, { method: 'POST', body: { reason }, csrfToken });
export const approveWriteOff = (recoveryId: string, csrfToken: string) => apiRequest<{ id: string }>(`${recoveriesEndpoint}/${id(recoveryId)}/write-off/approve`, { method: 'POST', csrfToken });

export const listOwnPayments = (signal?: AbortSignal) => apiRequest<OwnPayment[]>('/api/v1/me/program-payments', opts(signal));
export function importResults(batchId: string, file: File, csrfToken: string) {
  const form = new FormData();
  form.set('file', file);
  return apiRequest<{ paid: number; returned: number; status: string }>(`${batchesEndpoint}/${id(batchId)}/results/import`, { method: 'POST', body: form, csrfToken });
}
