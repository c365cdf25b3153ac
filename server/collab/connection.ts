import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';
import type { PublicUser } from '../../shared/model.js';
import { CloseCode, type RefusalReason } from '../../shared/protocol/collab.js';
import { permissionDeniedFrame } from './frames.js';
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

/** How many refused writes a connection may send before it is closed. */
const MAX_REFUSALS = 20;

export interface RefusalListener {
  (connection: Connection, reason: RefusalReason): void;
}

/** One socket in one room, with the identity its session gave it. */
export class Connection implements PresenceOwner, Writer {
  private refusals = 0;
  private lastReported = '';

  private readonly socket: WebSocket;

  constructor(
    private readonly link: Socket,
    /** Replaced in place when an administrator changes the account's role or agency. */
    public user: PublicUser,
    readonly sessionId: string,
    readonly color: string,
    readonly address: string | null,
    private readonly onRefusal: RefusalListener,
    /** When the session ends (epoch ms): the socket does not outlive it. */
    readonly expiresAt: number,
    /** Told of every refused write and every connection let go for what it sent. */
    private readonly countRefusal: (reason: string) => void = () => {},
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
      this.close(CloseCode.slowConsumer, 'not reading');
      return;
    }
    this.link.batch.hold(this.link.stream);
    // One write of a whole frame: it cannot interleave with a frame `ws` writes itself (a close).
    this.link.stream.write(frame);
  }

  /** Tells the client its write was not taken; a client that keeps trying is let go. */
  refuse(reason: RefusalReason): void {
    this.refusals += 1;
    this.countRefusal(reason);
    // Reported once per reason and minute: enough for the audit trail, not a flood.
    const report = `${reason}@${Math.floor(Date.now() / 60_000)}`;
    if (report !== this.lastReported) {
      this.lastReported = report;
      this.onRefusal(this, reason);
    }
    this.send(permissionDeniedFrame(reason));
    if (this.refusals >= MAX_REFUSALS)
      this.close(CloseCode.tooManyRefusals, 'too many refused writes');
  }

  onClose(listener: () => void): void {
    this.socket.once('close', listener);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED) return;
    if (code === CloseCode.malformed) this.countRefusal('malformed');
    else if (code === CloseCode.internalError) this.countRefusal('storage');
    this.socket.close(code, reason);
  }
}
