import type * as Y from 'yjs';
import type { Indicator } from '../../shared/indicators.js';
import { PLAN_INDICATORS_FIELD, planRoomName } from '../../shared/protocol/collab.js';
import type { Room } from '../collab/room.js';
import type { RoomRegistry } from '../collab/roomRegistry.js';
import type { IndicatorRepository } from '../store/indicators.js';

const indicatorsMap = (doc: Y.Doc): Y.Map<Indicator> => doc.getMap(PLAN_INDICATORS_FIELD);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Carries the registry in the plan room, so every open editor and reader renders a reference
 * with the current value without any write to the sections that cite it.
 */
export class IndicatorPublisher {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly registry: RoomRegistry,
  ) {}

  /** Brings a freshly loaded plan room up to date. */
  async reconcile(room: Room, planId: string): Promise<void> {
    const current = await this.indicators.ofPlan(planId);
    const live = new Map(current.map((i) => [i.id, i]));
    room.changeFromServer((doc) => {
      const map = indicatorsMap(doc);
      for (const key of [...map.keys()]) if (!live.has(key)) map.delete(key);
      for (const [id, indicator] of live) if (!same(map.get(id), indicator)) map.set(id, indicator);
    });
  }

  publish(indicators: readonly Indicator[]): void {
    for (const indicator of indicators) {
      const room = this.registry.loaded(planRoomName(indicator.planId));
      room?.changeFromServer((doc) => indicatorsMap(doc).set(indicator.id, indicator));
    }
  }
}
