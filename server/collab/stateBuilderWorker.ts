/**
 * The state builder's thread (see stateBuilder.ts): merges a stored document's updates into one
 * update and its state vector, away from the event loop that serves everyone else.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { dropPending } from './documentChecks.js';

/** A request: the updates packed end to end in one moved buffer, and their lengths. */
export interface BuildRequest {
  id: number;
  packed: Uint8Array;
  lengths: number[];
}

export interface BuildReply {
  id: number;
  update?: Uint8Array;
  stateVector?: Uint8Array;
  error?: string;
}

// The lowest priority (Linux, this thread only): building a large document waits for idle CPU
// instead of taking time slices from the event loop that serves everyone else.
try {
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  os.setPriority(tid, 19);
} catch {
  // elsewhere the builder runs at normal priority
}

let warming = true;
warmUp();

parentPort?.on('message', ({ id, packed, lengths }: BuildRequest) => {
  // A real load warms the builder as well as the exercise does, and must not queue behind it.
  warming = false;
  let reply: BuildReply;
  try {
    reply = { id, ...build(unpack(packed, lengths)) };
  } catch (error) {
    reply = { id, error: String(error) };
  }
  const buffers = [reply.update?.buffer, reply.stateVector?.buffer].filter(
    (b, i, all): b is ArrayBuffer => b instanceof ArrayBuffer && all.indexOf(b) === i,
  );
  parentPort?.postMessage(reply, buffers);
});

function unpack(packed: Uint8Array, lengths: readonly number[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  let at = 0;
  for (const length of lengths) {
    updates.push(packed.subarray(at, at + length));
    at += length;
  }
  return updates;
}

function build(updates: readonly Uint8Array[]): { update: Uint8Array; stateVector: Uint8Array } {
  const [only] = updates;
  if (updates.length === 1 && only) {
    return { update: only, stateVector: Y.encodeStateVectorFromUpdate(only) };
  }
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const u of updates) {
      try {
        Y.applyUpdate(doc, u);
      } catch {
        // an unreadable row is skipped, as on the main thread
      }
    }
  });
  // As on the main thread (docFromStored): structs that wait for content nobody sent are not
  // part of the document, and must not reach the snapshot every reader downloads.
  dropPending(doc);
  const result = { update: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) };
  doc.destroy();
  return result;
}

/**
 * Warms up on the largest section we expect, 100 pages (1,500 paragraphs) and 10,000
 * one-keystroke updates after it, built three times: a cold builder (code not yet compiled,
 * allocation sites not yet tenured, a small heap) takes twice as long over its first large
 * loads. The builder does this at the lowest priority while the server starts, in steps with a
 * turn of the thread's loop between them, and stops at the first real request: on a busy machine
 * a lowest-priority thread may take many seconds over the whole exercise, and a reader's first
 * load must not wait for it.
 */
function warmUp(): void {
  const writer = new Y.Doc();
  const texts: Y.XmlText[] = [];
  const updates: Uint8Array[] = [];
  const steps: (() => void)[] = [
    () => {
      for (let p = 0; p < 1500; p++) {
        const paragraph = new Y.XmlElement('paragraph');
        const text = new Y.XmlText();
        text.insert(0, 'quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; '.repeat(3));
        paragraph.insert(0, [text]);
        writer.getXmlFragment('body').insert(p, [paragraph]);
        texts.push(text);
      }
      updates.push(Y.encodeStateAsUpdate(writer));
      writer.on('update', (u: Uint8Array) => updates.push(u));
    },
    ...Array.from({ length: 10 }, (_, chunk) => () => {
      for (let i = chunk * 1000; i < (chunk + 1) * 1000; i++) {
        texts[(i * 7) % texts.length]?.insert((i * 13) % 150, 'a');
      }
    }),
    ...Array.from({ length: 3 }, () => () => {
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const u of updates) Y.applyUpdate(doc, u);
      });
      Y.encodeStateVectorFromUpdate(Y.encodeStateAsUpdate(doc));
      Y.encodeStateVector(doc);
      doc.destroy();
    }),
  ];
  const next = (): void => {
    const step = steps.shift();
    if (!warming || !step) {
      writer.destroy();
      return;
    }
    step();
    setImmediate(next);
  };
  setImmediate(next);
}
