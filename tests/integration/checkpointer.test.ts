/**
 * The write-ahead log of the SQLite store is checkpointed by a thread of its own: a commit never
 * runs a checkpoint (and its fsyncs) on the event loop, yet what is committed reaches the
 * database file within about a second, well below SQLite's own threshold of 1,000 pages.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../server/store/store.js';
import { tempDir } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

describe('SQLite checkpoints', () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('copies a commit of ~1 MB into the database file from the checkpoint thread', async () => {
    const file = path.join(tempDir(), 'planfold.sqlite');
    store = await Store.open({ kind: 'sqlite', file });
    const before = fs.statSync(file).size;
    // 1 MB is 250 pages: SQLite alone would leave it in the log until 1,000 pages had gathered.
    const snapshot = new Uint8Array(1024 * 1024).map((_, i) => (i * 7919) % 251);
    await store.documents.compact('s-checkpoint', snapshot, 1);
    const walFile = `${file}-wal`;
    expect(fs.statSync(walFile).size).toBeGreaterThan(snapshot.length);
    await waitFor(() => fs.statSync(file).size >= before + snapshot.length, {
      message: 'the database file to take the checkpointed pages',
    });
    const loaded = await store.documents.load('s-checkpoint');
    expect(new Uint8Array(loaded.updates[0] ?? [])).toEqual(snapshot);
  });

  it('closes cleanly in a process of its own: the last checkpoint runs and the log is removed', async () => {
    const file = path.join(tempDir(), 'planfold.sqlite');
    const script = fileURLToPath(new URL('../fixtures/storeRoundTrip.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, file],
      { timeout: 30_000 },
    );
    expect(stdout.trim()).toBe('closed');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
