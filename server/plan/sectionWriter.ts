import type { AuditEntry } from '../store/audit.js';
import { sectionRow, type SectionRecord } from '../store/plans.js';
import type { SectionRow } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { StatusChangeRecord } from '../store/workflow.js';
import type { SectionDirectory } from './directory.js';
import { KeyedQueue } from './keyedQueue.js';

/** A section as the command found it (null: a new one) and as it leaves it. */
export interface SectionWrite {
  before: SectionRecord | null;
  after: SectionRecord;
}

/** Everything one command writes: committed together, or not at all. */
export interface CommandWrites {
  sections: SectionWrite[];
  history?: Omit<StatusChangeRecord, 'actorName' | 'agency'>;
  audit: AuditEntry[];
}

export type Commit = (writes: CommandWrites) => Promise<void>;

/**
 * The one way the coordinator's commands change sections. Commands on a plan run one at a time
 * (each reads the directory only once the one before it has written), each writes in one
 * database transaction, and an update sets only the columns the command changed: a lock taken
 * by another process between its read and its write is not written back over.
 */
export class SectionWriter {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
  ) {}

  /** Runs `command` after every earlier command on `planId`; it writes through `commit`. */
  run<T>(planId: string, command: (commit: Commit) => Promise<T>): Promise<T> {
    return this.queue.run(planId, () => command((writes) => this.commit(planId, writes)));
  }

  private async commit(planId: string, writes: CommandWrites): Promise<void> {
    await this.store.transaction(planId, async (tx) => {
      for (const { before, after } of writes.sections) {
        if (!before) {
          await tx.plans.insertSection(after);
          continue;
        }
        const patch = changedColumns(sectionRow(before), sectionRow(after));
        if (patch) await tx.plans.updateSection(after.id, patch);
      }
      if (writes.history) await tx.workflow.recordStatusChange(writes.history);
      await tx.audit.appendMany(writes.audit);
    });
    // Only what is committed reaches the live directory (and so the rooms and the plan room).
    for (const { after } of writes.sections) this.directory.update(after);
  }
}

/** The columns whose values differ, or null when none do. */
export function changedColumns(before: SectionRow, after: SectionRow): Partial<SectionRow> | null {
  const patch: Partial<Record<keyof SectionRow, unknown>> = {};
  let changed = false;
  for (const key of Object.keys(after) as (keyof SectionRow)[]) {
    if (key === 'id' || before[key] === after[key]) continue;
    patch[key] = after[key];
    changed = true;
  }
  return changed ? (patch as Partial<SectionRow>) : null;
}
