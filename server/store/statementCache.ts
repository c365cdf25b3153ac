import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct statements kept prepared; Kysely compiles each query shape to the same SQL text. */
const DEFAULT_CAPACITY = 256;

/**
 * The SQLite connection as Kysely sees it, with its prepared statements kept and reused.
 * Kysely prepares every query it runs; preparing costs more than running most of ours (and
 * allocates native memory each time), while the server runs the same few dozen shapes all day.
 * A statement is only ever used for one call at a time: Kysely runs them synchronously.
 */
export function withStatementCache(
  sqlite: SqliteDatabase.Database,
  capacity = DEFAULT_CAPACITY,
): KyselySqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    prepare(sql: string): SqliteStatement {
      const known = prepared.get(sql);
      if (known) {
        // Most recently used last: the first entry is the one to evict.
        prepared.delete(sql);
        prepared.set(sql, known);
        return known;
      }
      const statement = sqlite.prepare(sql);
      prepared.set(sql, statement);
      if (prepared.size > capacity) {
        const oldest = prepared.keys().next().value;
        if (oldest !== undefined) prepared.delete(oldest);
      }
      return statement;
    },
    close(): void {
      prepared.clear();
      sqlite.close();
    },
  };
}
