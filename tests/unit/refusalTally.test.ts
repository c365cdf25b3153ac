import { describe, expect, it } from 'vitest';
import { MAX_REFUSALS, REFUSAL_WINDOW_MS, RefusalTally } from '../../server/collab/refusalTally.js';

describe('RefusalTally', () => {
  it('counts one user in one section across connections, and starts again after the window', () => {
    let now = 0;
    const tally = new RefusalTally(() => now);
    const verdicts = [];
    // Every refusal from a new connection: the count is the user's, not the socket's.
    for (let i = 0; i < MAX_REFUSALS; i++) verdicts.push(tally.for('u1', 'S1').add('role'));
    expect(verdicts.map((v) => v.overLimit).indexOf(true)).toBe(MAX_REFUSALS - 1);
    expect(verdicts.filter((v) => v.report)).toHaveLength(1);
    expect(tally.for('u1', 'S2').add('role').overLimit).toBe(false);
    expect(tally.for('u2', 'S1').add('role').overLimit).toBe(false);
    now += REFUSAL_WINDOW_MS;
    expect(tally.for('u1', 'S1').add('role')).toEqual({ report: true, overLimit: false });
  });

  it('reports once per reason and minute', () => {
    let now = 0;
    const count = new RefusalTally(() => now).for('u1', 'S1');
    expect(count.add('locked').report).toBe(true);
    expect(count.add('locked').report).toBe(false);
    expect(count.add('status').report).toBe(true);
    now += 60_000;
    expect(count.add('status').report).toBe(true);
  });
});
