import { decide } from '../../shared/policy.js';
import type { RefusalReason } from '../../shared/protocol/collab.js';
import type { AuditLog } from '../audit/auditLog.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { SectionFactsTracker } from './sectionFacts.js';
import type { GatedRoom, WriteGate, Writer } from './writer.js';

/** A section room: the policy decides, stored writes are noted in the audit log and facts. */
export class SectionWriteGate implements WriteGate {
  private quarantine: string | null = null;

  constructor(
    private readonly sectionId: string,
    private readonly directory: SectionDirectory,
    private readonly audit: AuditLog,
    private readonly facts: SectionFactsTracker,
  ) {}

  check(user: Writer['user']): RefusalReason | null {
    if (this.quarantine !== null) return 'quarantined';
    const section = this.directory.section(this.sectionId);
    if (!section) return 'status';
    if (this.directory.plan(section.planId)?.archived) return 'archived';
    const decision = decide(user, 'write', section);
    return decision.allowed ? null : (decision.reason as RefusalReason);
  }

  written(room: GatedRoom, writer: Writer): void {
    if (writer.note === undefined) this.audit.noteEdit(writer.user, this.sectionId);
    else if (writer.note !== null)
      void this.audit.record(writer.user, 'edit', {
        sectionId: this.sectionId,
        detail: writer.note,
      });
    this.facts.noteEdit(room, this.sectionId, writer.user);
  }

  quarantined(room: GatedRoom, why: string): void {
    if (this.quarantine !== null) return;
    this.quarantine = why;
    console.error(`Section ${room.name} is quarantined (read-only): ${why}`);
    void this.audit.record(null, 'quarantine', { sectionId: this.sectionId, detail: why });
  }
}

/** A server-authored room (the plan room): nobody writes it over the socket. */
export const readOnlyGate: WriteGate = {
  check: () => 'read-only-room',
  written: () => {},
  quarantined: (room, why) => console.error(`Room ${room.name} cannot be processed: ${why}`),
};
