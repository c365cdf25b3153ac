/**
 * The checkpointer's thread (see checkpointer.ts). A PASSIVE checkpoint copies what it can from
 * the write-ahead log into the database without waiting for readers or writers; it is the
 * fsyncs in it that must not run on the event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { SpawnedData } from '../workers/spawn.js';

export interface CheckpointWorkerData {
  file: string;
  everyMs: number;
}

const { data } = workerData as SpawnedData<CheckpointWorkerData>;
const db = new Database(data.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');

function checkpoint(): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // busy or locked: the next round takes it
  }
}

const timer = setInterval(checkpoint, data.everyMs);
parentPort?.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort?.close();
});
