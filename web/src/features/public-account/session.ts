import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { navigate, useLocation } from '../../app/router.tsx';
import { type AccountSession, getAccountSession } from './api.ts';

export const accountSessionKey = ['account-session'] as const;

/** The signed-in citizen or employer account; `null` when none. */
export function useAccountSession() {
  return useQuery({ queryKey: accountSessionKey, queryFn: ({ signal }) => getAccountSession(signal), staleTime: 60_000 });
}

/** For pages that need an account: sends a visitor without one to sign in, and back here afterwards. */
export function useRequiredAccount(kind?: AccountSession['kind']): AccountSession | undefined {
  const session = useAccountSession();
  const { href } = useLocation();
  const missing = session.isSuccess && (session.data === null || (kind !== undefined && session.data.kind !== kind));
  useEffect(() => {
    if (missing) navigate(`/account/sign-in?next=${encodeURIComponent(href)}`, { replace: true });
  }, [missing, href]);
  return missing ? undefined : (session.data ?? undefined);
}

export function useRefreshAccount() {
  const client = useQueryClient();
  return (session: AccountSession | null) => {
    client.setQueryData(accountSessionKey, session);
    // Whatever the previous account could see must not be shown to the next one.
    if (session === null) client.removeQueries({ predicate: (query) => query.queryKey[0] === 'me' });
  };
}

/** Only paths of this site: `next` comes from the address bar. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/staff') ? next : '/account';
}
