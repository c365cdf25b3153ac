import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn.js';
import type { BuildReply, BuildRequest } from './stateBuilderWorker.js';

/** A document as bytes: everything in one update, and the state vector that summarises it. */
export interface EncodedState {
  update: Uint8Array;
  stateVector: Uint8Array;
}

/**
 * Turns a large stored document (a snapshot, or a snapshot and a long log) into one update and
 * its state vector on a worker thread: a 100-page section takes tens of milliseconds of Yjs
 * work that would otherwise stop every other room's typing while it loads.
 */
export class StateBuilder {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (state: EncodedState) => void; reject: (error: Error) => void }
  >();

  /** Starts the worker ahead of the first large load. */
  prepare(): void {
    this.started();
  }

  build(updates: readonly Uint8Array[]): Promise<EncodedState> {
    const worker = this.started();
    const id = (this.nextId += 1);
    // One buffer, moved rather than copied: thousands of small arrays cost the event loop to clone.
    const lengths = updates.map((u) => u.length);
    const packed = new Uint8Array(lengths.reduce((sum, n) => sum + n, 0));
    let at = 0;
    for (const update of updates) {
      packed.set(update, at);
      at += update.length;
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: BuildRequest = { id, packed, lengths };
      worker.postMessage(request, [packed.buffer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(new URL('./stateBuilderWorker.ts', import.meta.url), null);
    worker.unref();
    worker.on('message', (reply: BuildReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (!waiter) return;
      if (reply.update && reply.stateVector) {
        waiter.resolve({ update: reply.update, stateVector: reply.stateVector });
      } else waiter.reject(new Error(reply.error ?? 'the state builder gave no state'));
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', () => this.fail(worker, new Error('the state builder stopped')));
    this.worker = worker;
    return worker;
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
