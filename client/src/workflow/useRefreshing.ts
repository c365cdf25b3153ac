/**
 * Loads data for a key and loads it again whenever `version` changes, keeping the last answer
 * on screen meanwhile (no flashing "loading" on live refreshes).
 */
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../api/ApiError.js';
import { useSession } from '../auth/context.js';

export interface Refreshing<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useRefreshing<T>(
  key: string,
  version: string | number,
  load: () => Promise<T>,
  { debounceMs = 0 }: { debounceMs?: number } = {},
): Refreshing<T> {
  const { refresh } = useSession();
  const [data, setData] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(
      () => {
        setLoading(true);
        load().then(
          (value) => {
            if (cancelled) return;
            setData({ key, value });
            setError(null);
            setLoading(false);
          },
          (caught: unknown) => {
            if (cancelled) return;
            if (isApiError(caught) && caught.isUnauthenticated) refresh();
            setError(caught instanceof Error ? caught.message : String(caught));
            setLoading(false);
          },
        );
      },
      // The first load of a key goes at once; live refreshes wait for the burst to settle.
      data?.key === key ? debounceMs : 0,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `load` is identified by `key`; `data` only decides the delay.
  }, [key, version, attempt, refresh]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { data: data?.key === key ? data.value : null, error, loading, reload };
}
