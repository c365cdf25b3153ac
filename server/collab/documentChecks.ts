import * as Y from 'yjs';
import { MAX_NESTING_DEPTH, type RefusalReason } from '../../shared/protocol/collab.js';

/**
 * What the server checks of a document's structure, without recursion: a hostile tree thousands
 * of levels deep must cost a loop, never the stack.
 */

/** Thrown inside an integrating transaction: the sender's update is refused, with a reason. */
export class RefusedUpdate extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`update refused: ${reason}`);
  }
}

/** How many nested types hold `item` (1 for text directly in a root's child), up to `limit + 1`. */
function nestingOf(item: Y.Item, limit: number): number {
  let depth = 0;
  for (let type = item.parent; type instanceof Y.AbstractType && depth <= limit;) {
    const holder: Y.Item | null = type._item;
    if (!holder) break;
    depth += 1;
    type = holder.parent;
  }
  return depth;
}

/**
 * Throws `RefusedUpdate` if what the transaction integrated so far nests deeper than the limit.
 * Only the structs added since the transaction began are walked: typing costs a few steps.
 */
export function checkIntegrated(doc: Y.Doc, transaction: Y.Transaction): void {
  for (const [client, structs] of doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    for (let i = structs.length - 1; i >= 0; i--) {
      const struct = structs[i]!;
      if (struct.id.clock + struct.length <= before) break;
      if (struct instanceof Y.Item && nestingOf(struct, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH)
        throw new RefusedUpdate('too-deep');
    }
  }
}

/** Whether a stored document nests deeper than the server processes (it is then quarantined). */
export function isTooDeep(doc: Y.Doc): boolean {
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (struct instanceof Y.Item && nestingOf(struct, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH)
        return true;
    }
  }
  return false;
}
