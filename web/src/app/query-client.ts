/**
 * The one TanStack Query client of the app. Server state (lists, records, reference data) lives here
 * instead of in each page: pages call `useQuery({ queryKey, queryFn: ({ signal }) => apiRequest(...) })`.
 * A 4xx answer is final (retrying a 403 or a 404 only delays the message); a network or 5xx failure is
 * tried once more. Signing out clears the cache, so no staff data outlives the session in memory.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 1,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
