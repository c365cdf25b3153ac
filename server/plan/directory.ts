import { EventEmitter } from 'node:events';
import type { PlanRecord, SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';

interface DirectoryEvents {
  /** A section's facts changed (lock, assignment, status, outline). */
  section: [section: SectionRecord];
}

/**
 * The plans and sections in memory, so that every WebSocket message can be checked against
 * the current owner, status and lock without a database read. The database stays the truth:
 * every change is written there first and then set here.
 */
export class SectionDirectory extends EventEmitter<DirectoryEvents> {
  private readonly sections = new Map<string, SectionRecord>();
  private planList: PlanRecord[] = [];

  constructor(private readonly store: Store) {
    super();
  }

  async load(): Promise<void> {
    this.planList = await this.store.plans.plans();
    this.sections.clear();
    for (const s of await this.store.plans.allSections()) this.sections.set(s.id, s);
  }

  plans(): readonly PlanRecord[] {
    return this.planList;
  }

  plan(planId: string): PlanRecord | undefined {
    return this.planList.find((p) => p.id === planId);
  }

  /** A live (not deleted) section. */
  section(id: string): SectionRecord | undefined {
    const s = this.sections.get(id);
    return s && !s.deletedAt ? s : undefined;
  }

  /** A section even if deleted (to restore it). */
  anySection(id: string): SectionRecord | undefined {
    return this.sections.get(id);
  }

  deletedSectionsOf(planId: string): SectionRecord[] {
    return [...this.sections.values()].filter((s) => s.planId === planId && s.deletedAt);
  }

  sectionsOf(planId: string): SectionRecord[] {
    return [...this.sections.values()]
      .filter((s) => s.planId === planId && !s.deletedAt)
      .sort((a, b) => a.position - b.position);
  }

  /** Records a plan already written to the database, with its sections. */
  addPlan(plan: PlanRecord, sections: readonly SectionRecord[]): void {
    this.planList = [...this.planList, plan];
    for (const s of sections) this.sections.set(s.id, s);
  }

  /** Records a change to a plan's own fields already written to the database. */
  setPlan(plan: PlanRecord): void {
    this.planList = this.planList.map((p) => (p.id === plan.id ? plan : p));
  }

  /** Records a change already written to the database and tells the listeners. */
  update(section: SectionRecord): void {
    this.sections.set(section.id, section);
    this.emit('section', section);
  }
}
