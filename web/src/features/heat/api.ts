import type { z } from 'zod';
import type {
  createReadingRequest,
  heatOverview,
  heatReport,
  heatWarningView,
  publishWarningRequest,
  readingView,
  sourceStatusView,
  staffWarning,
} from '../../../../src/modules/weather-heat/heat.contract.ts';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { apiRequest } from '../../app/api-client.ts';

export type HeatReport = z.infer<typeof heatReport>;
export type HeatOverview = z.infer<typeof heatOverview>;
export type HeatWarning = z.infer<typeof heatWarningView>;
export type StaffWarning = z.infer<typeof staffWarning>;
export type Reading = z.infer<typeof readingView>;
export type SourceStatus = z.infer<typeof sourceStatusView>;
export type CreateReading = z.input<typeof createReadingRequest>;
export type PublishWarning = z.input<typeof publishWarningRequest>;
export type Exposure = { directSun: boolean; heavyClothing: boolean };

export function getHeat(district: string, exposure: Exposure, locale: Locale, signal: AbortSignal): Promise<HeatReport> {
  const query = new URLSearchParams({ district, lang: locale });
  if (exposure.directSun) query.set('directSun', 'true');
  if (exposure.heavyClothing) query.set('heavyClothing', 'true');
  return apiRequest(`/api/v1/heat?${query}`, { signal });
}

export function getOverview(signal: AbortSignal): Promise<HeatOverview> {
  return apiRequest('/api/v1/heat/districts', { signal });
}

export function listReadings(signal: AbortSignal): Promise<{ items: Reading[] }> {
  return apiRequest('/api/v1/staff/heat/readings', { signal });
}

export function addReading(body: CreateReading, csrfToken: string): Promise<Reading> {
  return apiRequest('/api/v1/staff/heat/readings', { method: 'POST', body, csrfToken });
}

export function listWarnings(locale: Locale, signal: AbortSignal): Promise<{ items: StaffWarning[] }> {
  return apiRequest(`/api/v1/staff/heat/warnings?status=all&lang=${locale}`, { signal });
}

export function listWarningMessages(locale: Locale, signal: AbortSignal): Promise<{ items: { key: string; text: string }[] }> {
  return apiRequest(`/api/v1/staff/heat/warning-messages?lang=${locale}`, { signal });
}

export function publishWarning(body: PublishWarning, csrfToken: string): Promise<StaffWarning> {
  return apiRequest('/api/v1/staff/heat/warnings', { method: 'POST', body, csrfToken });
}

export function withdrawWarning(id: string, csrfToken: string): Promise<StaffWarning> {
  return apiRequest(`/api/v1/staff/heat/warnings/${encodeURIComponent(id)}/withdraw`, { method: 'POST', csrfToken });
}

export function getSourceStatus(signal: AbortSignal): Promise<SourceStatus> {
  return apiRequest('/api/v1/staff/heat/sources', { signal });
}

/** A `datetime-local` value (Taiwan wall-clock time at the bureau) as an ISO instant with its offset. */
export function taipeiInstant(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}
