import type { z } from 'zod';
import type { closeResult, indicatorDetail, indicatorList, periodReview } from '../../../../src/modules/indicators/indicators.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type IndicatorList = z.infer<typeof indicatorList>;
export type IndicatorItem = IndicatorList['items'][number];
export type IndicatorDetail = z.infer<typeof indicatorDetail>;
export type PeriodReview = z.infer<typeof periodReview>;
export type DrillBy = NonNullable<IndicatorDetail['by']>;

export const getIndicators = (year: number, signal?: AbortSignal): Promise<IndicatorList> =>
  apiRequest(`/api/v1/indicators?year=${year}`, signal ? { signal } : {});

export function getIndicator(code: string, query: { from: string; to: string; by: DrillBy }, signal?: AbortSignal): Promise<IndicatorDetail> {
  return apiRequest(`/api/v1/indicators/${encodeURIComponent(code)}?${new URLSearchParams(query)}`, signal ? { signal } : {});
}

export const closePeriod = (period: string, csrfToken: string): Promise<z.infer<typeof closeResult>> =>
  apiRequest(`/api/v1/staff/indicators/periods/${encodeURIComponent(period)}/close`, { method: 'POST', csrfToken });

export const getReview = (period: string, signal?: AbortSignal): Promise<PeriodReview> =>
  apiRequest(`/api/v1/staff/indicators/periods/${encodeURIComponent(period)}`, signal ? { signal } : {});

export const reissuePeriod = (period: string, reason: string, csrfToken: string): Promise<z.infer<typeof closeResult>> =>
  apiRequest(`/api/v1/staff/indicators/periods/${encodeURIComponent(period)}/reissue`, { method: 'POST', body: { reason }, csrfToken });

export const exportHref = (year: number, format: 'ods' | 'xlsx' | 'csv' | 'pdf') => `/api/v1/indicators?year=${year}&format=${format}`;
