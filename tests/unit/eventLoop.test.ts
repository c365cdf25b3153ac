/** inChunks: bulk work split into chunks, each in a later turn, so other work runs between. */
import { describe, expect, it } from 'vitest';
import { inChunks } from '../../server/eventLoop.js';

describe('inChunks', () => {
  it.each([
    { items: 0, size: 3, chunks: [] },
    { items: 3, size: 3, chunks: [3] },
    { items: 7, size: 3, chunks: [3, 3, 1] },
  ])('$items items in chunks of $size → $chunks', async ({ items, size, chunks }) => {
    const seen: number[] = [];
    await inChunks(
      Array.from({ length: items }, (_, i) => i),
      size,
      (chunk) => {
        seen.push(chunk.length);
        return Promise.resolve();
      },
    );
    expect(seen).toEqual(chunks);
  });

  it('lets I/O and timers queued meanwhile run between two chunks', async () => {
    const log: string[] = [];
    await inChunks([1, 2], 1, (chunk) => {
      log.push(`chunk ${chunk.join()}`);
      setImmediate(() => log.push('other work'));
      return Promise.resolve();
    });
    expect(log.slice(0, 3)).toEqual(['chunk 1', 'other work', 'chunk 2']);
  });
});
