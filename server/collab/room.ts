import * as Y from 'yjs';
import { CloseCode, type RefusalReason } from '../../shared/protocol/collab.js';
import type { CollabObserver } from '../ops/metrics.js';
import type { DocumentStore } from '../store/documents.js';
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  type EncodedAwarenessEntry,
} from './awarenessCodec.js';
import type { Connection } from './connection.js';
import type { FlushScheduler } from './flushScheduler.js';
import { awarenessFrame, syncStep1Frame, syncStep2Frame, updateFrame } from './frames.js';
import { docFromStored, LiveDocument, type Change } from './liveDocument.js';
import { RoomAwareness } from './roomAwareness.js';
import { nextTurn } from '../eventLoop.js';
import { binaryFrame } from './wsFrame.js';
import type { EncodedState, StateBuilder } from './stateBuilder.js';

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
  builder: StateBuilder;
  onEdit?: (room: Room, connection: Connection) => void;
  observer?: CollabObserver;
}

interface PendingWrite {
  update: Uint8Array;
  from: Connection;
}

interface PendingPresence {
  entries: EncodedAwarenessEntry[];
  from: Connection;
}

const SERVER_ORIGIN = Symbol('server');

const EMPTY_UPDATE_LENGTH = 2;
/** Stored documents larger than this are read into one update on a worker thread. */
const OFF_THREAD_BYTES = 128 * 1024;

const isEmptyStateVector = (stateVector: Uint8Array): boolean =>
  Y.decodeStateVector(stateVector).size === 0;

/**
 * A live document with its peers. Writes that arrive in one turn are integrated, stored, then
 * relayed with the carets that follow them: nobody sees a change that is not on disk.
 *
 * A room that is only read keeps its document as bytes: a new reader gets the stored update as
 * it is, and the Y.Doc (many times larger in memory, and tens of milliseconds to build for a
 * long section) is built on the first write or the first reader that already holds a state.
 */
export class Room {
  readonly connections = new Set<Connection>();
  private live: LiveDocument | null = null;
  private encoded: EncodedState | null = null;
  private readonly awareness = new RoomAwareness();
  private queue: PendingWrite[] = [];
  /** The server's own changes, already in the document, not yet stored. */
  private serverChanges: Uint8Array[] = [];
  private presence: PendingPresence[] = [];
  private drained: Promise<void> = Promise.resolve();
  /** Set while the document holds changes not yet on disk: sync answers wait until it settles. */
  private unsettled = false;
  private logBytes: number;
  private snapshotBytes: number;
  /** Set at shutdown: writes are no longer taken (the client keeps them and resends them). */
  private frozen = false;

  private constructor(
    private readonly options: RoomOptions,
    state: { doc: Y.Doc } | { encoded: EncodedState },
    private throughSeq: number,
    sizes: { logBytes: number; snapshotBytes: number },
  ) {
    this.logBytes = sizes.logBytes;
    this.snapshotBytes = sizes.snapshotBytes;
    if ('doc' in state) this.live = this.watch(state.doc);
    else this.encoded = state.encoded;
  }

  static async load(options: RoomOptions): Promise<Room> {
    const stored = await options.store.load(options.name);
    const { updates, throughSeq, logLength } = stored;
    const [only] = updates;
    if (only && updates.length === 1 && stored.snapshotStateVector) {
      const encoded = { update: only, stateVector: stored.snapshotStateVector };
      return new Room(options, { encoded }, throughSeq, stored);
    }
    const large = stored.snapshotBytes + stored.logBytes > OFF_THREAD_BYTES;
    if (large) {
      const room = new Room(
        options,
        { encoded: await options.builder.build(updates) },
        throughSeq,
        stored,
      );
      // A long log is folded into one snapshot at once: the next load is cheap.
      if (logLength > 0) room.drained = room.compact();
      return room;
    }
    if (only && updates.length === 1) {
      const encoded = { update: only, stateVector: Y.encodeStateVectorFromUpdate(only) };
      return new Room(options, { encoded }, throughSeq, stored);
    }
    return new Room(options, { doc: Room.build(options.name, updates) }, throughSeq, stored);
  }

  private static build(name: string, updates: readonly Uint8Array[]): Y.Doc {
    return docFromStored(name, updates, (error) =>
      // One unreadable row must not make the whole section unreadable.
      console.error(`Skipping an unreadable stored update of ${name}`, error),
    );
  }

  get name(): string {
    return this.options.name;
  }

  get doc(): Y.Doc {
    return this.liveDocument().doc;
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    const stateVector = this.encoded?.stateVector ?? Y.encodeStateVector(this.doc);
    connection.send(syncStep1Frame(stateVector));
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
    const answer = (): void =>
      connection.send(
        syncStep2Frame(
          this.encoded && isEmptyStateVector(stateVector)
            ? this.encoded.update
            : Y.encodeStateAsUpdate(this.doc, stateVector),
        ),
      );
    if (this.unsettled) void this.drained.then(answer);
    else answer();
  }

  /** A sync step 2 or update from a client; a malformed one closes its sender when flushed. */
  receiveWrite(connection: Connection, update: Uint8Array): void {
    if (this.frozen) return;
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
    this.options.observer?.received();
    this.queue.push({ update, from: connection });
    this.options.scheduler.request(this);
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

  /**
   * Writes for `user` from outside any socket (a Word import): checked against the policy at
   * the moment it is applied, stored as one update before anyone sees it, after every write
   * received before it. Resolves with the refusal, 'not-stored' (locked meanwhile, or the store
   * failed) or null once stored and relayed.
   */
  writeAs(
    user: Connection['user'],
    edit: (doc: Y.Doc) => void,
  ): Promise<RefusalReason | 'not-stored' | null> {
    const result = this.drained.then(async () => {
      const refusal = this.options.mayWrite(user);
      if (refusal) return refusal;
      this.unsettled = true;
      try {
        let changes: Change[];
        try {
          changes = this.liveDocument().change(edit);
        } catch (error) {
          await this.rebuild();
          throw error;
        }
        if (await this.storeAndRelay(changes)) return null;
        await this.rebuild();
        return 'not-stored' as const;
      } finally {
        this.unsettled = false;
      }
    });
    this.drained = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /**
   * Takes no more writes: at shutdown the last compaction must cover everything stored. A
   * write ignored here is not lost: the client still holds it and sends it again when it
   * reconnects (the sync handshake sends whatever the server lacks).
   */
  freeze(): void {
    this.frozen = true;
  }

  destroy(): void {
    this.live?.destroy();
  }

  /** Resolves once every write received so far is stored and relayed. */
  flushed(): Promise<void> {
    return this.drained;
  }

  /** Merges the log into one snapshot (when the room unloads). */
  async compact(): Promise<void> {
    await this.settled();
    if (this.logBytes > 0) await this.compactNow();
  }

  /** Waits until no write is queued or being stored, including those that arrive meanwhile. */
  private async settled(): Promise<void> {
    for (;;) {
      const drained = this.drained;
      await drained;
      if (drained !== this.drained) continue;
      if (this.queue.length === 0 && this.serverChanges.length === 0) return;
      // A flush is requested but the scheduler has not started it yet.
      await nextTurn();
    }
  }

  /** Called by the scheduler: stores and relays what arrived, after any flush still running. */
  flush(): void {
    this.drained = this.drained
      .then(() => this.flushPending())
      .catch((error: unknown) => console.error(`Could not flush ${this.name}`, error));
  }

  private async flushPending(): Promise<void> {
    const bySender = new Map<Connection, Uint8Array[]>();
    for (const w of this.queue.splice(0)) {
      const updates = bySender.get(w.from);
      if (updates) updates.push(w.update);
      else bySender.set(w.from, [w.update]);
    }
    const own = this.serverChanges.splice(0).map((update) => ({ update, from: null }));
    this.unsettled = true;
    try {
      await this.integrateStoreRelay(own, bySender);
    } finally {
      this.unsettled = false;
    }
    for (const { entries, from } of this.presence.splice(0)) {
      this.broadcast(awarenessFrame(encodeAwarenessUpdate(entries)), from);
    }
    if (this.logBytes >= Math.max(this.options.compactAfterBytes, 2 * this.snapshotBytes)) {
      await this.compactNow();
    }
  }

  /**
   * A sender whose batch cannot be applied is let go, but what it sent before the bad update
   * is kept; the senders after it are integrated again against the rebuilt document.
   */
  private async integrateStoreRelay(
    own: Change[],
    bySender: ReadonlyMap<Connection, readonly Uint8Array[]>,
  ): Promise<void> {
    const { changes, failed, deferred } = this.liveDocument().integrate(bySender);
    const stored = await this.storeAndRelay([...own, ...changes]);
    if (!failed && stored) return;
    await this.rebuild();
    if (failed) {
      failed.close(CloseCode.malformed, 'malformed update');
      const updates = bySender.get(failed) ?? [];
      if (updates.length > 1) await this.keepUntilBad(failed, updates);
    }
    for (const [from, updates] of deferred.reverse()) {
      this.queue.unshift(...updates.map((update) => ({ update, from })));
    }
    if (deferred.length > 0) this.options.scheduler.request(this);
  }

  private async keepUntilBad(from: Connection, updates: readonly Uint8Array[]): Promise<void> {
    for (const update of updates) {
      const { changes, failed } = this.liveDocument().integrate(new Map([[from, [update]]]));
      if (failed || !(await this.storeAndRelay(changes))) {
        await this.rebuild();
        return;
      }
    }
  }

  /** Stores the changes as one record, then relays them; false if the store did not take them. */
  private async storeAndRelay(changes: readonly Change[]): Promise<boolean> {
    if (changes.length === 0) return true;
    const record =
      changes.length === 1 ? changes[0]!.update : Y.mergeUpdates(changes.map((c) => c.update));
    let seq: number | null;
    const started = performance.now();
    try {
      seq = await this.options.store.append(this.name, record, this.options.sectionId);
      this.options.observer?.flushed((performance.now() - started) / 1000);
    } catch (error) {
      console.error(`Could not store an update of ${this.name}`, error);
      // The writers still hold their edits and resend them when they reconnect.
      for (const c of changes) c.from?.close(CloseCode.internalError, 'storage error');
      return false;
    }
    if (seq === null) {
      for (const c of changes) c.from?.refuse('locked');
      return false;
    }
    this.throughSeq = seq;
    this.logBytes += record.length;
    for (const change of changes) {
      this.broadcast(updateFrame(change.update), change.from);
      if (change.from) this.options.onEdit?.(this, change.from);
    }
    this.options.observer?.relayed(changes.length);
    return true;
  }

  /** The document holds changes that were not stored: it is rebuilt from what was. */
  private async rebuild(): Promise<void> {
    const stored = await this.options.store.load(this.name);
    this.liveDocument().replace(Room.build(this.name, stored.updates));
    this.throughSeq = stored.throughSeq;
    this.logBytes = stored.logBytes;
    this.snapshotBytes = stored.snapshotBytes;
  }

  private liveDocument(): LiveDocument {
    if (this.live) return this.live;
    this.live = this.watch(Room.build(this.name, this.encoded ? [this.encoded.update] : []));
    this.encoded = null;
    return this.live;
  }

  private watch(doc: Y.Doc): LiveDocument {
    return new LiveDocument(doc, (update) => {
      // The plan room's changes, and clean-ups Yjs makes by itself after a remote change.
      this.serverChanges.push(update);
      this.options.scheduler.request(this);
    });
  }

  private async compactNow(): Promise<void> {
    const snapshot = this.encoded?.update ?? Y.encodeStateAsUpdate(this.doc);
    const stateVector = this.encoded?.stateVector ?? Y.encodeStateVector(this.doc);
    await this.options.store.compact(this.name, snapshot, this.throughSeq, stateVector);
    this.options.observer?.compacted();
    this.logBytes = 0;
    this.snapshotBytes = snapshot.length;
  }

  /** Encodes once, sends the same bytes to every peer but the sender. */
  private broadcast(frame: Uint8Array, except: Connection | null): void {
    const framed = binaryFrame(frame);
    for (const c of this.connections) if (c !== except) c.sendFramed(framed);
  }
}
