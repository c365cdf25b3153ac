/**
 * Asking the server "do you have all of my document?" with the plain sync protocol.
 * We send a sync step 1 whose state vector is one clock short for every client, so the
 * server's step 2 answer carries the last item it holds of each client, plus its whole delete
 * set. If those reach our clocks and cover our deletions, the server has stored everything we
 * have (PlanFold's server applies a write to its document only after storing it).
 */
import * as Y from 'yjs';

type DeleteSet = ReturnType<typeof Y.createDeleteSetFromStructStore>;

export interface AckProbe {
  /** The local change counter this probe stands for. */
  seq: number;
  clocks: Map<number, number>;
  deletions: DeleteSet;
}

export function createProbe(doc: Y.Doc, seq: number): { probe: AckProbe; stateVector: Uint8Array } {
  const clocks = Y.decodeStateVector(Y.encodeStateVector(doc));
  const shortened = new Map<number, number>();
  for (const [client, clock] of clocks) shortened.set(client, Math.max(0, clock - 1));
  return {
    probe: { seq, clocks, deletions: Y.createDeleteSetFromStructStore(doc.store) },
    stateVector: Y.encodeStateVector(shortened),
  };
}

function reachedClocks(structs: ReturnType<typeof Y.decodeUpdate>['structs']): Map<number, number> {
  const reached = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const end = struct.id.clock + struct.length;
    if (end > (reached.get(struct.id.client) ?? 0)) reached.set(struct.id.client, end);
  }
  return reached;
}

/** Does `outer` mark as deleted every clock range that `inner` does? */
function coversDeletions(outer: DeleteSet, inner: DeleteSet): boolean {
  for (const [client, items] of inner.clients) {
    const ranges = [...(outer.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock);
    for (const item of items) {
      let from = item.clock;
      const to = item.clock + item.len;
      for (const range of ranges) {
        if (range.clock > from) break;
        from = Math.max(from, range.clock + range.len);
        if (from >= to) break;
      }
      if (from < to) return false;
    }
  }
  return true;
}

/** `reply` is the update carried by the server's step 2 answer to the probe. */
export function probeSatisfied(probe: AckProbe, reply: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(reply);
  const reached = reachedClocks(structs);
  for (const [client, clock] of probe.clocks) {
    if (clock > 0 && (reached.get(client) ?? 0) < clock) return false;
  }
  return coversDeletions(ds, probe.deletions);
}
