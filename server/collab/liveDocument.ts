import * as Y from 'yjs';
import type { RefusalReason } from '../../shared/protocol/collab.js';
import { checkIntegrated, dropPending, RefusedUpdate } from './documentChecks.js';
import type { Writer } from './writer.js';

/** A change to the document: a sender's writes as Yjs merged them, or the server's own (null). */
export interface Change {
  update: Uint8Array;
  from: Writer | null;
}

/** A sender whose updates were not integrated: refused with a reason, or malformed (null). */
export interface FailedSender {
  from: Writer;
  reason: RefusalReason | null;
}

/**
 * A room's Y.Doc. Each sender's writes are integrated once, in one transaction, and the update
 * Yjs emits for it is what gets stored and relayed: Yjs merges the batch itself, far cheaper
 * than `Y.mergeUpdates`. Changes the server makes outside `integrate` (the plan room, Yjs's own
 * clean-ups) are handed to `onServerChange`.
 *
 * An update that parses but cannot be applied may be half integrated when Yjs throws, and one
 * that nests too deep is found so only once integrated. Its sender is reported as failed and the document is then suspect: the room replaces it by one
 * rebuilt from what is stored, which the half-applied update never reached.
 */
export class LiveDocument {
  private captured: Change[] | null = null;
  private capturing: Writer | null = null;

  constructor(
    private current: Y.Doc,
    private readonly onServerChange: (update: Uint8Array) => void,
    /** Whether a writer may write structs under a client id (see ClientIds). */
    private readonly mayUse: (writer: Writer, clientId: number) => boolean,
  ) {
    this.watch(current);
  }

  get doc(): Y.Doc {
    return this.current;
  }

  /**
   * Integrates each sender's updates. Stops at the first sender whose updates cannot be
   * applied: the senders after it are returned untouched, to be integrated after the rebuild.
   */
  integrate(bySender: ReadonlyMap<Writer, readonly Uint8Array[]>): {
    changes: Change[];
    failed: FailedSender | null;
    deferred: [Writer, readonly Uint8Array[]][];
  } {
    const changes: Change[] = [];
    const senders = [...bySender];
    for (const [index, [from, updates]] of senders.entries()) {
      const captured: Change[] = (this.captured = []);
      this.capturing = from;
      const started = performance.now();
      try {
        this.current.transact((transaction) => {
          for (const update of updates) Y.applyUpdate(this.current, update);
          checkIntegrated(this.current, transaction, (clientId) => this.mayUse(from, clientId));
        }, from);
        changes.push(...captured);
      } catch (error) {
        const reason = error instanceof RefusedUpdate ? error.reason : null;
        return { changes, failed: { from, reason }, deferred: senders.slice(index + 1) };
      } finally {
        this.captured = null;
        this.capturing = null;
        from.integrated(performance.now() - started);
      }
    }
    return { changes, failed: null, deferred: [] };
  }

  /** Replaces the document by one rebuilt from what is stored. */
  replace(next: Y.Doc): void {
    this.current.destroy();
    this.current = next;
    this.watch(next);
  }

  destroy(): void {
    this.current.destroy();
  }

  private watch(doc: Y.Doc): void {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.captured) {
        // The sender's transaction first; anything after it is Yjs tidying up, the server's own.
        this.captured.push({ update, from: origin === this.capturing ? this.capturing : null });
      } else {
        this.onServerChange(update);
      }
    });
  }
}

/** A document built from stored updates in one transaction, skipping any one that cannot be read. */
export function docFromStored(
  name: string,
  updates: readonly Uint8Array[],
  onUnreadable: (error: unknown) => void,
): Y.Doc {
  // The room's name is the document's identity; without one Yjs draws a random UUID per document.
  const doc = new Y.Doc({ guid: name });
  // One transaction: observers and the update event run once, not once per stored row.
  doc.transact(() => {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        onUnreadable(error);
      }
    }
  });
  if (dropPending(doc)) onUnreadable(new Error('structs that wait for content nobody sent'));
  return doc;
}
