/** What every plan-wide workflow page needs: the plan, its agencies, and the live sections. */
import { useMemo } from 'react';
import { api } from '../api/client.js';
import { useSession } from '../auth/context.js';
import { agencyDirectory, type AgencyDirectory } from '../plan/agencies.js';
import { buildOutline, currentSections, type OutlineNode } from '../plan/outline.js';
import type { PlanSection, PlanView } from '../plan/types.js';
import { useLoad, type LoadState } from '../plan/useLoad.js';
import { usePlanRoom } from '../plan/usePlanRoom.js';

export interface PlanPageData {
  plan: PlanView;
  agencies: AgencyDirectory;
  sections: ReadonlyMap<string, PlanSection>;
  outline: OutlineNode[];
  live: boolean;
}

export function usePlanPage(planId: string): {
  state: LoadState<unknown>;
  retry: () => void;
  data: PlanPageData | null;
} {
  const [state, retry] = useLoad(`plan:${planId}`, () =>
    Promise.all([api.plan(planId), api.agencies()]),
  );
  const { refresh } = useSession();
  const room = usePlanRoom(planId, refresh);

  const ready = state.status === 'ready' ? state.data : null;
  const agencies = useMemo(() => agencyDirectory(ready ? ready[1] : []), [ready]);
  const sections = useMemo(
    () => currentSections(ready?.[0].sections ?? [], room.sections),
    [ready, room.sections],
  );
  const outline = useMemo(() => buildOutline(sections.values()), [sections]);

  const data = ready ? { plan: ready[0], agencies, sections, outline, live: room.live } : null;
  return { state, retry, data };
}
