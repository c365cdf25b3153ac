/** The comment-response summary rows for the plan or one section, refetched live. */
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errorMessage.js';
import { useT } from '../../i18n/context.js';
import { reviewApi } from '../api.js';
import { planRevision, useThreadStats } from '../threadStats.js';
import type { SummaryRow } from '../wire.js';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; rows: SummaryRow[] };

export function useSummary(planId: string, sectionId: string | null): [SummaryState, () => void] {
  const t = useT();
  const revision = planRevision(useThreadStats(planId));
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    reviewApi.summary(planId, sectionId).then(
      (rows) => {
        if (ticket === latest.current) setState({ status: 'ready', rows });
      },
      (error: unknown) => {
        if (ticket === latest.current)
          setState({ status: 'error', message: errorMessage(t, error) });
      },
    );
  }, [planId, sectionId, revision, attempt, t]);

  return [state, () => setAttempt((a) => a + 1)];
}
