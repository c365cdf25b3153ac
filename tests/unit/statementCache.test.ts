/**
 * The prepared-statement cache under Kysely's SQLite driver: one statement per SQL text, the
 * least recently used one dropped beyond capacity, and every query still answered correctly.
 */
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../server/store/statementCache.js';

describe('withStatementCache', () => {
  let sqlite: SqliteDatabase.Database;
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('prepares each SQL text once and reuses it', () => {
    sqlite = new SqliteDatabase(':memory:');
    const cached = withStatementCache(sqlite);
    const first = cached.prepare('SELECT 1 AS one');
    expect(cached.prepare('SELECT 1 AS one')).toBe(first);
    expect(cached.prepare('SELECT 2 AS two')).not.toBe(first);
  });

  it('drops the least recently used statement beyond its capacity', () => {
    sqlite = new SqliteDatabase(':memory:');
    const cached = withStatementCache(sqlite, 2);
    const a = cached.prepare('SELECT 1');
    const b = cached.prepare('SELECT 2');
    expect(cached.prepare('SELECT 1')).toBe(a); // a is now the most recent
    cached.prepare('SELECT 3'); // evicts b
    expect(cached.prepare('SELECT 1')).toBe(a);
    expect(cached.prepare('SELECT 2')).not.toBe(b);
  });

  it('serves Kysely: repeated queries with other parameters give their own answers', async () => {
    sqlite = new SqliteDatabase(':memory:');
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`.execute(db);
    for (const [id, name] of [
      [1, 'Sở Công Thương'],
      [2, 'Sở Giao thông vận tải'],
    ] as const) {
      await db.insertInto('t').values({ id, name }).execute();
    }
    const byId = (id: number) =>
      db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirst();
    expect(await byId(1)).toEqual({ name: 'Sở Công Thương' });
    expect(await byId(2)).toEqual({ name: 'Sở Giao thông vận tải' });
    expect(await byId(3)).toBeUndefined();
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });
});
