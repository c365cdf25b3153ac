import * as Y from 'yjs';
import { BenchClient } from '../client/client.js';
import { bigDocument } from '../client/docs.js';
import { Typist } from '../client/typist.js';
import { round, summarize } from '../stats.js';
import { withDeadline } from '../wait.js';
import {
  closeAll,
  connectAll,
  latencyWindow,
  roomSpecs,
  type Workload,
  type WorkloadContext,
} from './common.js';

/** Opens one client on a room that is not in memory and times socket open → synced. */
async function loadOnce(ctx: WorkloadContext, room: string): Promise<number> {
  const client = new BenchClient({ wire: ctx.target.wire, book: ctx.book, room, mode: 'light' });
  try {
    await withDeadline(`cold load of ${room}`, client.synced, ctx.params.waitMs);
    return client.syncedAt - client.openedAt;
  } finally {
    await client.close();
  }
}

/**
 * W5 cold load: a 100-page section (1,500 paragraphs, ~300,000 characters) stored compacted and as
 * a snapshot plus 10,000 updates. Each stored room is opened once (cold) while other rooms type:
 * socket open → synced p50/p99, and how much the typing rooms' p99 grows while loads run.
 * In-memory servers cannot load from disk: a client pushes the document first and stays, so they
 * are timed on the closest thing they have (serving a document held in memory).
 */
export const w5ColdLoad: Workload = async (ctx) => {
  const {
    paragraphs,
    charsPerParagraph,
    logUpdates,
    loadsPerVariant,
    backgroundRooms,
    baselineMs,
  } = ctx.params.w5;
  const { roomSize, keysPerSec, warmupMs } = ctx.params.w2;
  if (!ctx.target.wire.stateful) {
    return { figures: {}, details: {}, notes: ['w5: the relay holds no document to load.'] };
  }
  const notes: string[] = [];
  const stored = ctx.target.storedRooms;
  const holders: BenchClient[] = [];
  let variants: Record<string, string[]>;
  if (stored) {
    variants = { compacted: stored.compacted, log: stored.log };
  } else {
    const big = bigDocument(paragraphs, charsPerParagraph, logUpdates);
    const rooms = Array.from({ length: loadsPerVariant }, (_, i) => ctx.target.room(1_000 + i));
    for (const room of rooms) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, big.compacted);
      holders.push(...(await connectAll(ctx, [{ room, mode: 'full', doc }])));
    }
    variants = { inMemory: [...rooms, ...rooms] };
    notes.push(
      'w5: in memory only; timed on a document a connected client pushed first (no disk load).',
    );
  }

  const background = await connectAll(ctx, roomSpecs(ctx, 0, backgroundRooms, roomSize));
  const typist = new Typist(keysPerSec);
  typist.add(background);
  typist.start();
  try {
    const typing = background.length;
    const baseline = await latencyWindow(
      ctx,
      typist,
      typing,
      keysPerSec,
      warmupMs,
      baselineMs,
      typing,
    );
    ctx.book.reset();
    ctx.book.recording = true;
    ctx.monitor.start();
    const times: Record<string, number[]> = {};
    for (const [variant, rooms] of Object.entries(variants)) {
      const list: number[] = (times[variant] = []);
      for (const room of rooms) list.push(await loadOnce(ctx, room));
    }
    const generator = ctx.monitor.stop();
    ctx.book.recording = false;
    const during = summarize(ctx.book.samples);
    const all = summarize(Object.values(times).flat());
    const stall =
      during.p99 === null || baseline.p99Ms === null
        ? null
        : Math.max(0, during.p99 - baseline.p99Ms);
    if (generator.saturated)
      notes.push('w5: the generator saturated while loading; the stall figure is discarded.');
    if (generator.disturbed) notes.push('w5: other processes took CPU while loading.');
    ctx.log(
      `  w5 load p50 ${all.p50?.toFixed(1)} p99 ${all.p99?.toFixed(1)} ms, stall +${stall?.toFixed(1)} ms`,
    );
    return {
      figures: {
        w5ColdLoadP50Ms: round(all.p50),
        w5ColdLoadP99Ms: round(all.p99),
        w5StallP99Ms: generator.saturated ? null : round(stall),
      },
      details: {
        w5: {
          variants: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, summarize(v)])),
          baseline,
          whileLoading: { ...during, generator },
        },
      },
      notes,
    };
  } finally {
    typist.stop();
    await closeAll([...background, ...holders]);
  }
};
