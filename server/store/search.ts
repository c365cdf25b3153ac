import { sql, type Kysely, type Transaction } from 'kysely';
import { fold, type SearchQuery } from '../../shared/search/fold.js';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

export type SearchKind = 'section' | 'comment';

/** One thing search finds: a section's title and text, or one thread's comments. */
export interface SearchEntry {
  id: string;
  planId: string;
  kind: SearchKind;
  sectionId: string;
  title: string;
  body: string;
}

export interface SearchHit {
  kind: SearchKind;
  sectionId: string;
  title: string;
  body: string;
  /** Higher is better. */
  score: number;
}

interface HitRow {
  kind: string;
  section_id: string;
  title: string;
  body: string;
  score: number | string;
}

/**
 * The search index (migration 019) over SQLite FTS5 or PostgreSQL full text. Query words are
 * folded letters and digits only (shared/search/fold.ts), so they never carry query syntax.
 */
export class SearchRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Replaces every entry of one kind for a section with `entries` (none: the section's go). */
  async replace(
    sectionId: string,
    kind: SearchKind,
    entries: readonly SearchEntry[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.remove(trx, sectionId, kind);
      for (const entry of entries) await this.insert(trx, entry);
    });
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('search_entries').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  async clear(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('search_entries').execute();
      if (this.dialect === 'sqlite') await sql`DELETE FROM search_fts`.execute(trx);
    });
  }

  async search(planId: string, query: SearchQuery, limit: number): Promise<SearchHit[]> {
    if (query.phrases.length === 0) return [];
    const rows =
      this.dialect === 'sqlite'
        ? await sql<HitRow>`
            SELECT e.kind, e.section_id, e.title, e.body, -bm25(search_fts) AS score
            FROM search_fts JOIN search_entries e ON e.id = search_fts.entry_id
            WHERE search_fts MATCH ${query.phrases.map((p) => `"${p.join(' ')}"`).join(' ')}
              AND search_fts.plan_id = ${planId}
            ORDER BY bm25(search_fts) LIMIT ${limit}`.execute(this.db)
        : await sql<HitRow>`
            SELECT kind, section_id, title, body,
              ts_rank(to_tsvector('simple', folded), q) AS score
            FROM search_entries,
              to_tsquery('simple', ${query.phrases.map((p) => p.join(' <-> ')).join(' & ')}) q
            WHERE plan_id = ${planId} AND to_tsvector('simple', folded) @@ q
            ORDER BY score DESC, id LIMIT ${limit}`.execute(this.db);
    return rows.rows.map((r) => ({
      kind: r.kind as SearchKind,
      sectionId: r.section_id,
      title: r.title,
      body: r.body,
      score: Number(r.score),
    }));
  }

  private async remove(trx: Transaction<Database>, sectionId: string, kind: SearchKind) {
    if (this.dialect === 'sqlite') {
      await sql`DELETE FROM search_fts WHERE entry_id IN (
        SELECT id FROM search_entries WHERE section_id = ${sectionId} AND kind = ${kind})`.execute(
        trx,
      );
    }
    await trx
      .deleteFrom('search_entries')
      .where('section_id', '=', sectionId)
      .where('kind', '=', kind)
      .execute();
  }

  private async insert(trx: Transaction<Database>, entry: SearchEntry) {
    const folded = fold(`${entry.title}\n${entry.body}`);
    await trx
      .insertInto('search_entries')
      .values({
        id: entry.id,
        plan_id: entry.planId,
        kind: entry.kind,
        section_id: entry.sectionId,
        title: entry.title,
        body: entry.body,
        folded,
      })
      .execute();
    if (this.dialect === 'sqlite') {
      await sql`INSERT INTO search_fts (entry_id, plan_id, folded)
        VALUES (${entry.id}, ${entry.planId}, ${folded})`.execute(trx);
    }
  }
}
