/** The plan's inbox (threads my agency must answer or is mentioned in), refetched live. */
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/ApiError.js';
import { errorMessage } from '../api/errorMessage.js';
import { useT } from '../i18n/context.js';
import { useSession } from '../auth/context.js';
import { reviewApi } from './api.js';
import { planRevision, useThreadStats } from './threadStats.js';
import type { InboxItem } from './wire.js';

export type InboxState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; items: InboxItem[] };

export function useInbox(planId: string | null): [InboxState, () => void] {
  const { refresh } = useSession();
  const t = useT();
  const revision = planRevision(useThreadStats(planId));
  const [state, setState] = useState<InboxState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (planId === null) return;
    const ticket = ++latest.current;
    reviewApi.inbox(planId).then(
      (items) => {
        if (ticket === latest.current) setState({ status: 'ready', items });
      },
      (error: unknown) => {
        if (ticket !== latest.current) return;
        if (isApiError(error) && error.status === 401) refresh();
        // Keep showing what we had: a failed refresh is not worth a blank page.
        setState((current) =>
          current.status === 'ready'
            ? current
            : { status: 'error', message: errorMessage(t, error) },
        );
      },
    );
  }, [planId, revision, attempt, refresh, t]);

  return [state, () => setAttempt((a) => a + 1)];
}
