import type { z } from 'zod';
import type { board, tenancyDetail, visitDue } from '../../../../src/modules/programs/star-youth.contract.ts';
import type { loanDetail, loanSummary } from '../../../../src/modules/programs/startup-loans.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type StarYouthBoard = z.infer<typeof board>;
export type TenancyDetail = z.infer<typeof tenancyDetail>;
export type VisitDue = z.infer<typeof visitDue>;
export type LoanDetail = z.infer<typeof loanDetail>;
export type LoanSummary = z.infer<typeof loanSummary>;

const star = '/api/v1/staff/star-youth';
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const id = (value: string) => encodeURIComponent(value);

export const getBoard = (signal?: AbortSignal) => apiRequest<StarYouthBoard>(`${star}/board`, opts(signal));
export const getVisitsDue = (signal?: AbortSignal) => apiRequest<VisitDue[]>(`${star}/visits-due`, opts(signal));
export const getTenancy = (tenancyId: string, signal?: AbortSignal) => apiRequest<TenancyDetail>(`${star}/tenancies/${id(tenancyId)}`, opts(signal));
export const addUnit = (body: unknown, csrfToken: string) => apiRequest<{ id: string }>(`${star}/units`, { method: 'POST', body, csrfToken });
export const allocateUnit = (body: unknown, csrfToken: string) => apiRequest<{ id: string }>(`${star}/tenancies`, { method: 'POST', body, csrfToken });
export const recordVisit = (tenancyId: string, body: unknown, csrfToken: string) => apiRequest<{ id: string }>(`${star}/tenancies/${id(tenancyId)}/visits`, { method: 'POST', body, csrfToken });
export const payMonth = (tenancyId: string, month: string, csrfToken: string) =>
  apiRequest<{ id: string }>(`${star}/tenancies/${id(tenancyId)}/payments`, { method: 'POST', body: { month }, csrfToken });
export const endTenancy = (tenancyId: string, endedOn: string, csrfToken: string) => apiRequest<void>(`${star}/tenancies/${id(tenancyId)}/end`, { method: 'POST', body: { endedOn }, csrfToken });

export const loansEndpoint = '/api/v1/staff/startup-loans';
export const getLoan = (applicationId: string, signal?: AbortSignal) => apiRequest<LoanDetail>(`${loansEndpoint}/${id(applicationId)}`, opts(signal));
export const saveLoan = (applicationId: string, body: unknown, csrfToken: string) => apiRequest<{ id: string }>(`${loansEndpoint}/${id(applicationId)}`, { method: 'PUT', body, csrfToken });
export const claimPeriod = (applicationId: string, period: number, csrfToken: string) =>
  apiRequest<{ id: string; paymentId: string; amountTwd: number }>(`${loansEndpoint}/${id(applicationId)}/claims`, { method: 'POST', body: { period }, csrfToken });
