import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../server/plan/keyedQueue.js';

/** A promise with its resolve, to hold a task open. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('KeyedQueue', () => {
  it('runs tasks on one key one at a time, in order; other keys do not wait', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    const held = gate();
    const first = queue.run('plan-a', async () => {
      events.push('a1 start');
      await held.opened;
      events.push('a1 end');
    });
    const second = queue.run('plan-a', () => Promise.resolve(events.push('a2')));
    await queue.run('plan-b', () => Promise.resolve(events.push('b1')));
    expect(events).toEqual(['a1 start', 'b1']);
    held.open();
    await Promise.all([first, second]);
    expect(events).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('a failed task rejects its own caller only; the next one runs; nothing is kept', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('plan-a', () => Promise.reject(new Error('refused')));
    const next = queue.run('plan-a', () => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('ran');
    await Promise.resolve();
    expect(queue.busyKeys()).toBe(0);
  });
});
