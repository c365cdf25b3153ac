/** Runs one API call at a time for a control, with a busy flag and a readable error. */
import { useCallback, useState } from 'react';
import { isApiError } from '../api/ApiError.js';
import { useSession } from '../auth/context.js';
import { useT } from '../i18n/context.js';

export interface Action {
  busy: boolean;
  error: string | null;
  /** Resolves true when the call succeeded. */
  run: (call: () => Promise<void>) => Promise<boolean>;
  clearError: () => void;
}

export function useAction(): Action {
  const t = useT();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (call: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await call();
        return true;
      } catch (failure) {
        if (isApiError(failure) && failure.status === 401) refresh();
        const message = failure instanceof Error ? failure.message : String(failure);
        setError(t('review.failed', { message }));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [refresh, t],
  );

  return { busy, error, run, clearError: useCallback(() => setError(null), []) };
}
