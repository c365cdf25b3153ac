/** Resolves on a later turn of the event loop, after the I/O already waiting has been served. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `work` over `items` in chunks of `size`, each chunk a turn after the one before: bulk
 * bookkeeping (hundreds of sections at once) never holds the event loop for long.
 */
export async function inChunks<T>(
  items: readonly T[],
  size: number,
  work: (chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await nextTurn();
    await work(items.slice(i, i + size));
  }
}
