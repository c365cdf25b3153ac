/**
 * FlushScheduler: writes that arrive in one turn are flushed together after it, unless the
 * oldest has already waited longer than the limit, in which case the batch goes at once.
 */
import { describe, expect, it } from 'vitest';
import { FlushScheduler, type Flushable } from '../../server/collab/flushScheduler.js';
import { nextTurn } from '../../server/eventLoop.js';

function rooms(log: string[], ...names: string[]): Flushable[] {
  return names.map((name) => ({ flush: () => void log.push(name) }));
}

describe('FlushScheduler', () => {
  it('flushes every room that asked in a turn once, after the turn', async () => {
    const log: string[] = [];
    const scheduler = new FlushScheduler(2, () => 0);
    const [a, b] = rooms(log, 'a', 'b');
    for (const room of [a, b, a, b]) if (room) scheduler.request(room);
    expect(log).toEqual([]);
    await nextTurn();
    expect(log).toEqual(['a', 'b']);
  });

  it('flushes at once when the oldest request has waited longer than the limit', async () => {
    const log: string[] = [];
    let now = 100;
    const scheduler = new FlushScheduler(2, () => now);
    const [a, b, c] = rooms(log, 'a', 'b', 'c');
    if (!a || !b || !c) throw new Error('rooms');
    scheduler.request(a);
    now = 101;
    scheduler.request(b);
    expect(log).toEqual([]);
    now = 102.5;
    scheduler.request(c); // a has waited 2.5 ms: a and b go now, c starts the next batch
    expect(log).toEqual(['a', 'b']);
    now = 103;
    scheduler.request(a);
    await nextTurn();
    expect(log).toEqual(['a', 'b', 'c', 'a']);
    // and the next turn starts afresh
    scheduler.request(b);
    await nextTurn();
    expect(log).toEqual(['a', 'b', 'c', 'a', 'b']);
  });
});
