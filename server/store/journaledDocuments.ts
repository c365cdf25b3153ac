import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import {
  storedDocument,
  type DocumentStore,
  type SqlDocumentStore,
  type StoredDocument,
} from './documents.js';
import { UpdateJournal, type JournalOptions } from './journal/updateJournal.js';

/**
 * The embedded (SQLite) store: updates go to the append-only journal, snapshots to the
 * database. A committed SQLite transaction writes whole pages, hundreds of times the size of a
 * keystroke; the journal writes the keystroke. Both survive a killed process.
 */
export class JournaledDocumentStore implements DocumentStore {
  private readonly journal: UpdateJournal;
  private readonly lockedStatement: SqliteDatabase.Statement<[string]>;

  constructor(
    private readonly sql: SqlDocumentStore,
    sqlite: SqliteDatabase.Database,
    databaseFile: string,
    options: JournalOptions = {},
  ) {
    this.lockedStatement = sqlite.prepare(
      'SELECT 1 FROM sections WHERE id = ? AND locked_at IS NOT NULL',
    );
    const floor = sqlite
      .prepare(
        `SELECT max(coalesce((SELECT max(seq) FROM doc_updates), 0),
                    coalesce((SELECT max(through_seq) FROM doc_snapshots), 0)) AS seq`,
      )
      .get() as { seq: number };
    this.journal = UpdateJournal.open(journalDir(databaseFile), floor.seq, options);
    // What a previous process left and had already compacted is not needed again.
    const compactedThrough = sqlite.prepare('SELECT through_seq FROM doc_snapshots WHERE doc = ?');
    for (const doc of this.journal.pendingDocs()) {
      const row = compactedThrough.get(doc) as { through_seq: number } | undefined;
      if (row) this.journal.forget(doc, row.through_seq);
    }
  }

  async load(doc: string): Promise<StoredDocument> {
    const { snapshot, snapshotSeq, log } = await this.sql.loadParts(doc);
    const journaled = this.journal.entries(doc, Math.max(snapshotSeq, log.at(-1)?.seq ?? 0));
    return storedDocument(snapshot, snapshotSeq, [...log, ...journaled]);
  }

  append(doc: string, update: Uint8Array, sectionId: string | null): Promise<number | null> {
    // Synchronous, like the journal's write that follows in this same turn: a lock committed
    // after this check orders the write before the lock.
    if (sectionId !== null && this.lockedStatement.get(sectionId) !== undefined) {
      return Promise.resolve(null);
    }
    return this.journal.append(doc, update);
  }

  async compact(
    doc: string,
    snapshot: Uint8Array,
    throughSeq: number,
    stateVector: Uint8Array | null = null,
  ): Promise<void> {
    await this.sql.compact(doc, snapshot, throughSeq, stateVector);
    this.journal.forget(doc, throughSeq);
  }

  journalBytes(): number {
    return this.journal.bytes();
  }

  /** Documents a killed process left in the journal, to be compacted at start. */
  uncompactedDocs(): string[] {
    return this.journal.pendingDocs();
  }

  close(): void {
    this.journal.close();
  }
}

/** The journal lives beside the database file. */
export function journalDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'journal');
}
