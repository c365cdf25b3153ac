import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../store/database.js';
import { journalDir } from '../store/journaledDocuments.js';
import { AdminSetupError } from './setup.js';

const DATABASE = 'planfold.sqlite';
const JOURNAL = 'journal';

function sqliteFile(database: DatabaseConfig): string {
  if (database.kind !== 'sqlite' || database.file === ':memory:') {
    throw new AdminSetupError(
      'backup and restore are for SQLite deployments; on PostgreSQL use pg_dump and pg_restore.',
    );
  }
  return database.file;
}

/** Copies the journal's segments that still exist (one compacted meanwhile is in the database). */
function copyJournal(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  if (!fs.existsSync(from)) return;
  for (const name of fs.readdirSync(from)) {
    try {
      fs.copyFileSync(path.join(from, name), path.join(to, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * An online backup of a running SQLite deployment into the directory `target` (which must not
 * exist): the journal first, then the database with `VACUUM INTO`. Every update acknowledged
 * before the backup is in the copied journal or, if compacted meanwhile, in the database copied
 * after it; a torn last record is ignored on restore, like after a crash.
 */
export function backup(database: DatabaseConfig, target: string): void {
  const file = sqliteFile(database);
  if (fs.existsSync(target)) throw new AdminSetupError(`${target} already exists.`);
  copyJournal(journalDir(file), path.join(target, JOURNAL));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(path.join(target, DATABASE));
  } finally {
    db.close();
  }
}

/** Restores a backup directory into an empty data directory (the server stopped). */
export function restore(database: DatabaseConfig, source: string): void {
  const file = sqliteFile(database);
  if (!fs.existsSync(path.join(source, DATABASE))) {
    throw new AdminSetupError(`${source} is not a PlanFold backup (no ${DATABASE}).`);
  }
  if (fs.existsSync(file)) {
    throw new AdminSetupError(`${file} exists: restore into an empty data directory.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  copyJournal(path.join(source, JOURNAL), journalDir(file));
  fs.copyFileSync(path.join(source, DATABASE), file);
}
