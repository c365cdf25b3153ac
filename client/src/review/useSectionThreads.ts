/**
 * The threads of one section: fetched on open and again whenever the plan room's revision for the
 * section moves (someone else commented, replied, answered or resolved), so every client is live.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Thread } from '../../../shared/threads.js';
import { isApiError } from '../api/ApiError.js';
import { errorMessage } from '../api/errorMessage.js';
import { useT } from '../i18n/context.js';
import { useSession } from '../auth/context.js';
import { reviewApi } from './api.js';
import { useSectionThreadStats } from './threadStats.js';

export interface SectionThreads {
  /** null until the first answer. */
  threads: readonly Thread[] | null;
  error: string | null;
  /** Put a thread the server just returned in place (or add it) without waiting for a refetch. */
  apply: (thread: Thread) => void;
  reload: () => void;
}

function upsert(threads: readonly Thread[] | null, thread: Thread): Thread[] {
  const list = threads ?? [];
  return list.some((t) => t.id === thread.id)
    ? list.map((t) => (t.id === thread.id ? thread : t))
    : [...list, thread];
}

export function useSectionThreads(sectionId: string): SectionThreads {
  const { refresh } = useSession();
  const t = useT();
  const revision = useSectionThreadStats(sectionId)?.revision ?? null;
  const [threads, setThreads] = useState<readonly Thread[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  /** Only the newest request may write: answers can arrive out of order. */
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    reviewApi.threads(sectionId).then(
      (list) => {
        if (ticket !== latest.current) return;
        setThreads(list);
        setError(null);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        if (isApiError(failure) && failure.status === 401) refresh();
        setError(errorMessage(t, failure));
      },
    );
  }, [sectionId, revision, attempt, refresh, t]);

  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );

  const apply = useCallback((thread: Thread) => {
    // An answer already on its way may predate this change; the revision it causes refetches.
    latest.current += 1;
    setThreads((current) => upsert(current, thread));
  }, []);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);

  return { threads, error, apply, reload };
}
