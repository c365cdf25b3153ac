import type * as Y from 'yjs';
import type { SectionFreeze } from '../../shared/indicatorRefs.js';
import type { Indicator } from '../../shared/indicators.js';
import {
  PLAN_INDICATOR_FREEZES_FIELD,
  PLAN_INDICATORS_FIELD,
  planRoomName,
} from '../../shared/protocol/collab.js';
import type { Room } from '../collab/room.js';
import type { RoomRegistry } from '../collab/roomRegistry.js';
import type { IndicatorFreezeRepository } from '../store/indicatorFreezes.js';
import type { IndicatorRepository } from '../store/indicators.js';

const indicatorsMap = (doc: Y.Doc): Y.Map<Indicator> => doc.getMap(PLAN_INDICATORS_FIELD);
const freezesMap = (doc: Y.Doc): Y.Map<SectionFreeze> => doc.getMap(PLAN_INDICATOR_FREEZES_FIELD);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Carries the registry in the plan room, so every open editor and reader renders a reference
 * with the current value without any write to the sections that cite it; and the figures each
 * approved section froze, so its references keep showing them.
 */
export class IndicatorPublisher {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly freezes: IndicatorFreezeRepository,
    private readonly registry: RoomRegistry,
  ) {}

  /** Brings a freshly loaded plan room up to date. */
  async reconcile(room: Room, planId: string): Promise<void> {
    const current = await this.indicators.ofPlan(planId);
    const live = new Map(current.map((i) => [i.id, i]));
    const frozen = await this.freezes.ofPlan(planId);
    room.changeFromServer((doc) => {
      mirror(indicatorsMap(doc), live);
      mirror(freezesMap(doc), frozen);
    });
  }

  publish(indicators: readonly Indicator[]): void {
    for (const indicator of indicators) {
      const room = this.registry.loaded(planRoomName(indicator.planId));
      room?.changeFromServer((doc) => indicatorsMap(doc).set(indicator.id, indicator));
    }
  }

  /** A section's frozen figures, or null once it shows the registry's values again. */
  publishFreeze(planId: string, sectionId: string, freeze: SectionFreeze | null): void {
    const room = this.registry.loaded(planRoomName(planId));
    room?.changeFromServer((doc) => {
      if (freeze) freezesMap(doc).set(sectionId, freeze);
      else freezesMap(doc).delete(sectionId);
    });
  }
}

/** Makes a room's map hold exactly `entries`, touching only what differs. */
function mirror<T>(map: Y.Map<T>, entries: ReadonlyMap<string, T>): void {
  for (const key of [...map.keys()]) if (!entries.has(key)) map.delete(key);
  for (const [key, value] of entries) if (!same(map.get(key), value)) map.set(key, value);
}
