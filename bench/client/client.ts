import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import { withDeadline } from '../wait.js';
import type { LatencyBook } from './latency.js';
import { HocuspocusAuth, type Wire } from './wire.js';

const MSG_SYNC = 0;
const MSG_AUTH = 2;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;
const LOCAL = Symbol('local');
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz ';

export interface ClientOptions {
  wire: Wire;
  room: string;
  book: LatencyBook;
  /**
   * full: applies every remote update to its Y.Doc, as an editor would. light: only reads the ids
   * of remote updates, so thousands of simulated peers fit on the generator's single core.
   */
  mode: 'full' | 'light';
  doc?: Y.Doc;
  onRemoteUpdate?: (update: Uint8Array) => void;
}

/** One simulated editor: a socket, a Y.Doc and a paragraph of its own to type into. */
export class BenchClient {
  readonly doc: Y.Doc;
  readonly socket: WebSocket;
  readonly synced: Promise<void>;
  readonly closed: Promise<void>;
  openedAt = 0;
  syncedAt = 0;
  denied: string | null = null;
  /** Clock of every keystroke typed, in order (W6 compares them with what survived). */
  readonly keystrokes: number[] = [];
  private text: Y.XmlText | null = null;
  private awarenessClock = 0;
  private isSynced = false;

  constructor(private readonly options: ClientOptions) {
    this.doc = options.doc ?? new Y.Doc();
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) return;
      options.book.countUpdate(update.length);
      this.send(syncMessage(SYNC_UPDATE, update));
    });
    this.socket = new WebSocket(options.wire.url(options.room), {
      headers: { ...options.wire.headers },
      perMessageDeflate: false,
    });
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.synced = new Promise<void>((resolve, reject) => {
      const fail = (why: string): void => {
        if (!this.isSynced) reject(new Error(`${options.room}: ${why}`));
      };
      this.socket.once('error', (error) => fail(error.message));
      this.socket.once('close', (code, reason) => fail(`closed ${code} ${reason.toString()}`));
      this.socket.once('open', () => {
        this.openedAt = performance.now();
        for (const frame of options.wire.opening(options.room)) this.socket.send(frame);
        if (!options.wire.stateful) return this.markSynced(resolve, this.openedAt);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MSG_SYNC);
        sync.writeSyncStep1(encoder, this.doc);
        this.send(encoding.toUint8Array(encoder));
      });
      this.socket.on('message', (data: Buffer) => {
        this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), resolve);
      });
    });
    // Callers await `synced`; this keeps an early failure from also surfacing as unhandled.
    this.synced.catch(() => {});
  }

  get clientID(): number {
    return this.doc.clientID;
  }

  /** One keystroke: one Yjs update, then one awareness update moving the caret after it. */
  type(): void {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    this.keystrokes.push(clock);
    this.options.book.sent(this.doc.clientID, clock, performance.now());
    this.doc.transact(() => {
      if (!this.text) {
        const paragraph = new Y.XmlElement('paragraph');
        this.text = new Y.XmlText();
        paragraph.insert(0, [this.text]);
        this.doc.getXmlFragment('body').insert(0, [paragraph]);
      }
      this.text.insert(this.text.length, ALPHABET[this.keystrokes.length % ALPHABET.length] ?? 'x');
    }, LOCAL);
    this.sendCaret(clock);
  }

  /** Sends a ready-made Yjs update as it is (W4 replays a pre-encoded trace). */
  sendUpdate(update: Uint8Array): void {
    this.options.book.countUpdate(update.length);
    this.send(syncMessage(SYNC_UPDATE, update));
  }

  async close(timeoutMs = 10_000): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close();
    await withDeadline(`close ${this.options.room}`, this.closed, timeoutMs).catch(() =>
      this.socket.terminate(),
    );
  }

  private send(message: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN)
      this.socket.send(this.options.wire.frame(this.options.room, message));
  }

  /** `at`: when the frame arrived, before applying it (applying is the generator's cost). */
  private markSynced(resolve: () => void, at: number): void {
    if (this.isSynced) return;
    this.isSynced = true;
    this.syncedAt = at;
    resolve();
  }

  private sendCaret(clock: number): void {
    // Shaped like y-prosemirror's cursor state (relative positions as JSON), so sizes are realistic.
    const position = {
      type: null,
      tname: null,
      item: { client: this.doc.clientID, clock },
      assoc: 0,
    };
    const state = JSON.stringify({
      user: { name: 'bench' },
      cursor: { anchor: position, head: position },
    });
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, this.doc.clientID);
    encoding.writeVarUint(inner, ++this.awarenessClock);
    encoding.writeVarString(inner, state);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1); // awareness
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
    this.send(encoding.toUint8Array(encoder));
  }

  private receive(data: Uint8Array, resolveSynced: () => void): void {
    const now = performance.now();
    const decoder = this.options.wire.open(data);
    const type = decoding.readVarUint(decoder);
    if (type === MSG_SYNC) {
      const step = decoding.readVarUint(decoder);
      if (step === SYNC_STEP1) {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MSG_SYNC);
        sync.writeSyncStep2(reply, this.doc, decoding.readVarUint8Array(decoder));
        this.send(encoding.toUint8Array(reply));
      } else if (step === SYNC_STEP2) {
        // A light client never reads the text, so it skips the (large) initial state.
        const state = decoding.readVarUint8Array(decoder);
        if (this.options.mode === 'full') Y.applyUpdate(this.doc, state, 'server');
        this.markSynced(resolveSynced, now);
      } else if (step === SYNC_UPDATE) {
        const update = decoding.readVarUint8Array(decoder);
        this.options.book.received(update, this.doc.clientID, now);
        this.options.onRemoteUpdate?.(update);
        if (this.options.mode === 'full') Y.applyUpdate(this.doc, update, 'server');
      }
    } else if (type === MSG_AUTH) {
      const sub = decoding.readVarUint(decoder);
      const hocuspocus = this.options.wire.flavour === 'hocuspocus';
      // y-protocols/auth: 0 = permission denied. Hocuspocus: 1 = denied, 2 = authenticated.
      const deniedCode = hocuspocus ? HocuspocusAuth.permissionDenied : 0;
      if (sub === deniedCode) this.denied = decoding.readVarString(decoder);
    }
    // Awareness (1), Hocuspocus sync acknowledgements (8) and the rest need no answer here.
  }
}

function syncMessage(step: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MSG_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
