import type { z } from 'zod';
import type { employer } from '../../../../src/modules/employers/employers.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type Employer = z.infer<typeof employer>;
export const employerPageSize = 20;

export function searchEmployers(
  filters: { q: string; district: string; page: number },
  signal: AbortSignal,
): Promise<{ total: number; items: Employer[] }> {
  const query = new URLSearchParams({ page: String(filters.page) });
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.district) query.set('district', filters.district);
  return apiRequest(`/api/v1/staff/employers?${query}`, { signal });
}
