/**
 * Counts failures per key inside a sliding window. Used for logins twice over: per account and
 * address together (so an attacker elsewhere cannot lock the real user out) and per address.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? now;
    return Math.max(0, oldest + this.windowMs - now);
  }

  /** Failures of `key` inside the window. */
  count(key: string, now = Date.now()): number {
    return this.recent(key, now).length;
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** Takes back one counted attempt that turned out to succeed. */
  forgive(key: string, at: number): void {
    const kept = this.failures.get(key) ?? [];
    const index = kept.lastIndexOf(at);
    if (index >= 0) kept.splice(index, 1);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}
