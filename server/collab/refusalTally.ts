/**
 * Refused writes counted per user and section, across connections (issue 16, item 10): a
 * client that reconnects after being let go starts where it stopped, not from zero, and the
 * audit trail gets one row per reason and minute however many sockets it opens.
 */

/** How many refused writes a user may send into one section within the window. */
export const MAX_REFUSALS = 20;
/** A user's count for a section starts again this long after its first refusal. */
export const REFUSAL_WINDOW_MS = 10 * 60_000;
/** Past this many counted pairs, expired ones are swept on the next refusal. */
const SWEEP_AT = 10_000;

interface Count {
  since: number;
  refused: number;
  lastReported: string;
}

export interface RefusalVerdict {
  /** Worth an audit row: the first of its reason in this minute. */
  report: boolean;
  /** The user has reached the limit in this section: the connection is let go. */
  overLimit: boolean;
}

/** One user's count in one section, as a connection sees it. */
export interface RefusalCount {
  add(reason: string): RefusalVerdict;
}

export class RefusalTally {
  private readonly counts = new Map<string, Count>();

  constructor(private readonly now: () => number = Date.now) {}

  for(userId: string, room: string): RefusalCount {
    return { add: (reason) => this.add(`${userId}\u0000${room}`, reason) };
  }

  private add(key: string, reason: string): RefusalVerdict {
    const now = this.now();
    let count = this.counts.get(key);
    if (!count || now - count.since >= REFUSAL_WINDOW_MS) {
      if (this.counts.size >= SWEEP_AT) this.sweep(now);
      count = { since: now, refused: 0, lastReported: '' };
      this.counts.set(key, count);
    }
    count.refused += 1;
    const report = `${reason}@${Math.floor(now / 60_000)}`;
    const fresh = report !== count.lastReported;
    count.lastReported = report;
    return { report: fresh, overLimit: count.refused >= MAX_REFUSALS };
  }

  private sweep(now: number): void {
    for (const [key, count] of this.counts)
      if (now - count.since >= REFUSAL_WINDOW_MS) this.counts.delete(key);
  }
}
