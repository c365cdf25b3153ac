/** Shapes shared by the workloads, the runner and the report writers. */

export const SERVER_NAMES = ['planfold', 'reference', 'hocuspocus', 'relay'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

export const WORKLOAD_NAMES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** The figures the issue asks for, null where a workload does not apply or did not run. */
export interface Figures {
  w1KbPerConnection: number | null;
  w1KbPerDoc: number | null;
  w1UnloadMs: number | null;
  w2KneeClients: number | null;
  w2P50MsAtHalfKnee: number | null;
  w2P99MsAtHalfKnee: number | null;
  w3P99Ms: number | null;
  w4UpdatesPerSec: number | null;
  w5ColdLoadP50Ms: number | null;
  w5ColdLoadP99Ms: number | null;
  w5StallP99Ms: number | null;
  w6WriteAmplification: number | null;
  w6LostEdits: number | null;
}

export const FIGURE_KEYS = [
  'w1KbPerConnection',
  'w1KbPerDoc',
  'w1UnloadMs',
  'w2KneeClients',
  'w2P50MsAtHalfKnee',
  'w2P99MsAtHalfKnee',
  'w3P99Ms',
  'w4UpdatesPerSec',
  'w5ColdLoadP50Ms',
  'w5ColdLoadP99Ms',
  'w5StallP99Ms',
  'w6WriteAmplification',
  'w6LostEdits',
] as const satisfies readonly (keyof Figures)[];

export function emptyFigures(): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as unknown as Figures;
}

/** What the generator itself was doing during a measured window. */
export interface GeneratorLoad {
  /** Fraction of one core the generator used (1 = fully busy). */
  cpu: number;
  /** p99 event-loop delay of the generator, ms. */
  lagP99Ms: number;
  saturated: boolean;
  /** Fraction of one core the server used in the same window: who was the bottleneck. */
  serverCpu: number | null;
  /** Cores busy on the whole machine: much more than generator + server means interference. */
  machineCpu: number | null;
  /** Other processes used more than half a core: the window measured the neighbours too. */
  disturbed: boolean;
}

/** One measured window of typing load (a W2 ramp step, W3, W5 background…). */
export interface LatencyStep {
  clients: number;
  samples: number;
  p50Ms: number | null;
  p99Ms: number | null;
  generator: GeneratorLoad;
}

export interface ServerResult extends Figures {
  /** Everything behind the headline figures: ramp steps, variants, methods, flags. */
  details: Record<string, unknown>;
  /** Why a figure is null or should be read with care. */
  notes: string[];
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; os: string };
  quick: boolean;
  servers: Record<ServerName, ServerResult | null>;
}
