import type { PublicUser } from '../../shared/model.js';
import type { AuditAction } from '../../shared/audit.js';
import type { AuditEntry } from '../store/audit.js';
import type { Store } from '../store/store.js';
import { inChunks } from '../eventLoop.js';

export interface AuditContext {
  sectionId?: string | null;
  detail?: string;
  address?: string | null;
}

const MINUTE = 60_000;
/** Edit notes wait this long to be written together: typing costs no commit per person. */
const EDIT_NOTES_DELAY_MS = 1000;
/** Edit notes written in one statement; more wait for the next turn (a minute's edits at once). */
const NOTES_PER_TURN = 64;

/** Writes the audit trail; edit activity is coalesced to one row per person, section and minute. */
export class AuditLog {
  private readonly lastEditMinute = new Map<string, number>();
  private editNotes: AuditEntry[] = [];
  private editTimer: NodeJS.Timeout | null = null;

  constructor(private readonly store: Store) {}

  async record(
    actor: Pick<PublicUser, 'id' | 'name' | 'agency'> | null,
    action: AuditAction,
    context: AuditContext = {},
  ): Promise<void> {
    await this.write([entryOf(actor, action, context)]);
  }

  /** Called for every accepted edit; notes at most one row a minute per person and section. */
  noteEdit(actor: PublicUser, sectionId: string, now = Date.now()): void {
    const key = `${actor.id}\u0000${sectionId}`;
    const minute = Math.floor(now / MINUTE);
    if (this.lastEditMinute.get(key) === minute) return;
    this.lastEditMinute.set(key, minute);
    this.editNotes.push(entryOf(actor, 'edit', { sectionId }));
    if (this.editTimer) return;
    this.editTimer = setTimeout(() => {
      this.flush().catch((error: unknown) => console.error('Could not write edit notes', error));
    }, EDIT_NOTES_DELAY_MS);
    this.editTimer.unref();
  }

  /** Writes the edit notes still waiting (at shutdown). */
  async flush(): Promise<void> {
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = null;
    const notes = this.editNotes;
    this.editNotes = [];
    await inChunks(notes, NOTES_PER_TURN, (chunk) => this.write(chunk));
  }

  private async write(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // The trail must never take an edit or a lock down with it: a failed write is reported only.
    await this.store.audit
      .appendMany(entries)
      .catch((error: unknown) =>
        console.error(
          `Could not write the audit entries ${entries.map((e) => e.action).join()}`,
          error,
        ),
      );
  }
}

/** One audit row, stamped now (for writes that carry their audit row in their own transaction). */
export function entryOf(
  actor: Pick<PublicUser, 'id' | 'name' | 'agency'> | null,
  action: AuditAction,
  context: AuditContext,
): AuditEntry {
  return {
    at: new Date().toISOString(),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    agency: actor?.agency ?? null,
    action,
    sectionId: context.sectionId ?? null,
    detail: context.detail ?? '',
    address: context.address ?? null,
  };
}
