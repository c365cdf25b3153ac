/**
 * What the plan-wide review pages need: the plan, the agencies, the sections in outline order,
 * and the live plan room (which also feeds the thread counters these pages refresh on).
 */
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
  /** Depth first, as the outline reads. */
  sections: PlanSection[];
}

function flatten(nodes: OutlineNode[]): PlanSection[] {
  return nodes.flatMap((node) => [node.section, ...flatten(node.children)]);
}

export function usePlanPage(planId: string): [LoadState<PlanPageData>, () => void] {
  const { refresh } = useSession();
  const [state, retry] = useLoad(`review:${planId}`, () =>
    Promise.all([api.plan(planId), api.agencies()]),
  );
  const room = usePlanRoom(planId, refresh);

  const result = useMemo((): LoadState<PlanPageData> => {
    if (state.status !== 'ready') return state;
    const [plan, agencies] = state.data;
    const sections = flatten(buildOutline(currentSections(plan.sections, room.sections).values()));
    return { status: 'ready', data: { plan, agencies: agencyDirectory(agencies), sections } };
  }, [state, room.sections]);

  return [result, retry];
}
