import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { hasPermission, type Permission, type StaffRole } from '../../../../src/modules/access/permissions.ts';
import { ApiError, apiRequest, setUnauthorizedHandler } from '../../app/api-client.ts';
import { queryClient } from '../../app/query-client.ts';
import { dropCachedTasks, lock, wipeDeviceCopy } from '../migrant-workers/field/field-store.ts';

export type StaffSession = { username: string; displayName: string; roles: StaffRole[]; csrfToken: string };

/** `offline`: the session could not be asked for (no network); the field app still shows what it keeps (ADR 0033). */
type SessionState =
  | { status: 'loading' }
  | { status: 'offline' }
  | { status: 'anonymous'; hasExpired: boolean }
  | { status: 'signed-in'; session: StaffSession };

export type SessionContext = {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<StaffSession>;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
};

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const status = useRef(state.status);
  status.current = state.status;

  useEffect(() => {
    const controller = new AbortController();
    const ask = () =>
      apiRequest<StaffSession>('/api/v1/auth/me', { signal: controller.signal }).then(
        (session) => setState({ status: 'signed-in', session }),
        (error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          setState(error instanceof ApiError && error.status === 0 ? { status: 'offline' } : { status: 'anonymous', hasExpired: false });
        },
      );
    void ask();
    // Started with no network: ask again when it returns.
    const online = () => {
      if (status.current !== 'offline') return;
      setState({ status: 'loading' });
      void ask();
    };
    window.addEventListener('online', online);
    setUnauthorizedHandler(() => {
      // The session is gone: its device keys go with it; the sealed visits stay for the next sign-in.
      lock();
      setState({ status: 'anonymous', hasExpired: true });
    });
    return () => {
      controller.abort();
      window.removeEventListener('online', online);
      setUnauthorizedHandler(undefined);
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await apiRequest<StaffSession>('/api/v1/auth/login', {
      method: 'POST',
      body: { username, password },
    });
    // Another officer's tasks may still be cached here (a session that expired without a sign-out).
    await dropCachedTasks();
    setState({ status: 'signed-in', session });
    return session;
  }, []);

  const signOut = useCallback(async () => {
    if (state.status !== 'signed-in') return;
    try {
      await apiRequest('/api/v1/auth/logout', { method: 'POST', csrfToken: state.session.csrfToken });
    } catch (error) {
      // An expired session is already signed out; anything else is worth telling the user about.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    // No staff answer stays in memory after sign-out (the next person at this desk must not see it),
    // nor on the device: the field app's visits, photos and cached tasks are deleted, its keys dropped.
    queryClient.clear();
    await wipeDeviceCopy();
    setState({ status: 'anonymous', hasExpired: false });
  }, [state]);

  const value = useMemo<SessionContext>(
    () => ({
      state,
      signIn,
      signOut,
      can: (permission) => state.status === 'signed-in' && hasPermission(state.session.roles, permission),
    }),
    [state, signIn, signOut],
  );
  return <Context value={value}>{children}</Context>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession needs a SessionProvider above it');
  return context;
}

/** The signed-in session; only for pages rendered behind the staff sign-in guard. */
export function useStaff(): StaffSession {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useStaff used outside the signed-in staff area');
  return state.session;
}
