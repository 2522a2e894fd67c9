import type { z } from 'zod';
import type {
  newsPublicPost,
  newsPublicSummary,
  newsStaffRecord,
  newsStaffSummary,
  newsWriteRequest,
  qaPublicItem,
  qaStaffRecord,
  qaStaffSummary,
  qaWriteRequest,
} from '../../../../src/modules/content/content.contract.ts';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { apiRequest } from '../../app/api-client.ts';

export { qaCategories } from '../../../../src/modules/content/content.categories.ts';
export { lawCodes, lawNames } from '../../../../src/modules/content/content.laws.ts';

export type QaItem = z.infer<typeof qaPublicItem>;
export type QaStaffSummary = z.infer<typeof qaStaffSummary>;
export type QaStaffRecord = z.infer<typeof qaStaffRecord>;
export type QaWrite = z.input<typeof qaWriteRequest>;
export type NewsSummary = z.infer<typeof newsPublicSummary>;
export type NewsPost = z.infer<typeof newsPublicPost>;
export type NewsStaffSummary = z.infer<typeof newsStaffSummary>;
export type NewsStaffRecord = z.infer<typeof newsStaffRecord>;
export type NewsWrite = z.input<typeof newsWriteRequest>;
export type NewsPage = { total: number; page: number; pageSize: number; items: NewsSummary[] };
export type StatusResult = { id: string; status: 'draft' | 'published'; publishedAt: string | null };

export function searchQa(filters: { q: string; category: string; lang: Locale }, signal: AbortSignal): Promise<{ items: QaItem[] }> {
  const query = new URLSearchParams({ lang: filters.lang });
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.category) query.set('category', filters.category);
  return apiRequest(`/api/v1/qa?${query}`, { signal });
}

export const getQa = (id: string, lang: Locale, signal: AbortSignal): Promise<QaItem> =>
  apiRequest(`/api/v1/qa/${encodeURIComponent(id)}?lang=${lang}`, { signal });

export const listNews = (page: number, lang: Locale, signal: AbortSignal): Promise<NewsPage> =>
  apiRequest(`/api/v1/news?page=${page}&lang=${lang}`, { signal });

export const getNews = (id: string, lang: Locale, signal: AbortSignal): Promise<NewsPost> =>
  apiRequest(`/api/v1/news/${encodeURIComponent(id)}?lang=${lang}`, { signal });

export const feedHref = (lang: Locale) => `/api/v1/news/feed.atom?lang=${lang}`;

// ---- Staff ----
export function listStaffQa(filters: { q: string; status: string }, signal: AbortSignal): Promise<{ items: QaStaffSummary[] }> {
  const query = new URLSearchParams();
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.status) query.set('status', filters.status);
  return apiRequest(`/api/v1/staff/qa?${query}`, { signal });
}
export const getStaffQa = (id: string, signal: AbortSignal): Promise<QaStaffRecord> =>
  apiRequest(`/api/v1/staff/qa/${encodeURIComponent(id)}`, { signal });
export const createQa = (body: QaWrite, csrfToken: string): Promise<{ id: string }> =>
  apiRequest('/api/v1/staff/qa', { method: 'POST', body, csrfToken });
export const updateQa = (id: string, body: QaWrite, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(`/api/v1/staff/qa/${encodeURIComponent(id)}`, { method: 'PUT', body, csrfToken });
export const setQaStatus = (id: string, action: 'publish' | 'unpublish', csrfToken: string): Promise<StatusResult> =>
  apiRequest(`/api/v1/staff/qa/${encodeURIComponent(id)}/${action}`, { method: 'POST', csrfToken });

export const listStaffNews = (signal: AbortSignal): Promise<{ items: NewsStaffSummary[] }> => apiRequest('/api/v1/staff/news', { signal });
export const getStaffNews = (id: string, signal: AbortSignal): Promise<NewsStaffRecord> =>
  apiRequest(`/api/v1/staff/news/${encodeURIComponent(id)}`, { signal });
export const createNews = (body: NewsWrite, csrfToken: string): Promise<{ id: string }> =>
  apiRequest('/api/v1/staff/news', { method: 'POST', body, csrfToken });
export const updateNews = (id: string, body: NewsWrite, csrfToken: string): Promise<{ id: string }> =>
  apiRequest(`/api/v1/staff/news/${encodeURIComponent(id)}`, { method: 'PUT', body, csrfToken });
export const setNewsStatus = (id: string, action: 'publish' | 'unpublish', csrfToken: string): Promise<StatusResult> =>
  apiRequest(`/api/v1/staff/news/${encodeURIComponent(id)}/${action}`, { method: 'POST', csrfToken });
