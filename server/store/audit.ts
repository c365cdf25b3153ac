import type { Kysely } from 'kysely';
import type { AuditAction } from '../../shared/audit.js';
import type { Database } from './schema.js';

export interface AuditEntry {
  at: string;
  actorId: string | null;
  actorName: string | null;
  agency: string | null;
  action: AuditAction;
  sectionId: string | null;
  detail: string;
  address: string | null;
}

export interface AuditFilter {
  sectionId?: string | undefined;
  actorId?: string | undefined;
  agency?: string | undefined;
  action?: AuditAction | undefined;
  /** Only entries about these sections (the activity of one plan). */
  sectionIds?: readonly string[] | undefined;
  actions?: readonly AuditAction[] | undefined;
  limit: number;
}

/** The append-only audit log: there is no update and no delete here on purpose. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.appendMany([entry]);
  }

  /** Several entries in one statement: one commit for a batch of edit notes. */
  async appendMany(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .insertInto('audit_log')
      .values(
        entries.map((entry) => ({
          at: entry.at,
          actor_id: entry.actorId,
          actor_name: entry.actorName,
          agency: entry.agency,
          action: entry.action,
          section_id: entry.sectionId,
          detail: entry.detail,
          address: entry.address,
        })),
      )
      .execute();
  }

  async query(filter: AuditFilter): Promise<(AuditEntry & { id: number })[]> {
    let q = this.db.selectFrom('audit_log').selectAll();
    if (filter.sectionId) q = q.where('section_id', '=', filter.sectionId);
    if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
    if (filter.agency) q = q.where('agency', '=', filter.agency);
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.sectionIds)
      q = q.where('section_id', 'in', filter.sectionIds.length ? [...filter.sectionIds] : ['']);
    if (filter.actions) q = q.where('action', 'in', [...filter.actions]);
    const rows = await q.orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      agency: r.agency,
      action: r.action as AuditAction,
      sectionId: r.section_id,
      detail: r.detail,
      address: r.address,
    }));
  }
}
