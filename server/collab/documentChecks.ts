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
 * Throws `RefusedUpdate` if what the transaction integrated so far cannot be kept:
 * - `incomplete`: structs or deletions wait for content the server does not have. Yjs would
 *   keep them pending and merge them into a later writer's update, stored and relayed as that
 *   writer's; the sender must send what they depend on.
 * - `client-id`: structs under a client id that `mayUse` says belongs to someone else.
 * - `too-deep`: content nested deeper than the limit.
 * Only the structs added since the transaction began are walked: typing costs a few steps.
 */
export function checkIntegrated(
  doc: Y.Doc,
  transaction: Y.Transaction,
  mayUse: (clientId: number) => boolean,
): void {
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
    throw new RefusedUpdate('incomplete');
  for (const [client, structs] of doc.store.clients) {
    const before = transaction.beforeState.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (!last || last.id.clock + last.length <= before) continue;
    if (!mayUse(client)) throw new RefusedUpdate('client-id');
    for (let i = structs.length - 1; i >= 0; i--) {
      const struct = structs[i]!;
      if (struct.id.clock + struct.length <= before) break;
      if (struct instanceof Y.Item && nestingOf(struct, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH)
        throw new RefusedUpdate('too-deep');
    }
  }
}

/**
 * Forgets structs a stored document holds pending: written before pending updates were refused,
 * they can never integrate, and must not be compacted into a snapshot every reader downloads.
 */
export function dropPending(doc: Y.Doc): boolean {
  const had = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
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
