import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/collab.js';
import type { CollabObserver } from '../ops/metrics.js';
import type { ClientBinding } from '../store/clientAuthors.js';
import type { DocumentStore } from '../store/documents.js';
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  type EncodedAwarenessEntry,
} from './awarenessCodec.js';
import type { Connection } from './connection.js';
import type { FlushScheduler } from './flushScheduler.js';
import { awarenessFrame, syncStep1Frame, syncStep2Frame, updateFrame } from './frames.js';
import { ClientIds } from './clientIds.js';
import { isTooDeep } from './documentChecks.js';
import { docFromStored, LiveDocument, type Change, type FailedSender } from './liveDocument.js';
import { RoomAwareness } from './roomAwareness.js';
import { nextTurn } from '../eventLoop.js';
import { binaryFrame } from './wsFrame.js';
import type { EncodedState, StateBuilder } from './stateBuilder.js';
import type { WriteGate, Writer } from './writer.js';

export interface RoomOptions {
  name: string;
  /** The section whose lock the store checks on append; null for server-authored rooms. */
  sectionId: string | null;
  store: DocumentStore;
  gate: WriteGate;
  /** The log is compacted once it holds this many bytes and twice the snapshot's. */
  compactAfterBytes: number;
  scheduler: FlushScheduler;
  builder: StateBuilder;
  observer?: CollabObserver;
  /** Stores which user each client id of the section belongs to (attribution in compare). */
  authors?: (bindings: readonly ClientBinding[]) => Promise<void>;
}

interface PendingWrite {
  update: Uint8Array;
  from: Writer;
  /** Called once the write is stored, or found to hold nothing new (the server's own writes). */
  settle?: () => void;
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
  private readonly clientIds = new ClientIds();
  private readonly awareness = new RoomAwareness(this.clientIds);
  private queue: PendingWrite[] = [];
  /** The server's own changes, already in the document, not yet stored. */
  private serverChanges: Uint8Array[] = [];
  private presence: PendingPresence[] = [];
  /** Sync step 1 answers that wait for the writes received before them. */
  private answers: (() => void)[] = [];
  /** Servers that hold the room without a socket (`writeAs`): it stays loaded while they do. */
  private holders = 0;
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
      // A long log is folded into one snapshot at once: the next load is cheap. Not through
      // compact(): it waits for `drained` to settle, and `drained` would be this very promise.
      if (logLength > 0) room.drained = room.compactNow();
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

  /** Who owned which client id before this load (see `ClientIds.adopt`); before any socket joins. */
  adoptClientOwners(stored: ReadonlyMap<number, string>): void {
    this.clientIds.adopt(stored);
  }

  get doc(): Y.Doc {
    return this.liveDocument().doc;
  }

  /** No socket and no server write holds the room: it may unload. */
  get idle(): boolean {
    return this.connections.size === 0 && this.holders === 0;
  }

  /** Keeps the room loaded while `use` runs, without a socket. */
  async hold<T>(use: () => Promise<T>): Promise<T> {
    this.holders += 1;
    try {
      return await use();
    } finally {
      this.holders -= 1;
    }
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

  /**
   * Throws on a malformed state vector, before anything is deferred: the sender is closed by
   * the frame handler. The answer waits for writes received before it (the sender's own among
   * them, so a malformed write is refused before the answer is sent) and for a flush under way.
   */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    const empty = isEmptyStateVector(stateVector);
    const answer = (): void =>
      connection.send(
        syncStep2Frame(
          this.encoded && empty
            ? this.encoded.update
            : Y.encodeStateAsUpdate(this.doc, stateVector),
        ),
      );
    if (!this.unsettled && this.queue.length === 0) return answer();
    this.answers.push(answer);
    this.options.scheduler.request(this);
  }

  /** A sync step 2 or update from a client; a malformed one closes its sender when flushed. */
  receiveWrite(writer: Writer, update: Uint8Array, settle?: () => void): void {
    if (this.frozen) {
      settle?.();
      return;
    }
    const refusal = this.options.gate.check(writer.user);
    // A resend of what the server already has is not worth a message, but it is counted: a
    // client cannot make the server compare megabytes for free.
    if (refusal && update.length > EMPTY_UPDATE_LENGTH)
      writer.refuse(refusal, Y.snapshotContainsUpdate(Y.snapshot(this.doc), update));
    if (refusal || update.length <= EMPTY_UPDATE_LENGTH) {
      settle?.();
      return;
    }
    this.options.observer?.received();
    this.queue.push({ update, from: writer, ...(settle ? { settle } : {}) });
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
    const taken = this.queue.splice(0);
    const own = this.serverChanges.splice(0).map((update) => ({ update, from: null }));
    this.unsettled = true;
    try {
      await this.integrateStoreRelay(own, taken);
    } finally {
      this.unsettled = false;
      const requeued = new Set(this.queue);
      for (const w of taken) if (!requeued.has(w)) w.settle?.();
      for (const answer of this.answers.splice(0)) answer();
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
  private async integrateStoreRelay(own: Change[], taken: readonly PendingWrite[]): Promise<void> {
    const live = this.liveDocument();
    // Asked again now, in the turn they are integrated and stored: a writer may have lost the
    // right (lock, status, owner) since its update arrived, and the document may be quarantined.
    const bySender = new Map<Writer, Uint8Array[]>();
    const refused = new Set<Writer>();
    for (const w of taken) {
      if (refused.has(w.from)) continue;
      const updates = bySender.get(w.from);
      if (updates) {
        updates.push(w.update);
        continue;
      }
      const refusal = this.options.gate.check(w.from.user);
      if (refusal) {
        refused.add(w.from);
        w.from.refuse(refusal);
      } else {
        bySender.set(w.from, [w.update]);
      }
    }
    const { changes, failed, deferred } = live.integrate(bySender);
    const stored = await this.storeAndRelay([...own, ...changes]);
    if (!failed && stored) return;
    await this.rebuild();
    if (failed) {
      Room.turnAway(failed);
      const updates = bySender.get(failed.from) ?? [];
      if (updates.length > 1) await this.keepUntilBad(failed.from, updates);
    }
    if (deferred.length === 0) return;
    const later = new Set(deferred.map(([from]) => from));
    this.queue.unshift(...taken.filter((w) => later.has(w.from)));
    this.options.scheduler.request(this);
  }

  /** A refused update is answered with its reason; a malformed one closes its sender. */
  private static turnAway({ from, reason }: FailedSender): void {
    if (reason) from.refuse(reason);
    else from.close(CloseCode.malformed, 'malformed update');
  }

  private async keepUntilBad(from: Writer, updates: readonly Uint8Array[]): Promise<void> {
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
      if (change.from) this.options.gate.written(this, change.from);
    }
    this.options.observer?.relayed(changes.length);
    await this.storeAuthors();
    return true;
  }

  /**
   * Stored after the text they attribute: a binding lost to a failure leaves a passage without
   * an author, never a write refused for it.
   */
  private async storeAuthors(): Promise<void> {
    const bindings = this.clientIds.takeNew();
    if (!this.options.authors || bindings.length === 0) return;
    try {
      await this.options.authors(bindings);
    } catch (error) {
      console.error(`Could not store the client ids of ${this.name}`, error);
    }
  }

  /** The document holds changes that were not stored: it is rebuilt from what was. */
  private async rebuild(): Promise<void> {
    const stored = await this.options.store.load(this.name);
    const doc = Room.build(this.name, stored.updates);
    this.liveDocument().replace(doc);
    this.checkStructure(doc);
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
    this.checkStructure(doc);
    return new LiveDocument(
      doc,
      (update) => {
        // The plan room's changes, and clean-ups Yjs makes by itself after a remote change.
        this.serverChanges.push(update);
        this.options.scheduler.request(this);
      },
      (writer, clientId) => this.clientIds.claim(clientId, writer.user.id),
    );
  }

  /**
   * A stored document nested deeper than the server processes (written before the limit, or
   * by hand) stays readable, but its room takes no more writes.
   */
  private checkStructure(doc: Y.Doc): void {
    if (isTooDeep(doc)) this.options.gate.quarantined(this, 'content nests too deep');
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
  private broadcast(frame: Uint8Array, except: Writer | null): void {
    const framed = binaryFrame(frame);
    for (const c of this.connections) if (c !== except) c.sendFramed(framed);
  }
}
