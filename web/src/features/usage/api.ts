import type { z } from 'zod';
import type { usageReport } from '../../../../src/modules/usage/usage.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type UsageReport = z.infer<typeof usageReport>;

export function getUsage(range: { from: string; to: string }, signal: AbortSignal): Promise<UsageReport> {
  const query = new URLSearchParams();
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  return apiRequest(`/api/v1/staff/usage?${query}`, { signal });
}
