import type { Doc } from 'yjs';
import type { PublicUser } from '../../shared/model.js';
import type { RefusalReason } from '../../shared/protocol/collab.js';

/** Whoever sends a room writes: a connection, or the server on a user's behalf (`writeAs`). */
export interface Writer {
  readonly user: PublicUser;
  /**
   * Why the server wrote for the user (e.g. "import"), for the audit trail; none for typing;
   * null when whoever asked for the write records it in the audit trail itself.
   */
  readonly note?: string | null;
  /** The write was not taken, for a reason the user is told (unless `quietly`); counted. */
  refuse(reason: RefusalReason, quietly?: boolean): void;
  /** The writer is let go (malformed input, storage error, abuse). */
  close(code: number, reason: string): void;
  /** The server spent `ms` integrating the writer's updates (charged to its budget). */
  integrated(ms: number): void;
}

/** A room as its gate sees it: the live document, read when the facts are counted. */
export interface GatedRoom {
  readonly name: string;
  readonly doc: Doc;
}

/**
 * A room's policy on writes, one object per room: who may write (asked when a write arrives and
 * again when it is stored), what a stored write leads to (edit note, audit, section facts), and
 * what happens to a room whose stored document cannot be processed.
 */
export interface WriteGate {
  check(user: PublicUser): RefusalReason | null;
  written(room: GatedRoom, writer: Writer): void;
  quarantined(room: GatedRoom, why: string): void;
}
