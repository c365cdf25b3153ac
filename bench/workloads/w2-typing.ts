import type { BenchClient } from '../client/client.js';
import { Typist } from '../client/typist.js';
import { round } from '../stats.js';
import type { LatencyStep } from '../types.js';
import {
  closeAll,
  connectAll,
  latencyWindow,
  refusals,
  roomSpecs,
  steadyWindow,
  type WindowHooks,
  type Workload,
  type WorkloadContext,
} from './common.js';

/** A server using this much of its core is the bottleneck, whatever the generator's lag. */
const SERVER_BOUND = 0.85;

/**
 * Whether a window says more about the generator (or other processes on the machine) than the
 * server. A window over the threshold
 * with the server's core full is a real knee even if the generator lagged: a saturated server
 * answers in bursts, which is what lags the generator.
 */
function discard(step: LatencyStep, kneeP99Ms: number): boolean {
  if (!step.generator.saturated) return false;
  const serverBound = (step.generator.serverCpu ?? 0) >= SERVER_BOUND;
  return !(serverBound && (step.p99Ms ?? 0) > kneeP99Ms);
}

/**
 * Over the threshold while the server's core is not full: a lone stall (a collection, the
 * virtual machine) rather than the server's limit, so it is measured again before it ends the
 * ramp. The same rule applies to every server.
 */
const stalled = (step: LatencyStep, kneeP99Ms: number): boolean =>
  (step.p99Ms ?? 0) > kneeP99Ms && (step.generator.serverCpu ?? 0) < SERVER_BOUND;

/** Worth measuring again: discarded, stalled, or other processes took CPU (kept, flagged, if it persists). */
const retry = (step: LatencyStep, kneeP99Ms: number): boolean =>
  discard(step, kneeP99Ms) || stalled(step, kneeP99Ms) || step.generator.disturbed;

const pct = (v: number | null): string => `${Math.round((v ?? 0) * 100)}%`;

/** Opens `rooms` fresh rooms of typing clients and measures them with `measure` while they type. */
async function whileTyping(
  ctx: WorkloadContext,
  rooms: number,
  measure: (typist: Typist, clients: readonly BenchClient[]) => Promise<LatencyStep>,
): Promise<{ step: LatencyStep; clients: BenchClient[] }> {
  const { roomSize, keysPerSec } = ctx.params.w2;
  const clients = await connectAll(ctx, roomSpecs(ctx, 0, rooms, roomSize));
  const typist = new Typist(keysPerSec);
  typist.add(clients);
  typist.start();
  try {
    return { step: await measure(typist, clients), clients };
  } finally {
    typist.stop();
  }
}

/** Rooms of `roomSize` typing clients, all typing; one window measured. Used by W2 and W6. */
export function typingRooms(
  ctx: WorkloadContext,
  rooms: number,
  hooks: WindowHooks = {},
): Promise<{ step: LatencyStep; clients: BenchClient[] }> {
  const { keysPerSec, warmupMs, stepMs, retries } = ctx.params.w2;
  return whileTyping(ctx, rooms, async (typist, clients) => {
    const { step } = await steadyWindow(retries, () =>
      latencyWindow(
        ctx,
        typist,
        clients.length,
        keysPerSec,
        warmupMs,
        stepMs,
        clients.length,
        hooks,
      ),
    );
    return step;
  });
}

type RecordedStep = LatencyStep & { discarded: boolean; refined?: boolean };

/**
 * One step of the ramp at `clients` clients, measured again (up to `retries` times) while it is
 * discarded, stalled or disturbed; every earlier try is kept in `steps`, marked discarded.
 */
async function measureStep(
  ctx: WorkloadContext,
  typist: Typist,
  clients: number,
  steps: RecordedStep[],
): Promise<LatencyStep> {
  const { keysPerSec, warmupMs, stepMs, kneeP99Ms, retries } = ctx.params.w2;
  const window = (): Promise<LatencyStep> =>
    latencyWindow(ctx, typist, clients, keysPerSec, warmupMs, stepMs, clients);
  let step = await window();
  for (let tries = 1; tries <= retries && retry(step, kneeP99Ms); tries++) {
    steps.push({ ...step, discarded: true });
    step = await window();
  }
  return step;
}

function logStep(ctx: WorkloadContext, step: LatencyStep, label = ''): void {
  const g = step.generator;
  ctx.log(
    `  w2 ${step.clients} clients${label}: p50 ${step.p50Ms?.toFixed(1)} p99 ${step.p99Ms?.toFixed(1)} ms, ` +
      `generator ${pct(g.cpu)} lag ${g.lagP99Ms} ms, server ${pct(g.serverCpu)}, machine ${pct(g.machineCpu)}`,
  );
}

/**
 * The knee lies between the last step under the threshold and the first over it (×growth
 * apart). Bisecting that interval `refineSteps` times, each time on fresh rooms, narrows it for
 * every server alike. A probe the generator cannot drive ends the search where it is.
 */
async function refineKnee(
  ctx: WorkloadContext,
  passed: number,
  failed: number,
  steps: RecordedStep[],
): Promise<number> {
  const { roomSize, kneeP99Ms, refineSteps } = ctx.params.w2;
  let low = passed / roomSize;
  let high = failed / roomSize;
  for (let i = 0; i < refineSteps && high - low > 1; i++) {
    const rooms = Math.round((low + high) / 2);
    const probe = await whileTyping(ctx, rooms, (typist, clients) =>
      measureStep(ctx, typist, clients.length, steps),
    );
    await closeAll(probe.clients);
    const { step } = probe;
    const discarded = discard(step, kneeP99Ms);
    steps.push({ ...step, discarded, refined: true });
    logStep(ctx, step, ' (refining the knee)');
    if (discarded) break;
    if (step.p99Ms !== null && step.p99Ms <= kneeP99Ms) low = rooms;
    else high = rooms;
  }
  return low * roomSize;
}

/**
 * W2 typing: rooms of 5 clients typing 5 keystrokes a second; rooms are added step by step
 * (×growth) until p99 edit-to-peer latency passes the threshold. The knee is the last step under
 * it, narrowed by bisection towards the first step over it. A step where the generator saturates
 * is measured again, up to twice; if it still does, it is discarded and ends the ramp, and the
 * knee is only a lower bound. Then a fresh window at half the knee gives p50 and p99.
 */
export const w2Typing: Workload = async (ctx) => {
  const { roomSize, keysPerSec, startRooms, growth, maxClients, kneeP99Ms } = ctx.params.w2;
  const notes: string[] = [];
  const steps: RecordedStep[] = [];
  const clients: BenchClient[] = [];
  const typist = new Typist(keysPerSec);
  let rooms = 0;
  let knee: number | null = null;
  let failedAt: number | null = null;
  let lowerBound = false;
  try {
    typist.start();
    for (let want = startRooms; ; want = Math.max(rooms + 1, Math.ceil(rooms * growth))) {
      want = Math.min(want, Math.floor(maxClients / roomSize));
      const added = await connectAll(ctx, roomSpecs(ctx, rooms, want - rooms, roomSize));
      clients.push(...added);
      typist.add(added);
      rooms = want;
      const step = await measureStep(ctx, typist, clients.length, steps);
      const denied = refusals(clients);
      if (denied) throw new Error(denied);
      steps.push({ ...step, discarded: discard(step, kneeP99Ms) });
      logStep(ctx, step);
      if (discard(step, kneeP99Ms)) {
        lowerBound = true;
        const why = step.generator.saturated
          ? 'the generator saturated'
          : 'other processes took the CPU';
        notes.push(`w2: ${why} at ${clients.length} clients; the knee is a lower bound.`);
        break;
      }
      if (step.generator.disturbed)
        notes.push(`w2: other processes took CPU at ${clients.length} clients.`);
      if (step.p99Ms === null || step.p99Ms > kneeP99Ms) {
        failedAt = clients.length;
        break;
      }
      knee = clients.length;
      if (rooms * roomSize >= maxClients || rooms >= Math.floor(maxClients / roomSize)) {
        lowerBound = true;
        notes.push(
          `w2: reached the configured maximum of ${maxClients} clients; the knee is a lower bound.`,
        );
        break;
      }
    }
  } finally {
    typist.stop();
    await closeAll(clients);
  }
  if (knee === null) {
    notes.push(
      `w2: even the first step (${steps[0]?.clients ?? 0} clients) was over ${kneeP99Ms} ms or discarded.`,
    );
    return { figures: { w2KneeClients: null }, details: { w2: { steps, lowerBound } }, notes };
  }
  if (failedAt !== null) knee = await refineKnee(ctx, knee, failedAt, steps);

  const halfRooms = Math.max(1, Math.floor(knee / 2 / roomSize));
  const { step: half, clients: halfClients } = await typingRooms(ctx, halfRooms);
  await closeAll(halfClients);
  if (half.generator.saturated) notes.push('w2: the generator saturated at half the knee.');
  if (half.generator.disturbed) notes.push('w2: other processes took CPU at half the knee.');
  return {
    figures: {
      w2KneeClients: knee,
      w2P50MsAtHalfKnee: round(half.p50Ms),
      w2P99MsAtHalfKnee: round(half.p99Ms),
    },
    details: { w2: { steps, lowerBound, halfKnee: half } },
    notes,
  };
};
