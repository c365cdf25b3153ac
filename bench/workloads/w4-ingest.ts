import * as Y from 'yjs';
import { editingTrace } from '../client/docs.js';
import { round } from '../stats.js';
import { Signal, withDeadline } from '../wait.js';
import { closeAll, connectAll, type Workload } from './common.js';

/**
 * W4 ingest: one writer replays an editing trace, one update per edit, as fast as the server takes
 * it. "Takes" is seen from a second client: the writer keeps at most `windowClocks` of the trace
 * ahead of what that peer has received. Rate = updates / (first send → last received).
 */
export const w4Ingest: Workload = async (ctx) => {
  const { ops, windowClocks, deadlineMs } = ctx.params.w4;
  const trace = editingTrace(ops);
  const room = ctx.target.room(0);
  let received = 0;
  const progress = new Signal();
  // The observer only reads how far the writer's clock has come; it never builds the document.
  const observe = (update: Uint8Array): void => {
    const to = Y.parseUpdateMeta(update).to.get(trace.clientID);
    if (to !== undefined && to > received) received = to;
    progress.fire();
  };
  const [writer, observer] = await connectAll(ctx, [
    { room, mode: 'full' },
    { room, mode: 'light', onRemoteUpdate: observe },
  ]);
  if (!writer || !observer) throw new Error('w4: clients missing');
  const finalClock = trace.clockAfter.at(-1) ?? 0;
  try {
    const started = performance.now();
    ctx.monitor.start();
    const deadline = started + deadlineMs;
    let i = 0;
    while (i < trace.updates.length) {
      while (i < trace.updates.length && (trace.clockAfter[i] ?? 0) - received < windowClocks) {
        writer.sendUpdate(trace.updates[i++] as Uint8Array);
      }
      if (i < trace.updates.length)
        await withDeadline(
          'w4 progress',
          progress.next(),
          Math.max(1, deadline - performance.now()),
        );
    }
    while (received < finalClock) {
      await withDeadline(
        'w4 last update to reach the peer',
        progress.next(),
        Math.max(1, deadline - performance.now()),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const generator = ctx.monitor.stop();
    const rate = trace.updates.length / seconds;
    ctx.log(`  w4 ${Math.round(rate)} updates/s, generator ${Math.round(generator.cpu * 100)}%`);
    const notes = generator.saturated
      ? ['w4: the generator was saturated; the rate is a lower bound on what the server takes.']
      : [];
    return {
      figures: { w4UpdatesPerSec: Math.round(rate) },
      details: {
        w4: {
          updates: trace.updates.length,
          inserts: trace.inserts,
          deletes: trace.deletes,
          seconds: round(seconds, 3),
          generator,
        },
      },
      notes,
    };
  } finally {
    await closeAll([writer, observer]);
  }
};
