import type * as Y from 'yjs';
import type { LiveSectionFacts } from '../../shared/model.js';
import {
  PLAN_SECTION_FACTS_FIELD,
  PLAN_SECTIONS_FIELD,
  PLAN_THREAD_STATS_FIELD,
  planRoomName,
} from '../../shared/protocol/collab.js';
import type { ThreadStats } from '../../shared/threads.js';
import type { SectionDirectory } from '../plan/directory.js';
import { toSectionView } from '../plan/views.js';
import type { SectionRecord } from '../store/plans.js';
import type { ThreadRepository } from '../store/threads.js';
import type { Room } from './room.js';
import type { RoomRegistry } from './roomRegistry.js';

const sectionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(PLAN_SECTIONS_FIELD);
const statsMap = (doc: Y.Doc): Y.Map<ThreadStats> => doc.getMap(PLAN_THREAD_STATS_FIELD);
const NO_THREADS = { total: 0, open: 0, unanswered: 0 };
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps each loaded plan room equal to the database: the outline with statuses and locks,
 * and the thread counters of every section. The server is the room's only writer.
 */
export class PlanRoomPublisher {
  constructor(
    private readonly directory: SectionDirectory,
    private readonly threads: ThreadRepository,
    private readonly registry: RoomRegistry,
  ) {
    directory.on('section', (section) => this.publishSection(section));
  }

  /** Brings a freshly loaded plan room up to date. */
  async reconcile(room: Room, planId: string): Promise<void> {
    const sections = this.directory.sectionsOf(planId);
    const live = new Map(sections.map((s) => [s.id, toSectionView(s)]));
    room.changeFromServer((doc) => {
      const map = sectionsMap(doc);
      for (const key of [...map.keys()]) if (!live.has(key)) map.delete(key);
      for (const [id, view] of live) if (!same(map.get(id), view)) map.set(id, view);
    });
    const stats = await this.threads.statsFor(sections.map((s) => s.id));
    room.changeFromServer((doc) => {
      for (const s of sections) setStats(statsMap(doc), s.id, stats.get(s.id) ?? NO_THREADS);
    });
  }

  async publishThreadStats(section: SectionRecord): Promise<void> {
    const room = this.registry.loaded(planRoomName(section.planId));
    if (!room) return;
    const counts = await this.threads.stats(section.id);
    room.changeFromServer((doc) => setStats(statsMap(doc), section.id, counts, true));
  }

  publishFacts(sectionId: string, facts: LiveSectionFacts): void {
    const section = this.directory.section(sectionId);
    const room = section && this.registry.loaded(planRoomName(section.planId));
    room?.changeFromServer((doc) => doc.getMap(PLAN_SECTION_FACTS_FIELD).set(sectionId, facts));
  }

  private publishSection(section: SectionRecord): void {
    const room = this.registry.loaded(planRoomName(section.planId));
    if (!room) return;
    room.changeFromServer((doc) => {
      if (section.deletedAt) sectionsMap(doc).delete(section.id);
      else sectionsMap(doc).set(section.id, toSectionView(section));
    });
  }
}

/** Moves the revision whenever the counts change, or always when something was edited. */
function setStats(
  map: Y.Map<ThreadStats>,
  id: string,
  counts: Omit<ThreadStats, 'revision'>,
  edited = false,
): void {
  const previous = map.get(id);
  const { revision: _revision, ...previousCounts } = previous ?? { revision: 0 };
  if (!edited && previous && same(previousCounts, counts)) return;
  map.set(id, { ...counts, revision: (previous?.revision ?? 0) + 1 });
}
