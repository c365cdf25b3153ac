import * as Y from 'yjs';
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
    /** Recorded with the write; null when the caller records the write itself (`writeAs`). */
    readonly note: string | null,
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

/**
 * The update `edit` makes, made on a copy of `doc` under a fresh client id: the live document
 * takes it only through the room's write path (policy, structure and client-id checks, the
 * gate again at storing time), as it takes a socket's. A throwing `edit` changes nothing.
 */
export function updateFromEdit(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc({ guid: doc.guid, gc: doc.gc });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    copy.transact(() => edit(copy));
    return Y.mergeUpdates(updates);
  } finally {
    copy.destroy();
  }
}
