import { FailureLimiter } from './rateLimiter.js';

const WINDOW_MS = 15 * 60_000;
/** Failures of one account from one address before that pair is refused for the window. */
const ACCOUNT_FAILURES = 5;
/** Failures from one address, over all accounts, before the address takes the slow path. */
const ADDRESS_FAILURES = 30;
/** On the slow path an address gets one sign-in check per this many milliseconds. */
const SLOW_INTERVAL_MS = 1000;
/** Sign-ins waiting on the slow path of one address; more are refused at once. */
const SLOW_QUEUE = 30;

export interface LoginThrottleOptions {
  slowIntervalMs?: number;
}

/** Refused: wait this long. */
export class Throttled extends Error {
  constructor(readonly retryAfterMs: number) {
    super('Too many failed sign-ins');
  }
}

/** One admitted sign-in: say how it went. */
export interface LoginAttempt {
  succeeded(): void;
}

/**
 * The sign-in throttle. An office signs in from one NAT address, so failures from an address
 * must not lock out everyone behind it:
 *
 * 1. An account that failed 5 times from an address in 15 minutes is refused from that address
 *    until the window passes (even with the right password). Elsewhere it signs in as usual.
 * 2. An address with 30 failures in 15 minutes, over all accounts, is on the slow path: its
 *    sign-ins are checked one at a time, one a second (30 waiting at most), and an account
 *    that has failed from that address within the window is refused. An account with no recent
 *    failure there is checked as usual: its right password signs it in.
 *
 * Every attempt counts as a failure until it succeeds, so guesses sent in parallel cannot slip
 * past the limits while their passwords are being checked.
 */
export class LoginThrottle {
  private readonly perAccount = new FailureLimiter(ACCOUNT_FAILURES, WINDOW_MS);
  private readonly perAddress = new FailureLimiter(ADDRESS_FAILURES, WINDOW_MS);
  private readonly slowLanes = new Map<string, { tail: Promise<void>; waiting: number }>();
  private readonly slowIntervalMs: number;

  constructor(options: LoginThrottleOptions = {}) {
    this.slowIntervalMs = options.slowIntervalMs ?? SLOW_INTERVAL_MS;
  }

  /** Resolves when `username` may be checked from `address`; throws Throttled if not. */
  async admit(username: string, address: string): Promise<LoginAttempt> {
    const accountKey = `${username}\u0000${address}`;
    const accountWait = this.perAccount.retryAfter(accountKey);
    if (accountWait > 0) throw new Throttled(accountWait);
    const addressWait = this.perAddress.retryAfter(address);
    if (addressWait > 0) {
      if (this.perAccount.count(accountKey) > 0) throw new Throttled(addressWait);
      await this.slowTurn(address, addressWait);
    }
    const at = Date.now();
    this.perAccount.fail(accountKey, at);
    this.perAddress.fail(address, at);
    return {
      succeeded: () => {
        this.perAccount.reset(accountKey);
        this.perAddress.forgive(address, at);
      },
    };
  }

  /** Waits for the address's next slot on the slow path: one a `slowIntervalMs`, in turn. */
  private async slowTurn(address: string, addressWait: number): Promise<void> {
    const lane = this.slowLanes.get(address) ?? { tail: Promise.resolve(), waiting: 0 };
    if (lane.waiting >= SLOW_QUEUE) throw new Throttled(addressWait);
    this.slowLanes.set(address, lane);
    const previous = lane.tail;
    const next = previous.then(() => delay(this.slowIntervalMs));
    lane.tail = next;
    lane.waiting += 1;
    void next.then(() => {
      if (lane.tail === next) this.slowLanes.delete(address);
    });
    await previous;
    lane.waiting -= 1;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
