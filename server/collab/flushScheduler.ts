/** Something with writes to store and relay. */
export interface Flushable {
  flush(): void;
}

/** How long a write may wait for others to share its journal write and socket writes. */
const MAX_WAIT_MS = 2;

/**
 * Flushes every room with pending writes together, once everything that arrived in the turn
 * before has been read: the journal then takes all of them in one write, and each peer gets one
 * socket write. Under load a turn of the event loop reads many sockets; the first write read
 * would wait for all of them, so the rooms are flushed early once it has waited `maxWaitMs`.
 */
export class FlushScheduler {
  private readonly due = new Set<Flushable>();
  /** When the oldest pending request arrived. */
  private since = 0;
  private scheduled = false;

  constructor(
    private readonly maxWaitMs = MAX_WAIT_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  request(room: Flushable): void {
    if (this.due.size === 0) {
      this.since = this.now();
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.run);
      }
    } else if (this.now() - this.since > this.maxWaitMs) {
      this.flushDue();
      this.since = this.now();
    }
    this.due.add(room);
  }

  private readonly run = (): void => {
    this.scheduled = false;
    this.flushDue();
  };

  private flushDue(): void {
    const rooms = [...this.due];
    this.due.clear();
    for (const room of rooms) room.flush();
  }
}
