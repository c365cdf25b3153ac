import * as Y from 'yjs';

/** The document plus the writes admitted but not yet stored. */
function copyOf(doc: Y.Doc, pending: readonly Uint8Array[]): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  for (const update of pending) Y.applyUpdate(copy, update);
  return copy;
}

/**
 * A copy of a room's document that runs ahead of it by the writes not yet stored. Every write
 * is tried here first: one that parses but cannot be applied (Yjs integrates part of it before
 * throwing) never reaches the disk, the real document or a peer. The copy is made on the first
 * write, so rooms that are only read cost no more than their document.
 */
export class WriteValidator {
  private copy: Y.Doc | null = null;

  constructor(private readonly source: Y.Doc) {}

  /**
   * Applies a sender's updates to the copy in one transaction and returns that transaction's
   * update: the batch merged by Yjs itself (far cheaper than `Y.mergeUpdates`), or null when
   * nothing in it was new. Throws when an update cannot be applied; the copy is then rebuilt.
   */
  admit(updates: readonly Uint8Array[], pending: () => readonly Uint8Array[]): Uint8Array | null {
    let merged: Uint8Array | null = null;
    // The first event is the batch; any later one is Yjs tidying up, which the room redoes.
    const capture = (update: Uint8Array): void => {
      merged ??= update;
    };
    const copy = (this.copy ??= copyOf(this.source, pending()));
    copy.on('update', capture);
    try {
      copy.transact(() => {
        for (const update of updates) Y.applyUpdate(copy, update);
      });
    } catch (error) {
      this.reset();
      throw error;
    } finally {
      copy.off('update', capture);
    }
    return merged;
  }

  /** A change that reached the real document by another way (the server's own). */
  follow(update: Uint8Array): void {
    if (this.copy) Y.applyUpdate(this.copy, update);
  }

  /** Forgets the copy; the next write rebuilds it from the real document. */
  reset(): void {
    this.copy?.destroy();
    this.copy = null;
  }
}
