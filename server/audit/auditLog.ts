import type { PublicUser } from '../../shared/model.js';
import type { AuditAction } from '../../shared/audit.js';
import type { Store } from '../store/store.js';

export interface AuditContext {
  sectionId?: string | null;
  detail?: string;
  address?: string | null;
}

const MINUTE = 60_000;

/** Writes the audit trail; edit activity is coalesced to one row per person, section and minute. */
export class AuditLog {
  private readonly lastEditMinute = new Map<string, number>();

  constructor(private readonly store: Store) {}

  async record(
    actor: Pick<PublicUser, 'id' | 'name' | 'agency'> | null,
    action: AuditAction,
    context: AuditContext = {},
  ): Promise<void> {
    // The trail must never take an edit or a lock down with it: a failed write is reported only.
    await this.store.audit
      .append({
        at: new Date().toISOString(),
        actorId: actor?.id ?? null,
        actorName: actor?.name ?? null,
        agency: actor?.agency ?? null,
        action,
        sectionId: context.sectionId ?? null,
        detail: context.detail ?? '',
        address: context.address ?? null,
      })
      .catch((error: unknown) => console.error(`Could not write the audit entry ${action}`, error));
  }

  /** Called for every accepted edit; writes at most one row a minute per person and section. */
  async noteEdit(actor: PublicUser, sectionId: string, now = Date.now()): Promise<void> {
    const key = `${actor.id}\u0000${sectionId}`;
    const minute = Math.floor(now / MINUTE);
    if (this.lastEditMinute.get(key) === minute) return;
    this.lastEditMinute.set(key, minute);
    await this.record(actor, 'edit', { sectionId });
  }
}
