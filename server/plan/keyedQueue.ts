/**
 * Runs tasks one at a time per key, in the order they were queued; different keys run freely.
 * A failed task does not stop the ones queued after it.
 */
export class KeyedQueue {
  /** The last task queued for each key, settled either way; gone once nothing waits. */
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting (for tests). */
  busyKeys(): number {
    return this.tails.size;
  }
}
