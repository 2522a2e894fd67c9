import type { z } from 'zod';
import type {
  complaintDetail,
  complaintIdentity,
  complaintReceipt,
  complaintSummary,
  overdueItem,
  publicComplaintStatus,
} from '../../../../src/modules/complaints/complaints.contract.ts';
import type { ComplaintAction, ComplaintStatus } from '../../../../src/modules/complaints/complaints.workflow.ts';
import { ApiError, apiRequest, type Problem } from '../../app/api-client.ts';

export type Receipt = z.infer<typeof complaintReceipt>;
export type PublicStatus = z.infer<typeof publicComplaintStatus>;
export type ComplaintSummary = z.infer<typeof complaintSummary>;
export type ComplaintDetail = z.infer<typeof complaintDetail>;
export type ComplaintIdentity = z.infer<typeof complaintIdentity>;
export type OverdueComplaint = z.infer<typeof overdueItem>;

export type ComplaintDraft = {
  employerName: string;
  employerUbn: string;
  districtCode: string;
  law: string;
  description: string;
  anonymous: boolean;
  name: string;
  phone: string;
  email: string;
  idNumber: string;
};

/** A fetch that answers like apiRequest: JSON on success, ApiError with the problem otherwise. */
async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, { cause: error });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = typeof body === 'object' && body !== null && 'code' in body ? (body as Problem) : undefined;
    throw new ApiError(response.status, problem);
  }
  return body as T;
}

/** Sent as multipart so evidence files travel with the complaint; identity fields only when named. */
export function fileComplaint(draft: ComplaintDraft, files: readonly File[]): Promise<Receipt> {
  const data = new FormData();
  const fields: (keyof ComplaintDraft)[] = ['employerName', 'employerUbn', 'districtCode', 'law', 'description'];
  if (!draft.anonymous) fields.push('name', 'phone', 'email', 'idNumber');
  for (const field of fields) {
    const value = String(draft[field]).trim();
    if (value) data.append(field, value);
  }
  data.append('anonymous', draft.anonymous ? 'true' : 'false');
  for (const file of files) data.append('attachments', file);
  return send('/api/v1/complaints', { method: 'POST', body: data, headers: { accept: 'application/json' } });
}

/** The secret goes in a header: it never appears in a URL, the history or a server log. */
export function lookupComplaint(trackingCode: string, secret: string): Promise<PublicStatus> {
  return send(`/api/v1/complaints/${encodeURIComponent(trackingCode.trim())}`, {
    headers: { accept: 'application/json', 'x-complaint-secret': secret.trim() },
  });
}



export function listInspectors(signal: AbortSignal) {
  return apiRequest<{ items: { id: string; displayName: string }[] }>('/api/v1/staff/complaints/inspectors', { signal });
}

export function getComplaint(id: string, signal: AbortSignal): Promise<ComplaintDetail> {
  return apiRequest(`/api/v1/staff/complaints/${encodeURIComponent(id)}`, { signal });
}

export function assignComplaint(id: string, inspectorId: string, csrfToken: string): Promise<void> {
  return apiRequest(`/api/v1/staff/complaints/${encodeURIComponent(id)}/assignment`, {
    method: 'POST',
    body: { inspectorId },
    csrfToken,
  });
}

export function transitionComplaint(
  id: string,
  body: { action: ComplaintAction; message?: string; authority?: string },
  csrfToken: string,
): Promise<{ status: ComplaintStatus }> {
  return apiRequest(`/api/v1/staff/complaints/${encodeURIComponent(id)}/transitions`, { method: 'POST', body, csrfToken });
}

export function revealIdentity(id: string, csrfToken: string): Promise<ComplaintIdentity> {
  return apiRequest(`/api/v1/staff/complaints/${encodeURIComponent(id)}/identity`, { method: 'POST', csrfToken });
}

export function getEmployerNotice(id: string): Promise<{ text: string }> {
  return apiRequest(`/api/v1/staff/complaints/${encodeURIComponent(id)}/employer-notice`);
}

export function attachmentUrl(id: string, attachmentId: string, copy?: 'neutralised'): string {
  const url = `/api/v1/staff/complaints/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;
  return copy ? `${url}?copy=${copy}` : url;
}
