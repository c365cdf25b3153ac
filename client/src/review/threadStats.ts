/**
 * The plan room's `threadStats` (section id → counters and a revision), kept in a small store so
 * the outline, the header, the comments panel and the inbox all follow it without prop drilling.
 * usePlanRoom feeds it through watchThreadStats().
 */
import { useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { PLAN_THREAD_STATS_FIELD } from '../../../shared/protocol/collab.js';
import type { ThreadStats } from '../../../shared/threads.js';
import { ThreadStatsWire } from '../../../shared/api/threads.js';

export type StatsBySection = ReadonlyMap<string, ThreadStats>;

const byPlan = new Map<string, StatsBySection>();
const listeners = new Set<() => void>();

function publish(planId: string, stats: StatsBySection): void {
  byPlan.set(planId, stats);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readStats(map: Y.Map<unknown>): StatsBySection {
  const stats = new Map<string, ThreadStats>();
  for (const [sectionId, value] of map.entries()) {
    const parsed = ThreadStatsWire.safeParse(value);
    if (parsed.success) stats.set(sectionId, parsed.data);
  }
  return stats;
}

/** Follows the room's `threadStats` map; returns the cleanup. */
export function watchThreadStats(
  doc: Y.Doc,
  provider: WebsocketProvider,
  planId: string,
): () => void {
  const map = doc.getMap<unknown>(PLAN_THREAD_STATS_FIELD);
  const update = () => publish(planId, readStats(map));
  map.observe(update);
  provider.on('sync', update);
  return () => {
    map.unobserve(update);
    provider.off('sync', update);
  };
}

/** Every section's counters in a plan; undefined until the plan room has spoken. */
export function useThreadStats(planId: string | null): StatsBySection | undefined {
  return useSyncExternalStore(subscribe, () => (planId === null ? undefined : byPlan.get(planId)));
}

/** One section's counters, whichever plan it is in. */
export function useSectionThreadStats(sectionId: string): ThreadStats | undefined {
  return useSyncExternalStore(subscribe, () => {
    for (const stats of byPlan.values()) {
      const found = stats.get(sectionId);
      if (found) return found;
    }
    return undefined;
  });
}

/** Changes whenever any thread of the plan changes. */
export function planRevision(stats: StatsBySection | undefined): string {
  if (!stats) return '';
  let sum = 0;
  for (const entry of stats.values()) sum += entry.revision;
  return `${stats.size}:${sum}`;
}
