import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './dialect.js';
import type { Database } from './schema.js';
import { nextTurn } from '../eventLoop.js';

export interface StoredDocument {
  /** The snapshot first (if any), then every update logged after it, in order. */
  updates: Uint8Array[];
  /** Sequence number of the last update included; 0 when the log is empty. */
  throughSeq: number;
  /** How many logged updates follow the snapshot. */
  logLength: number;
  /** Their size in bytes, and the snapshot's: a room compacts once the log outgrows it. */
  logBytes: number;
  snapshotBytes: number;
  /** The snapshot's state vector, when it was stored with it. */
  snapshotStateVector: Uint8Array | null;
}

/**
 * Yjs documents as an append-only log of binary updates plus one merged snapshot.
 * The binary is the truth; nothing here knows about Yjs.
 */
export interface DocumentStore {
  load(doc: string): Promise<StoredDocument>;
  /**
   * Appends one update. Resolves with its sequence number once it is stored, or null when the
   * section is locked: the store refuses those appends itself, as a second wall behind the
   * live check.
   */
  append(doc: string, update: Uint8Array, sectionId: string | null): Promise<number | null>;
  /** Replaces everything up to `throughSeq` by one snapshot (and its state vector). */
  compact(
    doc: string,
    snapshot: Uint8Array,
    throughSeq: number,
    stateVector?: Uint8Array | null,
  ): Promise<void>;
}

/** Rows read (or deleted) in one go: about 2 ms of SQLite, then the event loop breathes. */
const LOG_PAGE_ROWS = 2000;

export interface StoredSnapshot {
  data: Uint8Array;
  stateVector: Uint8Array | null;
}

/** The log as rows of the database: the store of a PostgreSQL deployment. */
export class SqlDocumentStore implements DocumentStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly types: ColumnTypes,
  ) {}

  async load(doc: string): Promise<StoredDocument> {
    const { snapshot, snapshotSeq, log } = await this.loadParts(doc);
    return storedDocument(snapshot, snapshotSeq, log);
  }

  /** The snapshot, the sequence number it runs through, and the rows logged after it. */
  async loadParts(doc: string): Promise<{
    snapshot: StoredSnapshot | null;
    snapshotSeq: number;
    log: { seq: number; data: Uint8Array }[];
  }> {
    const snapshot = await this.db
      .selectFrom('doc_snapshots')
      .select(['data', 'through_seq', 'state_vector'])
      .where('doc', '=', doc)
      .executeTakeFirst();
    const after = snapshot?.through_seq ?? 0;
    const log: { seq: number; data: Uint8Array }[] = [];
    // Page by page, letting the event loop breathe in between: a long log would otherwise stop
    // every other room for as long as SQLite takes to read it.
    for (let from = after; ;) {
      const page = await this.db
        .selectFrom('doc_updates')
        .select(['seq', 'data'])
        .where('doc', '=', doc)
        .where('seq', '>', from)
        .orderBy('seq')
        .limit(LOG_PAGE_ROWS)
        .execute();
      for (const r of page) log.push({ seq: r.seq, data: r.data });
      if (page.length < LOG_PAGE_ROWS) break;
      from = page.at(-1)?.seq ?? from;
      await nextTurn();
    }
    return {
      snapshot: snapshot ? { data: snapshot.data, stateVector: snapshot.state_vector } : null,
      snapshotSeq: after,
      log,
    };
  }

  async append(doc: string, update: Uint8Array, sectionId: string | null): Promise<number | null> {
    const locked = this.db
      .selectFrom('sections')
      .select(sql.lit(1).as('one'))
      .where('id', '=', sectionId ?? '')
      .where('locked_at', 'is not', null);
    const row = await this.db
      .insertInto('doc_updates')
      .columns(['doc', 'data'])
      .expression(
        this.db
          .selectNoFrom((eb) => [
            eb.cast<string>(eb.val(doc), 'text').as('doc'),
            eb.cast<Uint8Array>(eb.val(update), this.types.blob).as('data'),
          ])
          .where((eb) => eb.not(eb.exists(locked))),
      )
      .returning('seq')
      .executeTakeFirst();
    return row ? row.seq : null;
  }

  async compact(
    doc: string,
    snapshot: Uint8Array,
    throughSeq: number,
    stateVector: Uint8Array | null = null,
  ): Promise<void> {
    const row = { data: snapshot, through_seq: throughSeq, state_vector: stateVector };
    await this.db
      .insertInto('doc_snapshots')
      .values({ doc, ...row })
      .onConflict((oc) => oc.column('doc').doUpdateSet(row))
      .execute();
    // The rows the snapshot covers are skipped by every load from now on, so they can go page by
    // page: deleting ten thousand at once would hold the event loop (and SQLite) for that long.
    for (;;) {
      const covered = this.db
        .selectFrom('doc_updates')
        .select('seq')
        .where('doc', '=', doc)
        .where('seq', '<=', throughSeq)
        .limit(LOG_PAGE_ROWS);
      const { numDeletedRows } = await this.db
        .deleteFrom('doc_updates')
        .where('seq', 'in', covered)
        .executeTakeFirst();
      if (numDeletedRows < BigInt(LOG_PAGE_ROWS)) return;
      await nextTurn();
    }
  }
}

/** Assembles what a load returns from a snapshot (through `snapshotSeq`) and the log after it. */
export function storedDocument(
  snapshot: StoredSnapshot | null,
  snapshotSeq: number,
  log: readonly { seq: number; data: Uint8Array }[],
): StoredDocument {
  return {
    updates: [...(snapshot ? [snapshot.data] : []), ...log.map((e) => e.data)],
    throughSeq: log.at(-1)?.seq ?? snapshotSeq,
    logLength: log.length,
    logBytes: log.reduce((sum, e) => sum + e.data.length, 0),
    snapshotBytes: snapshot?.data.length ?? 0,
    snapshotStateVector: snapshot?.stateVector ?? null,
  };
}
