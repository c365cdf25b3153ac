import type { ClientBinding } from '../store/clientAuthors.js';

/**
 * Who may use which Yjs client id in one room. An id belongs to the user who first used it, in
 * a write or in awareness: nobody else may write structs under it (and so drop that user's
 * typing, which Yjs ignores as already known) or announce presence under it. The same user may
 * use it from a new socket: a tab that reconnects keeps its id.
 */
export class ClientIds {
  private readonly owners = new Map<number, string>();
  /** Bound since the last `takeNew`: the room stores them with its next write (attribution). */
  private fresh: ClientBinding[] = [];

  /**
   * The bindings stored before this room was loaded: an id keeps its owner across an unload and
   * a restart, or after one anyone could write under a colleague's id (and be credited as them).
   */
  adopt(stored: ReadonlyMap<number, string>): void {
    for (const [clientId, userId] of stored) {
      if (!this.owners.has(clientId)) this.owners.set(clientId, userId);
    }
  }

  /** Whether `userId` may use `clientId`; binds it to them if nobody had. */
  claim(clientId: number, userId: string): boolean {
    const owner = this.owners.get(clientId);
    if (owner === undefined) {
      this.owners.set(clientId, userId);
      this.fresh.push({ clientId, userId });
      return true;
    }
    return owner === userId;
  }

  /** The bindings made since the last call. */
  takeNew(): ClientBinding[] {
    return this.fresh.splice(0);
  }
}
