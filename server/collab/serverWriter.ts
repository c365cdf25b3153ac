import type { PublicUser } from '../../shared/model.js';
import type { RefusalReason } from '../../shared/protocol/collab.js';
import type { Room } from './room.js';
import type { Writer } from './writer.js';

/** A write the server made for a user was not taken, for a reason the policy gave. */
export class WriteRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`write refused: ${reason}`);
  }
}

/**
 * The server writing on a user's behalf (an import, say): the room treats it as any sender, and
 * its outcome comes back as a promise instead of frames on a socket.
 */
export class ServerWriter implements Writer {
  private outcome: { resolve: () => void; reject: (error: Error) => void } | null = null;

  constructor(
    readonly user: PublicUser,
    readonly note: string,
  ) {}

  write(room: Room, update: Uint8Array): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.outcome = { resolve, reject };
      room.receiveWrite(this, update, resolve);
    });
  }

  refuse(reason: RefusalReason): void {
    this.outcome?.reject(new WriteRefused(reason));
  }

  /** The server's own writes are bounded by the request that makes them, not by a budget. */
  integrated(): void {}

  close(code: number, reason: string): void {
    this.outcome?.reject(new Error(`write failed (${code}): ${reason}`));
  }
}
