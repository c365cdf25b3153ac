import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../server/auth/rateLimiter.js';

const WINDOW = 60_000;
const T0 = 1_700_000_000_000;

type Step =
  | { fail: string; at: number }
  | { reset: string }
  | { expect: string; at: number; retryAfter: number };

interface Case {
  name: string;
  max: number;
  steps: Step[];
}

/** Each row: a limiter of `max` failures per minute, a script of failures and resets, and what it answers. */
const CASES: Case[] = [
  {
    name: 'a key with no failures may try',
    max: 3,
    steps: [{ expect: 'a', at: T0, retryAfter: 0 }],
  },
  {
    name: 'fewer failures than the limit do not block',
    max: 3,
    steps: [
      { fail: 'a', at: T0 },
      { fail: 'a', at: T0 + 1000 },
      { expect: 'a', at: T0 + 2000, retryAfter: 0 },
    ],
  },
  {
    name: 'reaching the limit blocks until the oldest counted failure leaves the window',
    max: 3,
    steps: [
      { fail: 'a', at: T0 },
      { fail: 'a', at: T0 + 1000 },
      { fail: 'a', at: T0 + 2000 },
      { expect: 'a', at: T0 + 2000, retryAfter: WINDOW - 2000 },
      { expect: 'a', at: T0 + 30_000, retryAfter: WINDOW - 30_000 },
      { expect: 'a', at: T0 + WINDOW - 1, retryAfter: 1 },
      { expect: 'a', at: T0 + WINDOW, retryAfter: 0 },
    ],
  },
  {
    name: 'the window slides: after the oldest expires one more failure blocks again',
    max: 3,
    steps: [
      { fail: 'a', at: T0 },
      { fail: 'a', at: T0 + 10_000 },
      { fail: 'a', at: T0 + 20_000 },
      { expect: 'a', at: T0 + WINDOW, retryAfter: 0 },
      { fail: 'a', at: T0 + WINDOW },
      // counted now: +10s, +20s, +60s → blocked until +10s leaves the window
      { expect: 'a', at: T0 + WINDOW, retryAfter: 10_000 },
    ],
  },
  {
    name: 'more failures than the limit: the wait runs from the max-th most recent failure',
    max: 2,
    steps: [
      { fail: 'a', at: T0 },
      { fail: 'a', at: T0 + 1000 },
      { fail: 'a', at: T0 + 2000 },
      { fail: 'a', at: T0 + 3000 },
      { expect: 'a', at: T0 + 3000, retryAfter: WINDOW - 1000 },
    ],
  },
  {
    name: 'failures older than the window are forgotten',
    max: 2,
    steps: [
      { fail: 'a', at: T0 },
      { fail: 'a', at: T0 + WINDOW + 1 },
      { expect: 'a', at: T0 + WINDOW + 1, retryAfter: 0 },
    ],
  },
  {
    name: 'keys are independent',
    max: 2,
    steps: [
      { fail: 'sct\u0000127.0.0.1', at: T0 },
      { fail: 'sct\u0000127.0.0.1', at: T0 },
      { expect: 'sct\u0000127.0.0.1', at: T0, retryAfter: WINDOW },
      { expect: 'sct\u000010.0.0.9', at: T0, retryAfter: 0 },
      { expect: 'sct2\u0000127.0.0.1', at: T0, retryAfter: 0 },
    ],
  },
  {
    name: 'reset clears a blocked key and only that key',
    max: 2,
    steps: [
      { fail: 'a', at: T0 },
      { fail: 'a', at: T0 },
      { fail: 'b', at: T0 },
      { fail: 'b', at: T0 },
      { reset: 'a' },
      { expect: 'a', at: T0 + 1, retryAfter: 0 },
      { expect: 'b', at: T0 + 1, retryAfter: WINDOW - 1 },
      { fail: 'a', at: T0 + 2 },
      { expect: 'a', at: T0 + 2, retryAfter: 0 },
    ],
  },
  {
    name: 'a limit of one blocks after the first failure',
    max: 1,
    steps: [
      { fail: 'a', at: T0 },
      { expect: 'a', at: T0 + 5, retryAfter: WINDOW - 5 },
    ],
  },
];

describe('FailureLimiter', () => {
  it.each(CASES)('$name', ({ max, steps }) => {
    const limiter = new FailureLimiter(max, WINDOW);
    steps.forEach((step, i) => {
      if ('fail' in step) limiter.fail(step.fail, step.at);
      else if ('reset' in step) limiter.reset(step.reset);
      else
        expect(limiter.retryAfter(step.expect, step.at), `step ${i}: ${JSON.stringify(step)}`).toBe(
          step.retryAfter,
        );
    });
  });

  it('never answers a negative wait, even for a clock that went backwards', () => {
    const limiter = new FailureLimiter(1, WINDOW);
    limiter.fail('a', T0);
    expect(limiter.retryAfter('a', T0 - 1000)).toBeGreaterThanOrEqual(0);
    expect(limiter.retryAfter('a', T0 - 1000)).toBeLessThanOrEqual(WINDOW + 1000);
  });

  it('uses the real clock by default', () => {
    const limiter = new FailureLimiter(1, WINDOW);
    limiter.fail('a');
    const wait = limiter.retryAfter('a');
    expect(wait).toBeGreaterThan(WINDOW - 5_000);
    expect(wait).toBeLessThanOrEqual(WINDOW);
  });
});
