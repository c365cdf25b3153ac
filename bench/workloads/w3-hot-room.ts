import { Typist } from '../client/typist.js';
import { round } from '../stats.js';
import {
  closeAll,
  connectAll,
  latencyWindow,
  refusals,
  roomSpecs,
  steadyWindow,
  type Workload,
} from './common.js';

/** W3 hot room: one room of 200 clients, 10% of them typing 5 keystrokes a second → p99. */
export const w3HotRoom: Workload = async (ctx) => {
  const { clients: size, typingShare, warmupMs, stepMs } = ctx.params.w3;
  const { keysPerSec } = ctx.params.w2;
  const clients = await connectAll(ctx, roomSpecs(ctx, 0, 1, size));
  const typing = clients.slice(0, Math.max(1, Math.round(size * typingShare)));
  const typist = new Typist(keysPerSec);
  typist.add(typing);
  typist.start();
  try {
    const { step, tries } = await steadyWindow(ctx.params.w2.retries, () =>
      latencyWindow(ctx, typist, typing.length, keysPerSec, warmupMs, stepMs, size),
    );
    const denied = refusals(clients);
    if (denied) throw new Error(denied);
    ctx.log(
      `  w3 p99 ${step.p99Ms?.toFixed(1)} ms, generator ${Math.round(step.generator.cpu * 100)}%`,
    );
    const notes = step.generator.saturated
      ? ['w3: the generator saturated; the figure is discarded.']
      : [];
    if (step.generator.disturbed) notes.push('w3: other processes took CPU during the window.');
    return {
      figures: { w3P99Ms: step.generator.saturated ? null : round(step.p99Ms) },
      details: { w3: { ...step, tries } },
      notes,
    };
  } finally {
    typist.stop();
    await closeAll(clients);
  }
};
