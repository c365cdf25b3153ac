/** Load something once per key; a 401 sends the session back to the login screen. */
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../api/ApiError.js';
import { errorMessage } from '../api/errorMessage.js';
import { useT } from '../i18n/context.js';
import { useSession } from '../auth/context.js';

export type LoadState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

export function useLoad<T>(key: string, load: () => Promise<T>): [LoadState<T>, () => void] {
  const { refresh } = useSession();
  const t = useT();
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        if (!cancelled) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (isApiError(error) && error.status === 401) refresh();
        setState({ status: 'error', message: errorMessage(t, error) });
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is identified by `key`: callers pass a fresh closure on every render.
  }, [key, attempt, refresh, t]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return [state, retry];
}
