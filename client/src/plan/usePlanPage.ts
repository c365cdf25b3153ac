/**
 * What every plan-wide page needs: the plan and the agencies (REST), with the sections kept live
 * by the plan room, as a map, as the outline tree and in reading order.
 */
import { useMemo } from 'react';
import { api } from '../api/client.js';
import { useSession } from '../auth/context.js';
import { agencyDirectory, type AgencyDirectory } from './agencies.js';
import { buildOutline, currentSections, type OutlineNode } from './outline.js';
import type { PlanSection, PlanView } from './types.js';
import { useLoad, type LoadState } from './useLoad.js';
import { usePlanRoom } from './usePlanRoom.js';

export interface PlanPageData {
  plan: PlanView;
  agencies: AgencyDirectory;
  sections: ReadonlyMap<string, PlanSection>;
  outline: OutlineNode[];
  /** Depth first, as the outline reads. */
  ordered: PlanSection[];
  /** The plan room is connected and up to date. */
  live: boolean;
  /** Moves with every change of the plan room (see usePlanRoom): a cue to refetch. */
  revision: number;
  /** When each section's text was last stored (see usePlanRoom). */
  edits: ReadonlyMap<string, string>;
}

function flatten(nodes: OutlineNode[]): PlanSection[] {
  return nodes.flatMap((node) => [node.section, ...flatten(node.children)]);
}

export function usePlanPage(planId: string): [LoadState<PlanPageData>, () => void] {
  const { refresh } = useSession();
  const [state, retry] = useLoad(`plan:${planId}`, () =>
    Promise.all([api.plan(planId), api.agencies()]),
  );
  const room = usePlanRoom(planId, refresh);

  const loaded = state.status === 'ready' ? state.data : null;
  const agencies = useMemo(() => agencyDirectory(loaded?.[1] ?? []), [loaded]);
  const sections = useMemo(
    () => currentSections(loaded?.[0].sections ?? [], room.sections),
    [loaded, room.sections],
  );
  const outline = useMemo(() => buildOutline(sections.values()), [sections]);
  const ordered = useMemo(() => flatten(outline), [outline]);

  const { live, revision, edits } = room;
  const page = useMemo(
    (): LoadState<PlanPageData> =>
      state.status === 'ready'
        ? {
            status: 'ready',
            data: {
              plan: state.data[0],
              agencies,
              sections,
              outline,
              ordered,
              live,
              revision,
              edits,
            },
          }
        : state,
    [state, agencies, sections, outline, ordered, live, revision, edits],
  );

  return [page, retry];
}
