/**
 * The rate tables the calculators compute with (issue 14 §3, ADR 0024): the tables built into the rules
 * with the periods staff published merged after them. The published periods come from `GET /api/v1/rates`
 * through TanStack Query; the service worker keeps the last answer, so offline the page still has it;
 * with no answer at all (never fetched, offline) the built-in tables are used, and the page says so.
 */
import { BUILT_IN_RATE_TABLES, rateTablesFromPublished, type PublishedRateData, type RateTables } from '#labor-rules';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from '../../app/api-client.ts';

export type RateTablesState = {
  tables: RateTables;
  /** `published`: with the answer of the server (or its copy kept for offline); `built-in`: without any. */
  origin: 'loading' | 'published' | 'built-in';
};

export function useRateTables(): RateTablesState {
  const query = useQuery({
    queryKey: ['rates'],
    queryFn: ({ signal }) => apiRequest<PublishedRateData>('/api/v1/rates', { signal }),
    staleTime: 5 * 60_000,
  });
  const tables = useMemo(() => (query.data ? rateTablesFromPublished(query.data) : BUILT_IN_RATE_TABLES), [query.data]);
  return { tables, origin: query.data ? 'published' : query.isPending && query.fetchStatus === 'fetching' ? 'loading' : 'built-in' };
}
