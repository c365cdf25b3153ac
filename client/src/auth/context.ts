import { createContext, useContext } from 'react';
import type { PublicUser } from '../../../shared/model.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** The server refuses changes from the address the page was opened at (PUBLIC_ORIGIN). */
  | { status: 'origin-refused'; origin: string }
  | { status: 'anonymous' }
  | { status: 'signed-in'; user: PublicUser; mustChangePassword: boolean };

export interface Session {
  state: SessionState;
  /** Throws ApiError on failure (401 wrong credentials, 429 rate limited). */
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Ask the server again who we are, e.g. after a 401 or a socket closed with 4401. */
  refresh: () => void;
  /** After the user changed their password or name: the session as the server now sees it. */
  update: (user: PublicUser, mustChangePassword: boolean) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for screens rendered behind the login. */
export function useUser(): PublicUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser needs a signed-in session');
  return state.user;
}
