// Who is logged in: one query on /api/auth/me, the CSRF token it carries, and what to do on expiry.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import {
  ApiError,
  answerOf,
  api,
  setCsrfToken,
  setSignedOut,
  setUnauthenticatedHandler,
} from '../api/client';
import { takeEarlyMe } from '../api/early';
import { keys } from '../api/queries';
import type { SessionUser } from '../api/types';

interface MeAnswer {
  user: SessionUser;
  csrfToken: string;
}

interface Session {
  user: SessionUser | null;
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export async function fetchMe(): Promise<MeAnswer | null> {
  try {
    // The entry module asked already, before this code had loaded; later checks ask again.
    const early = takeEarlyMe();
    if (early) return await answerOf<MeAnswer>(await early, { quiet401: true });
    return await api<MeAnswer>('/api/auth/me', { quiet401: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useQuery({
    queryKey: keys.me,
    queryFn: fetchMe,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  useEffect(() => {
    setCsrfToken(me.data?.csrfToken ?? null);
  }, [me.data]);

  useEffect(() => {
    // An expired session drops the user; screens unmount but their drafts stay in sessionStorage.
    setUnauthenticatedHandler(() => client.setQueryData(keys.me, null));
  }, [client]);

  const session = useMemo<Session>(
    () => ({
      user: me.data?.user ?? null,
      loading: me.isPending,
      async login(username, password) {
        const answer = await api<MeAnswer>('/api/auth/login', {
          method: 'POST',
          json: { username, password },
          quiet401: true,
        });
        setCsrfToken(answer.csrfToken);
        setSignedOut(false);
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
        client.setQueryData(keys.me, answer);
      },
      async logout() {
        // The server ends the session before the screen says so: a page opened right after the login
        // screen appears must not find the old session still alive, nor its requests a 401 a moment later.
        // Meanwhile screens make no calls (setSignedOut), and they unmount once "me" is null.
        setSignedOut(true);
        const oldSession = (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== 'me';
        await client.cancelQueries({ predicate: oldSession });
        try {
          await api('/api/auth/logout', { method: 'POST', quiet401: true });
        } finally {
          setCsrfToken(null);
          client.setQueryData(keys.me, null);
          client.removeQueries({ predicate: oldSession });
        }
      },
    }),
    [me.data, me.isPending, client],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The logged-in user, for screens that only render after login. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser before login');
  return user;
}
