/**
 * What one connection may make the server do (issue 16, items 4 and 9). A typing person stays
 * far inside every budget; a script that floods updates, invents client ids (each new id makes
 * Yjs resolve conflicts the slow way), or sends updates that are expensive to integrate runs
 * out, and its connection is closed (4429) with the budget it ran out of as the reason.
 */

/** The budgets a connection can exceed, as the close reason and audit detail name them. */
export type Budget = 'client-ids' | 'updates' | 'bytes' | 'integrating' | 'awareness';

export interface BudgetLimits {
  /** Distinct Yjs client ids one connection may write under (a tab uses one; test scripts a few). */
  clientIds: number;
  updates: RateLimit;
  bytes: RateLimit;
  /** Milliseconds the server spends integrating the connection's updates. */
  integratingMs: RateLimit;
  /** Awareness messages (caret moves). */
  awareness: RateLimit;
}

/** A token bucket: `burst` at once, refilled at `perSecond`. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export const DEFAULT_BUDGET: BudgetLimits = {
  clientIds: 64,
  // Typing sends one update per keystroke; a paste or an import is one update.
  updates: { burst: 600, perSecond: 100 },
  bytes: { burst: 4 * 1024 * 1024, perSecond: 512 * 1024 },
  // A fifth of a core, sustained; two seconds at once.
  integratingMs: { burst: 2_000, perSecond: 200 },
  awareness: { burst: 300, perSecond: 60 },
};

class Bucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly limit: RateLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.at = now;
  }

  /** Takes `amount`; false once the bucket is empty (what was taken stays taken). */
  take(amount: number, now: number): boolean {
    const refill = ((now - this.at) / 1000) * this.limit.perSecond;
    this.tokens = Math.min(this.limit.burst, this.tokens + refill);
    this.at = now;
    this.tokens -= amount;
    return this.tokens >= 0;
  }
}

export class ConnectionBudget {
  private readonly clientIds = new Set<number>();
  private readonly updates: Bucket;
  private readonly bytes: Bucket;
  private readonly integrating: Bucket;
  private readonly awarenessMessages: Bucket;

  constructor(
    private readonly limits: BudgetLimits = DEFAULT_BUDGET,
    private readonly now: () => number = Date.now,
  ) {
    const at = now();
    this.updates = new Bucket(limits.updates, at);
    this.bytes = new Bucket(limits.bytes, at);
    this.integrating = new Bucket(limits.integratingMs, at);
    this.awarenessMessages = new Bucket(limits.awareness, at);
  }

  /** An update of `bytes` under `clientIds` arrived: the budget it exceeds, if any. */
  write(bytes: number, clientIds: Iterable<number>): Budget | null {
    const now = this.now();
    if (!this.updates.take(1, now)) return 'updates';
    if (!this.bytes.take(bytes, now)) return 'bytes';
    for (const id of clientIds) this.clientIds.add(id);
    return this.clientIds.size > this.limits.clientIds ? 'client-ids' : null;
  }

  /** The server spent `ms` integrating this connection's updates. */
  integrated(ms: number): Budget | null {
    return this.integrating.take(ms, this.now()) ? null : 'integrating';
  }

  awareness(bytes: number): Budget | null {
    const now = this.now();
    if (!this.awarenessMessages.take(1, now)) return 'awareness';
    return this.bytes.take(bytes, now) ? null : 'bytes';
  }
}
