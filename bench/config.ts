import path from 'node:path';
import { SERVER_NAMES, WORKLOAD_NAMES, type ServerName, type WorkloadName } from './types.js';

/** Sizes of every workload. `full` follows the issue; `quick` and `smoke` shrink them. */
export interface Params {
  w1: { rooms: number; perRoom: number; unloadDeadlineMs: number; settlePollMs: number };
  w2: {
    roomSize: number;
    keysPerSec: number;
    startRooms: number;
    growth: number;
    maxClients: number;
    stepMs: number;
    warmupMs: number;
    kneeP99Ms: number;
    /** How often a saturated or disturbed window is measured again. */
    retries: number;
    /** Bisections between the last step under the threshold and the first over it. */
    refineSteps: number;
  };
  w3: { clients: number; typingShare: number; stepMs: number; warmupMs: number };
  w4: { ops: number; windowClocks: number; deadlineMs: number };
  w5: {
    loadsPerVariant: number;
    paragraphs: number;
    charsPerParagraph: number;
    logUpdates: number;
    backgroundRooms: number;
    baselineMs: number;
  };
  w6: { typedBeforeKill: number; keysPerSec: number };
  /** When a window counts as saturated (generator) or disturbed (other processes, in cores). */
  generator: { maxCpu: number; maxLagMs: number; maxOthers: number };
  /** Upper bound on any single wait for the server (connects, syncs, unloads excepted). */
  waitMs: number;
}

const full: Params = {
  w1: { rooms: 200, perRoom: 10, unloadDeadlineMs: 60_000, settlePollMs: 200 },
  w2: {
    roomSize: 5,
    keysPerSec: 5,
    startRooms: 10,
    growth: 1.5,
    maxClients: 10_000,
    stepMs: 8_000,
    warmupMs: 1_500,
    kneeP99Ms: 100,
    retries: 2,
    refineSteps: 2,
  },
  w3: { clients: 200, typingShare: 0.1, stepMs: 10_000, warmupMs: 1_500 },
  w4: { ops: 259_778, windowClocks: 10_000, deadlineMs: 300_000 },
  w5: {
    loadsPerVariant: 40,
    paragraphs: 1_500,
    charsPerParagraph: 200,
    logUpdates: 10_000,
    backgroundRooms: 20,
    baselineMs: 5_000,
  },
  w6: { typedBeforeKill: 200, keysPerSec: 20 },
  generator: { maxCpu: 0.9, maxLagMs: 20, maxOthers: 0.5 },
  waitMs: 60_000,
};

const quick: Params = {
  w1: { ...full.w1, rooms: 100, unloadDeadlineMs: 35_000 },
  w2: {
    ...full.w2,
    startRooms: 10,
    growth: 1.8,
    maxClients: 4_000,
    stepMs: 1_500,
    warmupMs: 400,
    retries: 1,
    refineSteps: 1,
  },
  w3: { clients: 200, typingShare: 0.1, stepMs: 2_000, warmupMs: 400 },
  w4: { ops: 30_000, windowClocks: 10_000, deadlineMs: 60_000 },
  w5: { ...full.w5, loadsPerVariant: 6, backgroundRooms: 10, baselineMs: 1_500 },
  w6: { typedBeforeKill: 60, keysPerSec: 20 },
  generator: full.generator,
  waitMs: 30_000,
};

/** Tiny sizes for the test suite: every code path once, no meaningful figures. */
const smoke: Params = {
  w1: { rooms: 2, perRoom: 2, unloadDeadlineMs: 3_000, settlePollMs: 20 },
  w2: { ...full.w2, startRooms: 1, growth: 2, maxClients: 10, stepMs: 400, warmupMs: 100 },
  w3: { clients: 6, typingShare: 0.5, stepMs: 400, warmupMs: 100 },
  w4: { ops: 300, windowClocks: 100, deadlineMs: 10_000 },
  w5: {
    loadsPerVariant: 2,
    paragraphs: 20,
    charsPerParagraph: 50,
    logUpdates: 50,
    backgroundRooms: 1,
    baselineMs: 300,
  },
  w6: { typedBeforeKill: 10, keysPerSec: 50 },
  // A test runner shares its core with other suites: never discard, only record.
  generator: { maxCpu: Infinity, maxLagMs: Infinity, maxOthers: Infinity },
  waitMs: 15_000,
};

export type Preset = 'full' | 'quick' | 'smoke';
export const PRESETS: Record<Preset, Params> = { full, quick, smoke };

export interface Options {
  preset: Preset;
  servers: ServerName[];
  workloads: WorkloadName[];
  /** Where latest.json, latest.md and the SVG go. */
  outDir: string;
  /** Pin the generator to core 0 and each server to core 1 with taskset. */
  pin: boolean;
  /** Write a V8 CPU profile of each PlanFold server process into outDir. */
  cpuProf: boolean;
  log: (line: string) => void;
}

function list<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new Error(`${flag}: unknown "${item}" (expected ${allowed.join(', ')})`);
    }
  }
  return items as T[];
}

export const USAGE = `usage: npm run bench -- [--quick | --smoke] [--only planfold,reference,hocuspocus,relay]
       [--workloads w1,w2,w3,w4,w5,w6] [--out DIR] [--no-pin] [--cpu-prof]`;

export function parseArgs(argv: readonly string[], root: string): Options {
  const options: Options = {
    preset: 'full',
    servers: [...SERVER_NAMES],
    workloads: [...WORKLOAD_NAMES],
    outDir: path.join(root, 'bench', 'results'),
    pin: true,
    cpuProf: false,
    log: (line) => console.log(line),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--quick') options.preset = 'quick';
    else if (arg === '--smoke') options.preset = 'smoke';
    else if (arg === '--only') options.servers = list(value(), SERVER_NAMES, '--only');
    else if (arg === '--workloads')
      options.workloads = list(value(), WORKLOAD_NAMES, '--workloads');
    else if (arg === '--out') options.outDir = path.resolve(value());
    else if (arg === '--no-pin') options.pin = false;
    else if (arg === '--cpu-prof') options.cpuProf = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}
