/**
 * A raw `ws` client for hostile-client tests: it speaks the y-websocket wire by hand (lib0
 * encoding), so a test can send exactly the bytes it wants — well-formed or not — and see
 * exactly what the server answers, decoded, plus the close code.
 * It keeps a local Y.Doc of what the server sent it, but never answers anything by itself.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestServer } from './server.js';
import { waitFor } from './waitFor.js';

export const MSG_SYNC = 0;
export const MSG_AWARENESS = 1;
export const MSG_AUTH = 2;
export const MSG_QUERY_AWARENESS = 3;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** One entry of a y-protocols awareness update; `state` is JSON text, `'null'` removes. */
export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

export type ReceivedFrame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array }
  | { kind: 'awareness'; entries: RawAwarenessEntry[] }
  | { kind: 'query-awareness' }
  | { kind: 'permission-denied'; reason: string }
  | { kind: 'undecodable'; bytes: Uint8Array };

export interface CloseInfo {
  code: number;
  reason: string;
}

/* ---------- frame builders (exported so tests can also corrupt them) ---------- */

function build(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

export const syncFrame = (step: number, payload: Uint8Array): Uint8Array =>
  build((e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });

export const encodeAwarenessEntries = (entries: readonly RawAwarenessEntry[]): Uint8Array =>
  build((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(e, entry.clientId);
      encoding.writeVarUint(e, entry.clock);
      encoding.writeVarString(e, entry.state);
    }
  });

export const awarenessFrame = (entries: readonly RawAwarenessEntry[]): Uint8Array =>
  build((e) => {
    encoding.writeVarUint(e, MSG_AWARENESS);
    encoding.writeVarUint8Array(e, encodeAwarenessEntries(entries));
  });

export const queryAwarenessFrame = (): Uint8Array =>
  build((e) => encoding.writeVarUint(e, MSG_QUERY_AWARENESS));

export function decodeFrame(bytes: Uint8Array): ReceivedFrame {
  try {
    const d = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(d);
    if (type === MSG_SYNC) {
      const step = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (step === SYNC_STEP1) return { kind: 'sync-step1', stateVector: payload };
      if (step === SYNC_STEP2) return { kind: 'sync-step2', update: payload };
      if (step === SYNC_UPDATE) return { kind: 'sync-update', update: payload };
    } else if (type === MSG_AWARENESS) {
      const u = decoding.createDecoder(decoding.readVarUint8Array(d));
      const count = decoding.readVarUint(u);
      const entries: RawAwarenessEntry[] = [];
      for (let i = 0; i < count; i++) {
        entries.push({
          clientId: decoding.readVarUint(u),
          clock: decoding.readVarUint(u),
          state: decoding.readVarString(u),
        });
      }
      return { kind: 'awareness', entries };
    } else if (type === MSG_AUTH) {
      if (decoding.readVarUint(d) === 0) {
        return { kind: 'permission-denied', reason: decoding.readVarString(d) };
      }
    } else if (type === MSG_QUERY_AWARENESS) {
      return { kind: 'query-awareness' };
    }
  } catch {
    // fall through
  }
  return { kind: 'undecodable', bytes };
}

/* ---------- the client ---------- */

export interface RawClient {
  readonly ws: WebSocket;
  readonly room: string;
  /** Every frame received, decoded, in order. */
  readonly frames: ReceivedFrame[];
  /** What the server sent, applied to a local document (sync step 2 and updates). */
  readonly doc: Y.Doc;
  /** Set once the socket closed. */
  closeInfo: CloseInfo | null;
  readonly closed: Promise<CloseInfo>;
  refusals(): string[];
  /** Sends any bytes at all. */
  sendRaw(bytes: Uint8Array): void;
  /** Sends several frames in one TCP write: the server reads them in the same turn. */
  sendTogether(frames: readonly Uint8Array[]): void;
  sendSyncStep1(stateVector?: Uint8Array): void;
  sendSyncStep2(update: Uint8Array): void;
  sendUpdate(update: Uint8Array): void;
  sendAwareness(entries: readonly RawAwarenessEntry[]): void;
  sendQueryAwareness(): void;
  /** Resolves once the server's answer to a sync step 1 (a step 2) has arrived. */
  synced(timeout?: number): Promise<void>;
  /**
   * Asks for the whole document (sync step 1 from an empty state vector) and resolves with the
   * answer. Also a positive sentinel: every frame the server sent this socket before handling
   * the request has arrived by then.
   */
  serverState(timeout?: number): Promise<Y.Doc>;
  isOpen(): boolean;
  /** Stops reading from the TCP socket (a peer that never reads), until `resumeReading`. */
  pauseReading(): void;
  resumeReading(): void;
  close(): void;
}

export interface RawConnectOptions {
  cookie?: string | null;
  /** Defaults to the server's allowed origin; null sends none. */
  origin?: string | null;
  /** Sends sync step 1 as soon as the socket opens (default true). */
  syncOnOpen?: boolean;
  /** Connects from this local address (e.g. 127.0.0.2), as another machine would. */
  localAddress?: string;
}

/** Outcome of an upgrade attempt that may be refused before any WebSocket byte. */
export type UpgradeOutcome =
  { opened: true; client: RawClient } | { opened: false; status: number };

/** The TCP socket `ws` keeps private. */
const tcpOf = (ws: WebSocket): Duplex => (ws as unknown as { _socket: Duplex })._socket;

/** Tries to open `room`; resolves with the HTTP status when the upgrade is refused. */
export function tryConnectRaw(
  server: Pick<TestServer, 'wsUrl' | 'origin'>,
  room: string,
  options: RawConnectOptions = {},
): Promise<UpgradeOutcome> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  const origin = options.origin === undefined ? server.origin : options.origin;
  if (origin) headers.origin = origin;
  const ws = new WebSocket(`${server.wsUrl}/${encodeURIComponent(room)}`, {
    headers,
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
  ws.binaryType = 'nodebuffer';
  const frames: ReceivedFrame[] = [];
  const doc = new Y.Doc();
  let resolveClosed: (info: CloseInfo) => void = () => {};
  const closed = new Promise<CloseInfo>((resolve) => (resolveClosed = resolve));

  const client: RawClient = {
    ws,
    room,
    frames,
    doc,
    closeInfo: null,
    closed,
    refusals: () => frames.flatMap((f) => (f.kind === 'permission-denied' ? [f.reason] : [])),
    sendRaw: (bytes) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
    },
    sendTogether: (list) => {
      // `ws` keeps its socket private; corking it is the only way to make one segment.
      const socket = tcpOf(ws);
      socket.cork();
      for (const bytes of list) client.sendRaw(bytes);
      socket.uncork();
    },
    sendSyncStep1: (sv = Y.encodeStateVector(doc)) => client.sendRaw(syncFrame(SYNC_STEP1, sv)),
    sendSyncStep2: (update) => client.sendRaw(syncFrame(SYNC_STEP2, update)),
    sendUpdate: (update) => client.sendRaw(syncFrame(SYNC_UPDATE, update)),
    sendAwareness: (entries) => client.sendRaw(awarenessFrame(entries)),
    sendQueryAwareness: () => client.sendRaw(queryAwarenessFrame()),
    synced: async (timeout = 10_000) => {
      await waitFor(() => frames.some((f) => f.kind === 'sync-step2'), {
        timeout,
        message: `raw client synced with ${room}`,
      });
    },
    serverState: async (timeout = 10_000) => {
      const seen = frames.length;
      client.sendSyncStep1(Y.encodeStateVector(new Y.Doc()));
      const answer = await waitFor(() => frames.slice(seen).find((f) => f.kind === 'sync-step2'), {
        timeout,
        message: `server state of ${room}`,
      });
      const state = new Y.Doc();
      if (answer.kind === 'sync-step2') Y.applyUpdate(state, answer.update);
      return state;
    },
    isOpen: () => ws.readyState === WebSocket.OPEN,
    pauseReading: () => void tcpOf(ws).pause(),
    resumeReading: () => void tcpOf(ws).resume(),
    close: () => {
      if (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) ws.close();
    },
  };

  ws.on('message', (data: Buffer) => {
    const frame = decodeFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    frames.push(frame);
    if (frame.kind === 'sync-step2' || frame.kind === 'sync-update') {
      try {
        Y.applyUpdate(doc, frame.update, 'server');
      } catch {
        // a test may be looking at exactly this
      }
    }
  });
  ws.on('close', (code: number, reason: Buffer) => {
    client.closeInfo = { code, reason: reason.toString() };
    resolveClosed(client.closeInfo);
  });
  ws.on('error', () => {
    // the close event follows; tests look at the close code
  });

  return new Promise<UpgradeOutcome>((resolve) => {
    ws.once('open', () => {
      if (options.syncOnOpen !== false) client.sendSyncStep1();
      resolve({ opened: true, client });
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.once('close', () => resolve({ opened: false, status: 0 }));
  });
}

/** Opens `room` as a signed-in raw client; throws if the upgrade is refused. */
export async function connectRaw(
  server: Pick<TestServer, 'wsUrl' | 'origin'>,
  who: { cookie: string },
  room: string,
  options: Omit<RawConnectOptions, 'cookie'> = {},
): Promise<RawClient> {
  const outcome = await tryConnectRaw(server, room, { ...options, cookie: who.cookie });
  if (!outcome.opened) throw new Error(`upgrade to ${room} refused: HTTP ${outcome.status}`);
  return outcome.client;
}

/** Waits for the socket to close and returns its close code. */
export async function closeCodeOf(client: RawClient, timeout = 10_000): Promise<number> {
  await waitFor(() => client.closeInfo !== null, {
    timeout,
    message: `${client.room} socket closed`,
  });
  return client.closeInfo?.code ?? -1;
}

/* ---------- making Yjs updates to send ---------- */

/** The update that appends a paragraph with `text` to a body fragment, against `base`. */
export function paragraphUpdate(base: Y.Doc, text: string, field = 'body'): Uint8Array {
  const before = Y.encodeStateVector(base);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = base.getXmlFragment(field);
  fragment.insert(fragment.length, [paragraph]);
  return Y.encodeStateAsUpdate(base, before);
}

/**
 * The update that appends a paragraph to a copy of `base` (under a fresh client id), leaving
 * `base` untouched: for writes that may be refused, so the sender's mirror stays the server's.
 */
export function detachedParagraphUpdate(
  base: Y.Doc,
  text: string,
  { field = 'body', clientId }: { field?: string; clientId?: number } = {},
): Uint8Array {
  const copy = new Y.Doc();
  if (clientId !== undefined) copy.clientID = clientId;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const update = paragraphUpdate(copy, text, field);
  copy.destroy();
  return update;
}

/** A fresh document holding `update`'s content, i.e. what a peer would see. */
export function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** A small seeded PRNG (mulberry32), so randomized tests can print and replay their seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* ---------- what the server has on disk ---------- */

export interface StoredState {
  doc: Y.Doc;
  /** Stored rows that Yjs could not apply (the server skips them on load). */
  unreadable: number;
}

/**
 * Reads a room's document straight from the database, the way the server loads it after a
 * restart: what is here is what survives a crash.
 */
export async function storedState(
  planfold: { store: { documents: { load(doc: string): Promise<{ updates: Uint8Array[] }> } } },
  room: string,
): Promise<StoredState> {
  const stored = await planfold.store.documents.load(room);
  const doc = new Y.Doc();
  let unreadable = 0;
  for (const update of stored.updates) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      unreadable += 1;
    }
  }
  return { doc, unreadable };
}

/** The client ids that have written into `doc`. */
export function writersOf(doc: Y.Doc): Set<number> {
  return new Set(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
}
