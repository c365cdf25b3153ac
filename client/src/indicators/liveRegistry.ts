/**
 * The registry as the plan room carries it (`indicators`, and the `indicatorFreezes` of approved
 * sections), kept in a small store: reference node views, hover cards and pickers follow it
 * without a request, and a change of a figure reaches them within the room's latency.
 * usePlanRoom feeds it through watchLiveRegistry().
 */
import { useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { SectionFreeze } from '../../../shared/indicatorRefs.js';
import type { Indicator } from '../../../shared/indicators.js';
import {
  PLAN_INDICATOR_FREEZES_FIELD,
  PLAN_INDICATORS_FIELD,
} from '../../../shared/protocol/collab.js';
import { IndicatorWire, SectionFreezeWire } from './wire.js';

export interface LiveRegistry {
  indicators: ReadonlyMap<string, Indicator>;
  /** Section id → its frozen figures; absent for a section that is not frozen. */
  freezes: ReadonlyMap<string, SectionFreeze>;
}

const EMPTY: LiveRegistry = { indicators: new Map(), freezes: new Map() };
const byPlan = new Map<string, LiveRegistry>();
const listeners = new Set<() => void>();

export function subscribeLiveRegistry(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The plan's registry now (empty until the plan room has spoken). */
export const liveRegistry = (planId: string): LiveRegistry => byPlan.get(planId) ?? EMPTY;

function readMap<T>(map: Y.Map<unknown>, parse: (value: unknown) => T | null): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, value] of map.entries()) {
    const parsed = parse(value);
    if (parsed !== null) out.set(key, parsed);
  }
  return out;
}

/** Follows the room's registry maps; returns the cleanup. */
export function watchLiveRegistry(
  doc: Y.Doc,
  provider: WebsocketProvider,
  planId: string,
): () => void {
  const indicators = doc.getMap<unknown>(PLAN_INDICATORS_FIELD);
  const freezes = doc.getMap<unknown>(PLAN_INDICATOR_FREEZES_FIELD);
  const update = () => {
    byPlan.set(planId, {
      indicators: readMap(indicators, (v) => {
        const parsed = IndicatorWire.safeParse(v);
        return parsed.success ? parsed.data : null;
      }),
      freezes: readMap(freezes, (v) => {
        const parsed = SectionFreezeWire.safeParse(v);
        return parsed.success ? parsed.data : null;
      }),
    });
    for (const listener of listeners) listener();
  };
  indicators.observe(update);
  freezes.observe(update);
  provider.on('sync', update);
  return () => {
    indicators.unobserve(update);
    freezes.unobserve(update);
    provider.off('sync', update);
  };
}

export function useLiveRegistry(planId: string): LiveRegistry {
  return useSyncExternalStore(subscribeLiveRegistry, () => liveRegistry(planId));
}
