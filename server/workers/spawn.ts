import { Worker } from 'node:worker_threads';

/*
 * A worker thread cannot load TypeScript by itself: the server runs under tsx and the tests
 * under vitest, neither of which reaches into new threads. This stub loads the worker's module
 * through tsx's scoped loader, the same way under both.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then((tsx) => tsx.tsImport(workerData.module, workerData.module));
`;

/** What a worker module finds in `workerData`: what its parent passed. */
export interface SpawnedData<T> {
  data: T;
}

/** Starts the TypeScript module `module` (a file URL beside the caller) on a thread of its own. */
export function spawnWorker<T>(module: URL, data: T): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { loader: import.meta.resolve('tsx/esm/api'), module: module.href, data },
  });
}
