import * as Y from 'yjs';
import { smallDocUpdate } from '../client/docs.js';
import { rssBytes } from '../proc.js';
import { round } from '../stats.js';
import { TimeoutError, waitFor } from '../wait.js';
import { closeAll, connectAll, type Workload, type WorkloadContext } from './common.js';

const KB = 1024;

/**
 * RSS once it stops moving: three readings (200 ms apart in a real run) within 0.5%. A server still digesting
 * the last connections would otherwise be charged for work in flight.
 */
async function settledRss(ctx: WorkloadContext): Promise<number> {
  const readings: number[] = [];
  const read = (): number => rssBytes(ctx.target.server.pid) ?? NaN;
  try {
    await waitFor(
      'RSS to settle',
      () => {
        readings.push(read());
        const last = readings.slice(-3);
        if (last.length < 3) return false;
        const [lo, hi] = [Math.min(...last), Math.max(...last)];
        return (hi - lo) / hi < 0.005;
      },
      5_000,
      ctx.params.w1.settlePollMs,
    );
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
  }
  return readings.at(-1) ?? read();
}

/**
 * W1 idle: `rooms` rooms, each first loaded by one client holding a small document, then filled
 * to `perRoom` idle connections. Per connection = growth of the second phase per connection;
 * per document = growth of the first phase per room, minus its one connection. Then everyone
 * leaves and we time how long each document stays in memory.
 */
export const w1Idle: Workload = async (ctx) => {
  const { rooms, perRoom, unloadDeadlineMs } = ctx.params.w1;
  const notes: string[] = [];
  const stateful = ctx.target.wire.stateful;
  const rss0 = await settledRss(ctx);

  const loaders = await connectAll(
    ctx,
    Array.from({ length: rooms }, (_, i) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, smallDocUpdate(i));
      return { room: ctx.target.room(i), mode: 'full' as const, doc };
    }),
  );
  const rssDocs = await settledRss(ctx);

  const idle = await connectAll(
    ctx,
    Array.from({ length: rooms * (perRoom - 1) }, (_, i) => ({
      room: ctx.target.room(i % rooms),
      mode: 'full' as const,
    })),
  );
  const rssAll = await settledRss(ctx);
  const extra = rooms * (perRoom - 1);
  const perConnection = extra > 0 ? (rssAll - rssDocs) / extra : null;
  let perDoc = perConnection === null ? null : (rssDocs - rss0) / rooms - perConnection;
  // Late joiners must have received the loaders' text, or there was no document to measure.
  const empty = idle.filter((c) => c.doc.getXmlFragment('body').length === 0).length;
  if (!stateful) {
    perDoc = null;
    notes.push('w1KbPerDoc: the relay keeps no document.');
  } else if (empty > 0) {
    notes.push(`w1: ${empty} late joiners got an empty document`);
  }

  let unloadMs: number | null = null;
  const probe = ctx.target.unloads;
  if (probe) probe.start();
  const left = performance.now();
  await closeAll([...loaders, ...idle]);
  const names = Array.from({ length: rooms }, (_, i) => ctx.target.room(i));
  if (!probe) {
    notes.push(
      stateful
        ? 'w1UnloadMs: this server keeps documents in memory after their last client leaves (never unloads).'
        : 'w1UnloadMs: the relay keeps no document.',
    );
  } else {
    try {
      await waitFor(
        'documents to unload',
        () => names.every((n) => probe.poll().has(n)),
        unloadDeadlineMs,
      );
      unloadMs = Math.max(...names.map((n) => (probe.poll().get(n) ?? left) - left));
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      notes.push(
        `w1UnloadMs: ${probe.poll().size}/${rooms} documents unloaded within ${unloadDeadlineMs} ms`,
      );
    }
  }

  return {
    figures: {
      w1KbPerConnection: round(perConnection === null ? null : perConnection / KB, 1),
      w1KbPerDoc: round(perDoc === null ? null : perDoc / KB, 1),
      w1UnloadMs: round(unloadMs, 0),
    },
    details: {
      w1: {
        rooms,
        connections: rooms * perRoom,
        rssMb: {
          start: rss0 / KB / KB,
          docsLoaded: rssDocs / KB / KB,
          allConnected: rssAll / KB / KB,
        },
        unloadMethod: probe?.method ?? null,
      },
    },
    notes,
  };
};
