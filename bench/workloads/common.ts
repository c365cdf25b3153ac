import type * as Y from 'yjs';
import { BenchClient } from '../client/client.js';
import type { LatencyBook } from '../client/latency.js';
import type { Typist } from '../client/typist.js';
import type { Params } from '../config.js';
import type { GeneratorMonitor } from '../monitor.js';
import type { Target } from '../servers/target.js';
import { summarize } from '../stats.js';
import type { Figures, LatencyStep } from '../types.js';
import { pool, withDeadline } from '../wait.js';

export interface WorkloadContext {
  target: Target;
  params: Params;
  book: LatencyBook;
  monitor: GeneratorMonitor;
  /** Figures of earlier workloads on the same server (W6 runs at W2's half knee). */
  previous: Readonly<Partial<Figures>>;
  log: (line: string) => void;
}

export interface WorkloadOutcome {
  figures: Partial<Figures>;
  details: Record<string, unknown>;
  notes: string[];
}

export type Workload = (ctx: WorkloadContext) => Promise<WorkloadOutcome>;

/** Sockets opened at once: enough to be quick, few enough not to look like a SYN flood. */
const CONNECT_CONCURRENCY = 64;

export interface ClientSpec {
  room: string;
  mode: 'full' | 'light';
  doc?: Y.Doc;
  onRemoteUpdate?: (update: Uint8Array) => void;
}

/** Opens every client and waits until each is synced; fails if one is refused or times out. */
export async function connectAll(
  ctx: WorkloadContext,
  specs: readonly ClientSpec[],
): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  await pool(specs, CONNECT_CONCURRENCY, async (spec) => {
    const client = new BenchClient({ wire: ctx.target.wire, book: ctx.book, ...spec });
    clients.push(client);
    await withDeadline(`sync of a client in ${spec.room}`, client.synced, ctx.params.waitMs);
  });
  return clients;
}

export async function closeAll(clients: readonly BenchClient[]): Promise<void> {
  await pool(clients, 256, (c) => c.close());
}

/** `rooms` rooms of `size` light clients each, rooms numbered from `first`. */
export function roomSpecs(
  ctx: WorkloadContext,
  first: number,
  rooms: number,
  size: number,
): ClientSpec[] {
  const specs: ClientSpec[] = [];
  for (let r = first; r < first + rooms; r++) {
    for (let k = 0; k < size; k++) specs.push({ room: ctx.target.room(r), mode: 'light' });
  }
  return specs;
}

/** Called at the edges of the recorded part of a window (W6 reads disk counters there). */
export interface WindowHooks {
  opened?: () => void;
  closed?: () => void;
}

/**
 * One latency window while `typist` runs: a warm-up of `warmupMs` worth of keystrokes, then
 * `stepMs` worth recorded. Windows are counted in keystrokes, so they end on a condition (the
 * typist got that far) rather than on a sleep; the deadline catches a stalled generator.
 */
export async function latencyWindow(
  ctx: WorkloadContext,
  typist: Typist,
  typingClients: number,
  keysPerSec: number,
  warmupMs: number,
  stepMs: number,
  clients: number,
  hooks: WindowHooks = {},
): Promise<LatencyStep> {
  const perMs = (typingClients * keysPerSec) / 1000;
  const deadline = (ms: number): number => ms * 4 + ctx.params.waitMs;
  ctx.book.recording = false;
  await withDeadline(
    'typing warm-up',
    typist.until(typist.keystrokes + Math.ceil(warmupMs * perMs)),
    deadline(warmupMs),
  );
  ctx.book.reset();
  ctx.book.recording = true;
  hooks.opened?.();
  ctx.monitor.start();
  await withDeadline(
    'typing window',
    typist.until(typist.keystrokes + Math.ceil(stepMs * perMs)),
    deadline(stepMs),
  );
  const generator = ctx.monitor.stop();
  hooks.closed?.();
  ctx.book.recording = false;
  const s = summarize(ctx.book.samples);
  return { clients, samples: s.count, p50Ms: s.p50, p99Ms: s.p99, generator };
}

/** Runs a window again (`retries` times at most) while the generator saturates or neighbours disturb it. */
export async function steadyWindow(
  retries: number,
  run: () => Promise<LatencyStep>,
): Promise<{ step: LatencyStep; tries: number }> {
  let step = await run();
  let tries = 1;
  while (tries <= retries && (step.generator.saturated || step.generator.disturbed)) {
    step = await run();
    tries++;
  }
  return { step, tries };
}

/** Whether any client was refused a write (a setup error, never a measurement). */
export function refusals(clients: readonly BenchClient[]): string | null {
  const denied = clients.find((c) => c.denied !== null);
  return denied ? `a write was refused: ${denied.denied}` : null;
}
