import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

/**
 * Full-text search over section text and comments. `search_entries` keeps what is shown
 * (title, text) and its folded form (lower case, no diacritics: shared/search/fold.ts), which
 * the database's own engine indexes: an FTS5 table on SQLite, a GIN index of a `simple`
 * tsvector on PostgreSQL (folding in the application needs no `unaccent` extension).
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('search_entries')
    /** `section:<sectionId>` or `thread:<threadId>`. */
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_entries_section')
    .on('search_entries')
    .column('section_id')
    .execute();
  if (types.dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(entry_id UNINDEXED, plan_id UNINDEXED, folded, tokenize = 'unicode61')`.execute(
      db,
    );
  } else {
    await sql`CREATE INDEX search_entries_fts ON search_entries USING gin (to_tsvector('simple', folded))`.execute(
      db,
    );
  }
}
