import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { columnTypes, type DialectName } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import { withStatementCache } from './statementCache.js';
import type { Database } from './schema.js';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  /** `schema` isolates a test run inside one PostgreSQL database. */
  | { kind: 'postgres'; url: string; schema?: string };

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite connection itself, for the few statements that must run synchronously. */
  sqlite: SqliteDatabase.Database | null;
}

const PG_INT8 = 20;

function openSqlite(file: string): { db: Kysely<Database>; sqlite: SqliteDatabase.Database } {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives a killed process; only power loss may lose the last one.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const database = withStatementCache(sqlite);
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), sqlite };
}

const bigintAsNumber = ((oid: number, format?: 'text' | 'binary'): unknown =>
  oid === PG_INT8
    ? (value: string) => Number(value)
    : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser;

async function openPostgres(url: string, schema: string | undefined): Promise<Kysely<Database>> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}"`);
  }
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // Sequence numbers are bigint; they stay far below 2^53.
    types: { getTypeParser: bigintAsNumber },
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  const { db, sqlite } =
    config.kind === 'sqlite'
      ? openSqlite(config.file)
      : { db: await openPostgres(config.url, config.schema), sqlite: null };
  const dialect: DialectName = config.kind;
  const migrator = new Migrator({
    db,
    provider: migrationProvider(columnTypes(dialect)),
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    ...(config.kind === 'postgres' ? { migrationTableSchema: config.schema ?? 'public' } : {}),
    // Numbers are reserved per feature and land in any order: a store that already ran a later
    // one still takes an earlier one that arrives after it (each touches only its own tables).
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error('Database migration failed');
  }
  return { db, dialect, sqlite };
}
