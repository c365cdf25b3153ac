import type { ClientIds } from './clientIds.js';
import {
  encodeState,
  REMOVED_STATE,
  type AwarenessEntry,
  type EncodedAwarenessEntry,
} from './awarenessCodec.js';

/** Who a connection is, as far as presence goes. */
export interface PresenceOwner {
  readonly user: { id: string; name: string; agency: string };
  readonly color: string;
}

/**
 * The longest state a client may announce, as JSON. A caret's state (two relative positions)
 * is a few hundred bytes; every newcomer is sent every state in the room at once.
 */
export const MAX_AWARENESS_STATE_BYTES = 4 * 1024;

/** The fields a state may carry besides `user` (which the server writes): the caret. */
const CLIENT_FIELDS = ['cursor'] as const;

interface Held extends EncodedAwarenessEntry {
  owner: PresenceOwner;
}

/**
 * The presence states of one room. A connection owns the one client id it first announces;
 * entries for ids it does not own are dropped, and the `user` field of every state is written
 * by the server from the session, so nobody can appear as someone else. A state keeps only the
 * fields PlanFold's editor uses, and one longer than `MAX_AWARENESS_STATE_BYTES` is dropped: what
 * the room holds, and sends each newcomer, is bounded by its connections.
 */
export class RoomAwareness {
  private readonly entries = new Map<number, Held>();
  private readonly claims = new Map<PresenceOwner, number>();

  /** The room's client ids: presence under an id that is another user's is dropped. */
  constructor(private readonly ids: ClientIds) {}

  /** Filters and rewrites an incoming update; returns what should reach the other peers. */
  accept(owner: PresenceOwner, incoming: readonly AwarenessEntry[]): EncodedAwarenessEntry[] {
    const accepted: EncodedAwarenessEntry[] = [];
    for (const entry of incoming) {
      if (!this.mayClaim(owner, entry.clientId)) continue;
      const held = this.entries.get(entry.clientId);
      if (held && held.clock > entry.clock) continue;
      const json = entry.state === 'null' ? 'null' : this.withIdentity(owner, entry.state);
      if (json === null) continue;
      this.claims.set(owner, entry.clientId);
      const state = json === 'null' ? REMOVED_STATE : encodeState(json);
      const next = { clientId: entry.clientId, clock: entry.clock, state };
      if (state === REMOVED_STATE) {
        this.entries.delete(entry.clientId);
      } else if (held) {
        // Updated in place: a caret moves with every keystroke.
        held.clock = entry.clock;
        held.state = state;
        held.owner = owner;
      } else {
        this.entries.set(entry.clientId, { ...next, owner });
      }
      accepted.push(next);
    }
    return accepted;
  }

  /** Forgets everything an owner announced; returns the removals to broadcast. */
  release(owner: PresenceOwner): EncodedAwarenessEntry[] {
    const clientId = this.claims.get(owner);
    this.claims.delete(owner);
    if (clientId === undefined) return [];
    const held = this.entries.get(clientId);
    if (!held || held.owner !== owner) return [];
    this.entries.delete(clientId);
    return [{ clientId, clock: held.clock + 1, state: REMOVED_STATE }];
  }

  all(): EncodedAwarenessEntry[] {
    return [...this.entries.values()].map(({ clientId, clock, state }) => ({
      clientId,
      clock,
      state,
    }));
  }

  private mayClaim(owner: PresenceOwner, clientId: number): boolean {
    const claimed = this.claims.get(owner);
    if (claimed !== undefined) return claimed === clientId;
    // A reconnecting tab of the same person may take its id over from its dying socket.
    return this.ids.claim(clientId, owner.user.id);
  }

  private withIdentity(owner: PresenceOwner, json: string): string | null {
    // UTF-16 length: a cheap bound before parsing (a UTF-8 byte is at most one code unit).
    if (json.length > MAX_AWARENESS_STATE_BYTES) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const known: Record<string, unknown> = {};
    for (const field of CLIENT_FIELDS) if (field in parsed) known[field] = parsed[field];
    const { id, name, agency } = owner.user;
    return JSON.stringify({ ...known, user: { id, name, agency, color: owner.color } });
  }
}
