/**
 * Runs one user action against the server: pending while it runs, the refusal in the user's
 * language (from its error code; each screen puts words around it) if it fails. A 401 sends the session to the login.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import { isApiError } from './ApiError.js';
import { errorMessage } from './errorMessage.js';

export interface ActionState {
  pending: boolean;
  error: string | null;
  /** Resolves true when the action succeeded. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}

export function useAction(): ActionState {
  const { refresh } = useSession();
  const t = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (caught) {
        if (isApiError(caught) && caught.isUnauthenticated) refresh();
        if (mounted.current) setError(errorMessage(t, caught));
        return false;
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [refresh, t],
  );

  return { pending, error, run };
}
