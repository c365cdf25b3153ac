import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { PublicUser } from '../../shared/model.js';
import { CloseCode, type RefusalReason } from '../../shared/protocol/collab.js';
import { ConnectionBudget, type Budget } from './connectionBudget.js';
import { permissionDeniedFrame } from './frames.js';
import type { RefusalCount } from './refusalTally.js';
import type { PresenceOwner } from './roomAwareness.js';
import type { SendBatch } from './sendBatch.js';
import { binaryFrame } from './wsFrame.js';
import type { Writer } from './writer.js';

/** A WebSocket with the TCP stream under it, which sends are batched on. */
export interface Socket {
  ws: WebSocket;
  stream: Writable;
  batch: SendBatch;
  /** A peer with more than this many bytes waiting to be sent to it is let go (1013). */
  maxBufferedBytes: number;
}

export interface ConnectionListeners {
  /** A write was refused (reported once per reason and minute, for the audit trail). */
  refused(connection: Connection, reason: RefusalReason): void;
  /** Every refused write and every connection let go for what it sent (for the metrics). */
  counted(reason: string): void;
  /** The connection was closed for how it behaved (over a budget, not reading), with why. */
  letGo(connection: Connection, why: string): void;
}

/** One socket in one room, with the identity its session gave it. */
export class Connection implements PresenceOwner, Writer {
  private readonly socket: WebSocket;

  constructor(
    private readonly link: Socket,
    /** Replaced in place when an administrator changes the account's role or agency. */
    public user: PublicUser,
    readonly sessionId: string,
    readonly color: string,
    readonly address: string | null,
    /** When the session ends (epoch ms): the socket does not outlive it. */
    readonly expiresAt: number,
    private readonly listeners: ConnectionListeners,
    /** The user's refused writes in this room, over all their connections. */
    private readonly refusals: RefusalCount,
    private readonly budget = new ConnectionBudget(),
  ) {
    this.socket = link.ws;
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  get expired(): boolean {
    return Date.now() >= this.expiresAt;
  }

  send(message: Uint8Array): void {
    this.sendFramed(binaryFrame(message));
  }

  /** Writes a frame made by `binaryFrame`: a broadcast frames its message once for everyone. */
  sendFramed(frame: Uint8Array): void {
    if (!this.isOpen) return;
    // `bufferedAmount` counts what waits in the TCP stream, where our own frames are written
    // too. Checked before the write: one large frame (a long section's first sync) still goes.
    if (this.socket.bufferedAmount > this.link.maxBufferedBytes) {
      // The close frame waits behind the backlog; `ws` destroys the socket if the peer never
      // reads it, and nothing more is queued meanwhile (the socket is no longer open).
      this.letGo(CloseCode.slowConsumer, 'not reading');
      return;
    }
    this.link.batch.hold(this.link.stream);
    // One write of a whole frame: it cannot interleave with a frame `ws` writes itself (a close).
    this.link.stream.write(frame);
  }

  /**
   * Charges an incoming update (sync step 2 or update) to the budget; false if that closed the
   * connection. Throws on an update Yjs cannot read (the frame handler closes with 4400).
   */
  admitWrite(update: Uint8Array): boolean {
    const clientIds = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).keys();
    return this.within(this.budget.write(update.length, clientIds));
  }

  admitAwareness(update: Uint8Array): boolean {
    return this.within(this.budget.awareness(update.length));
  }

  integrated(ms: number): void {
    this.within(this.budget.integrated(ms));
  }

  /**
   * Tells the client its write was not taken (unless `quietly`: a resend of what the server
   * already has, not worth a message); a user who keeps trying in this room is let go.
   */
  refuse(reason: RefusalReason, quietly = false): void {
    this.listeners.counted(reason);
    const { report, overLimit } = this.refusals.add(reason);
    if (!quietly) {
      if (report) this.listeners.refused(this, reason);
      this.send(permissionDeniedFrame(reason));
    }
    if (overLimit) this.close(CloseCode.tooManyRefusals, 'too many refused writes');
  }

  onClose(listener: () => void): void {
    this.socket.once('close', listener);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED) return;
    if (code === CloseCode.malformed) this.listeners.counted('malformed');
    else if (code === CloseCode.internalError) this.listeners.counted('storage');
    this.socket.close(code, reason);
  }

  private within(exceeded: Budget | null): boolean {
    if (exceeded === null) return true;
    this.letGo(CloseCode.overBudget, `over budget: ${exceeded}`);
    return false;
  }

  private letGo(code: number, why: string): void {
    if (!this.isOpen) return;
    this.listeners.counted(code === CloseCode.overBudget ? 'over-budget' : 'slow-consumer');
    this.listeners.letGo(this, why);
    this.close(code, why);
  }
}
