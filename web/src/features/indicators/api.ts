import type { z } from 'zod';
import type {
  closeResult, definitionSet, entryCreated, entryList, entryRequest, indicatorDetail, indicatorList, periodReview, targetList, targetRequest,
} from '../../../../src/modules/indicators/indicators.contract.ts';
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

export type TargetList = z.infer<typeof targetList>;
export type TargetWrite = z.input<typeof targetRequest>;
export type DefinitionSet = z.infer<typeof definitionSet>;
export type EntryList = z.infer<typeof entryList>;
export type EntryWrite = z.input<typeof entryRequest>;

export const getTargets = (year: number, signal?: AbortSignal): Promise<TargetList> =>
  apiRequest(`/api/v1/staff/indicators/targets?year=${year}`, signal ? { signal } : {});

export const putTarget = (code: string, year: number, body: TargetWrite, csrfToken: string): Promise<void> =>
  apiRequest(`/api/v1/staff/indicators/${encodeURIComponent(code)}/targets/${year}`, { method: 'PUT', body, csrfToken });

export const getDefinitions = (year: number, signal?: AbortSignal): Promise<DefinitionSet> =>
  apiRequest(`/api/v1/staff/indicators/definitions/${year}`, signal ? { signal } : {});

export const putDefinitions = (year: number, definitions: DefinitionSet['definitions'], csrfToken: string): Promise<void> =>
  apiRequest(`/api/v1/staff/indicators/definitions/${year}`, { method: 'PUT', body: { definitions }, csrfToken });

export const getEntries = (code: string, signal?: AbortSignal): Promise<EntryList> =>
  apiRequest(`/api/v1/staff/indicators/${encodeURIComponent(code)}/entries`, signal ? { signal } : {});

export const postEntry = (code: string, body: EntryWrite, csrfToken: string): Promise<z.infer<typeof entryCreated>> =>
  apiRequest(`/api/v1/staff/indicators/${encodeURIComponent(code)}/entries`, { method: 'POST', body, csrfToken });
