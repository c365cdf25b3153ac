import type * as Y from 'yjs';
import { PLAN_SECTIONS_FIELD, planRoomName } from '../../shared/protocol/collab.js';
import type { SectionDirectory } from '../plan/directory.js';
import { toSectionView } from '../plan/views.js';
import type { SectionRecord } from '../store/plans.js';
import type { Room } from './room.js';
import type { RoomRegistry } from './roomRegistry.js';

function sectionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PLAN_SECTIONS_FIELD);
}

/** Keeps each loaded plan room equal to the directory: the server is its only writer. */
export class PlanRoomPublisher {
  constructor(
    private readonly directory: SectionDirectory,
    private readonly registry: RoomRegistry,
  ) {
    directory.on('section', (section) => this.publish(section));
  }

  /** Brings a freshly loaded plan room up to date with the database. */
  reconcile(room: Room, planId: string): void {
    const live = new Map(this.directory.sectionsOf(planId).map((s) => [s.id, toSectionView(s)]));
    room.changeFromServer((doc) => {
      const map = sectionsMap(doc);
      for (const key of [...map.keys()]) if (!live.has(key)) map.delete(key);
      for (const [id, view] of live) {
        if (JSON.stringify(map.get(id)) !== JSON.stringify(view)) map.set(id, view);
      }
    });
  }

  private publish(section: SectionRecord): void {
    const room = this.registry.loaded(planRoomName(section.planId));
    if (!room) return;
    room.changeFromServer((doc) => {
      if (section.deletedAt) sectionsMap(doc).delete(section.id);
      else sectionsMap(doc).set(section.id, toSectionView(section));
    });
  }
}
