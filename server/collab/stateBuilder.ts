import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A document as bytes: everything in one update, and the state vector that summarises it. */
export interface EncodedState {
  update: Uint8Array;
  stateVector: Uint8Array;
}

interface Reply {
  id: number;
  update?: Uint8Array;
  stateVector?: Uint8Array;
  error?: string;
}

/*
 * Plain JavaScript, so the worker runs the same under tsx, vitest and node. It requires the
 * CommonJS build of the Yjs the server itself resolves.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Y = require(workerData.yjs);
// The lowest priority (Linux, this thread only): building a large document waits for idle CPU
// instead of taking time slices from the event loop that serves everyone else.
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, 19);
} catch {
  // elsewhere the builder runs at normal priority
}
// Warm up on the largest section we expect, 100 pages (1,500 paragraphs) and 10,000 one-keystroke
// updates after it, built three times: a cold builder (code not yet compiled, allocation sites
// not yet tenured, a small heap) takes twice as long over its first large loads. The builder
// does this at the lowest priority while the server starts, so nobody waits for it.
{
  const writer = new Y.Doc();
  const texts = [];
  for (let p = 0; p < 1500; p++) {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; '.repeat(3));
    paragraph.insert(0, [text]);
    writer.getXmlFragment('body').insert(p, [paragraph]);
    texts.push(text);
  }
  const updates = [Y.encodeStateAsUpdate(writer)];
  writer.on('update', (u) => updates.push(u));
  for (let i = 0; i < 10000; i++) texts[(i * 7) % texts.length].insert((i * 13) % 150, 'a');
  writer.destroy();
  for (let round = 0; round < 3; round++) {
    const doc = new Y.Doc();
    doc.transact(() => { for (const u of updates) Y.applyUpdate(doc, u); });
    Y.encodeStateVectorFromUpdate(Y.encodeStateAsUpdate(doc));
    Y.encodeStateVector(doc);
    doc.destroy();
  }
}
parentPort.on('message', ({ id, packed, lengths }) => {
  try {
    const updates = [];
    let at = 0;
    for (const length of lengths) {
      updates.push(packed.subarray(at, at + length));
      at += length;
    }
    let update;
    let stateVector;
    if (updates.length === 1) {
      update = updates[0];
      stateVector = Y.encodeStateVectorFromUpdate(update);
    } else {
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const u of updates) {
          try { Y.applyUpdate(doc, u); } catch { /* an unreadable row is skipped, as on the main thread */ }
        }
      });
      update = Y.encodeStateAsUpdate(doc);
      stateVector = Y.encodeStateVector(doc);
      doc.destroy();
    }
    parentPort.postMessage({ id, update, stateVector }, [update.buffer, stateVector.buffer].filter((b, i, all) => all.indexOf(b) === i));
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

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
      worker.postMessage({ id, packed, lengths }, [packed.buffer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const yjs = createRequire(import.meta.url).resolve('yjs');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { yjs } });
    worker.unref();
    worker.on('message', (reply: Reply) => {
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
