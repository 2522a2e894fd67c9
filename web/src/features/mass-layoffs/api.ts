import type { z } from 'zod';
import type { filedPlan, OwnPlanRequest, planDetail, planSummary, StaffPlanRequest, upcomingLayoff } from '../../../../src/modules/mass-layoffs/mass-layoffs.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type PlanSummary = z.infer<typeof planSummary>;
export type PlanDetail = z.infer<typeof planDetail>;
export type FiledPlan = z.infer<typeof filedPlan>;
export type UpcomingLayoff = z.infer<typeof upcomingLayoff>;

const staff = '/api/v1/staff/mass-layoffs';
export const fileOwnPlan = (body: OwnPlanRequest, csrfToken: string) => apiRequest<FiledPlan>('/api/v1/me/employer/mass-layoffs', { method: 'POST', body, csrfToken });
export const getOwnPlans = (signal: AbortSignal) => apiRequest<{ items: PlanSummary[] }>('/api/v1/me/employer/mass-layoffs', { signal });
export const fileStaffPlan = (body: StaffPlanRequest, csrfToken: string) => apiRequest<FiledPlan>(staff, { method: 'POST', body, csrfToken });
export const getPlan = (id: string, signal: AbortSignal) => apiRequest<PlanDetail>(`${staff}/${encodeURIComponent(id)}`, { signal });
export const planStep = (id: string, step: 'agreement' | 'committee' | 'meetings' | 'close', body: unknown, csrfToken: string) =>
  apiRequest<PlanDetail>(`${staff}/${encodeURIComponent(id)}/${step}`, { method: 'POST', body, csrfToken });
export const getUpcoming = (withinDays: number, signal: AbortSignal) => apiRequest<{ items: UpcomingLayoff[] }>(`${staff}/upcoming?withinDays=${withinDays}`, { signal });
export const findEmployerByUbn = async (ubn: string, signal?: AbortSignal) => {
  const page = await apiRequest<{ items: { id: string; ubn: string | null; name: string }[] }>(`/api/v1/staff/employers?q=${encodeURIComponent(ubn)}&pageSize=20`, { ...(signal ? { signal } : {}) });
  return page.items.find((e) => e.ubn === ubn);
};
