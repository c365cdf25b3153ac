/** Links between the review screens: the plan in the address, a section with a thread focused. */
import { useRoute } from '../router/history.js';
import { paths } from '../router/routes.js';
import { THREAD_PARAM } from './panel/useFocusRequest.js';

/** The plan the current page belongs to, if any. */
export function useCurrentPlanId(): string | null {
  const route = useRoute();
  return 'planId' in route ? route.planId : null;
}

export function threadPath(planId: string, sectionId: string, threadId: string): string {
  const query = new URLSearchParams({ [THREAD_PARAM]: threadId }).toString();
  return `${paths.section(planId, sectionId)}?${query}`;
}

export const SECTION_PARAM = 'sectionId';

export function summaryPath(planId: string, sectionId: string | null = null): string {
  const base = paths.planPage(planId, 'comments');
  return sectionId
    ? `${base}?${new URLSearchParams({ [SECTION_PARAM]: sectionId }).toString()}`
    : base;
}
