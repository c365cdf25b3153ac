import * as Y from 'yjs';

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/**
 * A copy of a room's document that runs ahead of it by the writes not yet stored. Every write
 * is tried here first: one that parses but cannot be applied (Yjs integrates part of it before
 * throwing) never reaches the disk, the real document or a peer.
 */
export class WriteValidator {
  private copy: Y.Doc;

  constructor(private readonly source: Y.Doc) {
    this.copy = copyOf(source);
  }

  /** Throws when the update cannot be applied; the copy is then rebuilt without it. */
  admit(update: Uint8Array, pending: () => readonly Uint8Array[]): void {
    try {
      Y.applyUpdate(this.copy, update);
    } catch (error) {
      this.reset(pending());
      throw error;
    }
  }

  /** A change that reached the real document by another way (the server's own). */
  follow(update: Uint8Array): void {
    Y.applyUpdate(this.copy, update);
  }

  /** Back in step with the real document plus the writes still waiting to be stored. */
  reset(pending: readonly Uint8Array[]): void {
    this.copy.destroy();
    this.copy = copyOf(this.source);
    for (const update of pending) Y.applyUpdate(this.copy, update);
  }

  destroy(): void {
    this.copy.destroy();
  }
}
