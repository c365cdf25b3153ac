/** Who is signed in: bootstrapped from GET /api/session, changed by login and logout. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client.js';
import { isApiError } from '../api/ApiError.js';
import type { PublicUser } from '../../../shared/model.js';
import { SessionContext, type Session, type SessionState } from './context.js';

async function fetchSession(): Promise<SessionState> {
  const user = api.currentUser();
  // Nothing would work from a refused origin; say so rather than show a login that fails.
  user.catch(() => undefined);
  try {
    if (!(await api.originAllowed())) {
      return { status: 'origin-refused', origin: window.location.origin };
    }
    return { status: 'signed-in', ...(await user) };
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { status: 'anonymous' };
    return { status: 'error', error };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void fetchSession().then((next) => {
      if (cancelled) return;
      // A re-check that cannot reach the server keeps the signed-in screens (offline editing);
      // only an answer of 401 signs the person out.
      setState((previous) =>
        next.status === 'error' && previous.status === 'signed-in' ? previous : next,
      );
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const login = useCallback(async (username: string, password: string) => {
    setState({ status: 'signed-in', ...(await api.login(username, password)) });
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  const update = useCallback(
    (user: PublicUser, mustChangePassword: boolean) =>
      setState({ status: 'signed-in', user, mustChangePassword }),
    [],
  );

  const value = useMemo<Session>(
    () => ({ state, login, logout, refresh, update }),
    [state, login, logout, refresh, update],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
