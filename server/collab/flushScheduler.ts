/** Something with writes to store and relay. */
export interface Flushable {
  flush(): void;
}

/**
 * Flushes every room with pending writes in the same turn of the event loop, once everything
 * that arrived in the turn before has been read: the journal then takes all of them in one write.
 */
export class FlushScheduler {
  private readonly due = new Set<Flushable>();

  request(room: Flushable): void {
    if (this.due.size === 0) setImmediate(this.run);
    this.due.add(room);
  }

  private readonly run = (): void => {
    const rooms = [...this.due];
    this.due.clear();
    for (const room of rooms) room.flush();
  };
}
