import type { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';
import { spawnWorker } from '../workers/spawn.js';
import type { CheckpointWorkerData } from './checkpointWorker.js';

/** SQLite's own threshold, in pages, used again if the checkpointer stops. */
const AUTO_CHECKPOINT_PAGES = 1000;
const DEFAULT_EVERY_MS = 1000;

/**
 * Checkpoints a SQLite database's write-ahead log from a thread of its own. By default the
 * connection that commits past 1,000 pages of log runs the checkpoint itself, fsyncs included:
 * on the event loop that is a stall of every room, several times a second while large sections
 * are compacted. Here the server's connection never checkpoints; this thread does, every second.
 * Should the thread stop, the connection checkpoints as before.
 */
export class Checkpointer {
  private constructor(
    private readonly worker: Worker,
    private readonly exited: Promise<void>,
  ) {}

  static start(
    sqlite: SqliteDatabase.Database,
    file: string,
    everyMs = DEFAULT_EVERY_MS,
  ): Checkpointer {
    const worker = spawnWorker<CheckpointWorkerData>(
      new URL('./checkpointWorker.ts', import.meta.url),
      { file, everyMs },
    );
    worker.unref();
    sqlite.pragma('wal_autocheckpoint = 0');
    const exited = new Promise<void>((resolve) => {
      const fallBack = (): void => {
        if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
        resolve();
      };
      worker.once('exit', fallBack);
      worker.once('error', (error) => console.error('The SQLite checkpointer stopped', error));
    });
    return new Checkpointer(worker, exited);
  }

  /** Runs a last checkpoint and stops the thread. */
  async close(): Promise<void> {
    // Unreferenced, the thread would not keep a process that is shutting down alive for its end.
    this.worker.ref();
    this.worker.postMessage('close');
    await this.exited;
  }
}
