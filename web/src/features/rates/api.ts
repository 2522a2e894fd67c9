import type { PublishedRateData } from '#labor-rules';
import type { z } from 'zod';
import type { contributionGradesRequest, disabilityGradesRequest, minimumWageRequest, RatesStatus } from '../../../../src/modules/rates/rates.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type MinimumWageRequest = z.input<typeof minimumWageRequest>;
export type ContributionGradesRequest = z.input<typeof contributionGradesRequest>;
export type DisabilityGradesRequest = z.input<typeof disabilityGradesRequest>;

export const listRates = (signal: AbortSignal) => apiRequest<PublishedRateData>('/api/v1/rates', { signal });
export const ratesStatus = (signal: AbortSignal) => apiRequest<RatesStatus>('/api/v1/staff/rates/status', { signal });

export function publishRate(kind: 'minimum-wage' | 'contribution-grades' | 'disability-grades', body: unknown, csrfToken: string) {
  return apiRequest<{ id: string }>(`/api/v1/staff/rates/${kind}`, { method: 'POST', body, csrfToken });
}
