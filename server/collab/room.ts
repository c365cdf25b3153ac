import * as Y from 'yjs';
import { CloseCode, type RefusalReason } from '../../shared/protocol/collab.js';
import type { DocumentStore } from '../store/documents.js';
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  type AwarenessEntry,
} from './awarenessCodec.js';
import { Connection } from './connection.js';
import type { FlushScheduler } from './flushScheduler.js';
import { awarenessFrame, syncStep1Frame, syncStep2Frame, updateFrame } from './frames.js';
import { RoomAwareness } from './roomAwareness.js';
import { WriteValidator } from './writeValidator.js';

/** Decides, at the moment a write arrives, whether this user may write the room. */
export type WriteCheck = (user: Connection['user']) => RefusalReason | null;

export interface RoomOptions {
  name: string;
  /** The section whose lock the store checks on append; null for server-authored rooms. */
  sectionId: string | null;
  store: DocumentStore;
  mayWrite: WriteCheck;
  /** The log is compacted once it holds this many bytes and twice the snapshot's. */
  compactAfterBytes: number;
  scheduler: FlushScheduler;
  onEdit?: (room: Room, connection: Connection) => void;
}

interface PendingWrite {
  update: Uint8Array;
  /** null: a change the server made, already in the document. */
  from: Connection | null;
}

interface PendingPresence {
  entries: AwarenessEntry[];
  from: Connection;
}

const SERVER_ORIGIN = Symbol('server');

const EMPTY_UPDATE_LENGTH = 2;

/** A live document with its peers: writes are on disk before they reach anyone else. */
export class Room {
  readonly doc = new Y.Doc();
  readonly connections = new Set<Connection>();
  private readonly awareness = new RoomAwareness();
  private queue: PendingWrite[] = [];
  private presence: PendingPresence[] = [];
  private drained: Promise<void> = Promise.resolve();
  private logBytes: number;
  private snapshotBytes: number;
  private readonly validator = new WriteValidator(this.doc);
  /** While the stored log is replayed, the document's changes are already on disk. */
  private loading = true;

  private constructor(
    private readonly options: RoomOptions,
    private throughSeq: number,
    sizes: { logBytes: number; snapshotBytes: number },
  ) {
    this.logBytes = sizes.logBytes;
    this.snapshotBytes = sizes.snapshotBytes;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin instanceof Connection) this.broadcast(updateFrame(update), origin);
      // Everything else is the server's own: its changes to the plan room, and the clean-ups
      // Yjs makes by itself after a remote change (redundant formatting marks, with no origin).
      else if (!this.loading) {
        this.validator.follow(update);
        this.enqueue({ update, from: null });
      }
    });
  }

  static async load(options: RoomOptions): Promise<Room> {
    const stored = await options.store.load(options.name);
    const room = new Room(options, stored.throughSeq, stored);
    // One transaction: observers and the update event run once, not once per stored row.
    room.doc.transact(() => {
      for (const update of stored.updates) {
        try {
          Y.applyUpdate(room.doc, update);
        } catch (error) {
          // One unreadable row must not make the whole section unreadable.
          console.error(`Skipping an unreadable stored update of ${options.name}`, error);
        }
      }
    });
    room.loading = false;
    return room;
  }

  get name(): string {
    return this.options.name;
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(syncStep1Frame(Y.encodeStateVector(this.doc)));
    const present = this.awareness.all();
    if (present.length > 0) connection.send(awarenessFrame(encodeAwarenessUpdate(present)));
  }

  leave(connection: Connection): void {
    this.connections.delete(connection);
    const removed = this.awareness.release(connection);
    if (removed.length > 0)
      this.broadcast(awarenessFrame(encodeAwarenessUpdate(removed)), connection);
  }

  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    connection.send(syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector)));
  }

  /** A sync step 2 or update from a client; a malformed one closes its sender when flushed. */
  receiveWrite(connection: Connection, update: Uint8Array): void {
    const refusal = this.options.mayWrite(connection.user);
    if (refusal) {
      // A read-only client's sync step 2 usually carries nothing new: not worth a refusal.
      if (
        update.length <= EMPTY_UPDATE_LENGTH ||
        Y.snapshotContainsUpdate(Y.snapshot(this.doc), update)
      )
        return;
      connection.refuse(refusal);
      return;
    }
    if (update.length <= EMPTY_UPDATE_LENGTH) return;
    this.enqueue({ update, from: connection });
  }

  /** Relayed with the turn's writes, after them: a caret never arrives before its text. */
  receiveAwareness(connection: Connection, update: Uint8Array): void {
    const entries = this.awareness.accept(connection, decodeAwarenessUpdate(update));
    if (entries.length === 0) return;
    this.presence.push({ entries, from: connection });
    this.options.scheduler.request(this);
  }

  answerAwarenessQuery(connection: Connection): void {
    connection.send(awarenessFrame(encodeAwarenessUpdate(this.awareness.all())));
  }

  /** Applies a change made by the server itself (the plan room); it is stored, then relayed. */
  changeFromServer(change: (doc: Y.Doc) => void): void {
    this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
  }

  destroy(): void {
    this.validator.reset();
    this.doc.destroy();
  }

  /** Resolves once every write received so far is stored and relayed. */
  flushed(): Promise<void> {
    return this.drained;
  }

  /** Merges the log into one snapshot (when the room unloads). */
  async compact(): Promise<void> {
    await this.drained;
    if (this.logBytes > 0) await this.compactNow();
  }

  /** Called by the scheduler: stores and relays what arrived, after any flush still running. */
  flush(): void {
    this.drained = this.drained
      .then(() => this.flushPending())
      .catch((error: unknown) => console.error(`Could not flush ${this.name}`, error));
  }

  private enqueue(write: PendingWrite): void {
    this.queue.push(write);
    // Everything that arrives within one turn of the event loop goes to disk in one record.
    this.options.scheduler.request(this);
  }

  private async flushPending(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    await this.storeAndRelay(this.admit(batch));
    const presence = this.presence;
    this.presence = [];
    for (const { entries, from } of presence) {
      this.broadcast(awarenessFrame(encodeAwarenessUpdate(entries)), from);
    }
    if (this.logBytes >= Math.max(this.options.compactAfterBytes, 2 * this.snapshotBytes)) {
      await this.compactNow();
    }
  }

  private async compactNow(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    await this.options.store.compact(this.name, snapshot, this.throughSeq);
    this.logBytes = 0;
    this.snapshotBytes = snapshot.length;
  }

  private async storeAndRelay(writes: PendingWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const row =
      writes.length === 1 ? writes[0]!.update : Y.mergeUpdates(writes.map((w) => w.update));
    let seq: number | null;
    try {
      seq = await this.options.store.append(this.name, row, this.options.sectionId);
    } catch (error) {
      console.error(`Could not store an update of ${this.name}`, error);
      this.validator.reset();
      // The writers still hold their edits and resend them when they reconnect.
      for (const w of writes) w.from?.close(1011, 'storage error');
      return;
    }
    if (seq === null) {
      this.validator.reset();
      for (const w of writes) w.from?.refuse('locked');
      return;
    }
    this.throughSeq = seq;
    this.logBytes += row.length;
    for (const w of writes) {
      if (w.from) {
        Y.applyUpdate(this.doc, w.update, w.from);
        this.options.onEdit?.(this, w.from);
      } else {
        this.broadcast(updateFrame(w.update), null);
      }
    }
  }

  /**
   * One merged update per sender, each tried on the validator's copy. Optimistic: a whole
   * sender's batch is tried at once, and only if it fails are its updates tried one by one to
   * find the unreadable one, whose sender is let go.
   */
  private admit(batch: readonly PendingWrite[]): PendingWrite[] {
    const bySender = new Map<Connection | null, Uint8Array[]>();
    for (const w of batch) bySender.set(w.from, [...(bySender.get(w.from) ?? []), w.update]);
    const admitted: PendingWrite[] = [];
    const soFar = (): Uint8Array[] => admitted.filter((w) => w.from).map((w) => w.update);
    for (const [from, updates] of bySender) {
      if (from === null) {
        // The server's own changes are already in the document and in the copy.
        admitted.push({ from, update: Y.mergeUpdates(updates) });
        continue;
      }
      try {
        const update = this.validator.admit(updates, soFar);
        if (update) admitted.push({ from, update });
      } catch {
        const good = this.admitEach(updates, soFar);
        if (good) admitted.push({ from, update: good });
        from.close(CloseCode.malformed, 'malformed update');
      }
    }
    return admitted;
  }

  /** The updates before the first unreadable one, merged; null when none is left. */
  private admitEach(updates: readonly Uint8Array[], soFar: () => Uint8Array[]): Uint8Array | null {
    const good: Uint8Array[] = [];
    for (const update of updates) {
      try {
        const merged = this.validator.admit([update], () => [...soFar(), ...good]);
        if (merged) good.push(merged);
      } catch {
        break;
      }
    }
    return good.length === 0 ? null : Y.mergeUpdates(good);
  }

  /** Encodes once, sends the same bytes to every peer but the sender. */
  private broadcast(frame: Uint8Array, except: Connection | null): void {
    for (const c of this.connections) if (c !== except) c.send(frame);
  }
}
