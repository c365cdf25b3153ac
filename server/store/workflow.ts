import type { Kysely } from 'kysely';
import type { StatusCode } from '../../shared/statuses.js';
import type { Database } from './schema.js';

export interface StatusChangeRecord {
  sectionId: string;
  from: StatusCode;
  to: StatusCode;
  actorId: string;
  actorName: string;
  agency: string;
  at: string;
  note: string;
}

export interface SectionFactsRecord {
  sectionId: string;
  words: number;
  lastEditedBy: string | null;
  lastEditedByName: string | null;
  lastEditedAt: string | null;
}

/** The workflow's own records: status history and the facts computed from each section's text. */
export class WorkflowRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async recordStatusChange(
    change: Omit<StatusChangeRecord, 'actorName' | 'agency'>,
  ): Promise<void> {
    await this.db
      .insertInto('status_history')
      .values({
        section_id: change.sectionId,
        from_status: change.from,
        to_status: change.to,
        actor_id: change.actorId,
        at: change.at,
        note: change.note,
      })
      .execute();
  }

  async statusHistory(sectionId: string): Promise<StatusChangeRecord[]> {
    const rows = await this.db
      .selectFrom('status_history')
      .leftJoin('users', 'users.id', 'status_history.actor_id')
      .selectAll('status_history')
      .select(['users.name as actor_name', 'users.agency as actor_agency'])
      .where('section_id', '=', sectionId)
      .orderBy('status_history.id', 'desc')
      .execute();
    return rows.map((r) => ({
      sectionId: r.section_id,
      from: r.from_status as StatusCode,
      to: r.to_status as StatusCode,
      actorId: r.actor_id,
      actorName: r.actor_name ?? '',
      agency: r.actor_agency ?? '',
      at: r.at,
      note: r.note,
    }));
  }

  /** Saves the facts of several sections in one statement (one commit, not one per section). */
  async saveFacts(facts: readonly Omit<SectionFactsRecord, 'lastEditedByName'>[]): Promise<void> {
    if (facts.length === 0) return;
    await this.db
      .insertInto('section_facts')
      .values(
        facts.map((f) => ({
          section_id: f.sectionId,
          words: f.words,
          last_edited_by: f.lastEditedBy,
          last_edited_at: f.lastEditedAt,
        })),
      )
      .onConflict((oc) =>
        oc.column('section_id').doUpdateSet((eb) => ({
          words: eb.ref('excluded.words'),
          last_edited_by: eb.ref('excluded.last_edited_by'),
          last_edited_at: eb.ref('excluded.last_edited_at'),
        })),
      )
      .execute();
  }

  async facts(): Promise<SectionFactsRecord[]> {
    const rows = await this.db
      .selectFrom('section_facts')
      .leftJoin('users', 'users.id', 'section_facts.last_edited_by')
      .selectAll('section_facts')
      .select('users.name as editor_name')
      .execute();
    return rows.map((r) => ({
      sectionId: r.section_id,
      words: r.words,
      lastEditedBy: r.last_edited_by,
      lastEditedByName: r.editor_name,
      lastEditedAt: r.last_edited_at,
    }));
  }
}
