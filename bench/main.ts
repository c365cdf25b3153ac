import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LatencyBook } from './client/latency.js';
import { PRESETS, type Options } from './config.js';
import { GeneratorMonitor } from './monitor.js';
import { canPin, pinSelf } from './pin.js';
import { machine, writeJson } from './report/json.js';
import { writeMarkdown } from './report/markdown.js';
import { writeSvg } from './report/svg.js';
import { planfoldFactory } from './servers/planfold.js';
import { inMemoryFactory, type LaunchContext, type TargetFactory } from './servers/target.js';
import {
  emptyFigures,
  type BenchResults,
  type ServerName,
  type ServerResult,
  type WorkloadName,
} from './types.js';
import type { Workload } from './workloads/common.js';
import { w1Idle } from './workloads/w1-idle.js';
import { w2Typing } from './workloads/w2-typing.js';
import { w3HotRoom } from './workloads/w3-hot-room.js';
import { w4Ingest } from './workloads/w4-ingest.js';
import { w5ColdLoad } from './workloads/w5-cold-load.js';
import { w6Persistence } from './workloads/w6-persistence.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const WORKLOADS: Record<WorkloadName, Workload> = {
  w1: w1Idle,
  w2: w2Typing,
  w3: w3HotRoom,
  w4: w4Ingest,
  w5: w5ColdLoad,
  w6: w6Persistence,
};

function factoryFor(ctx: LaunchContext, name: ServerName, options: Options): TargetFactory {
  return name === 'planfold'
    ? planfoldFactory(ctx, options.workloads.includes('w5'))
    : inMemoryFactory(ctx, name);
}

/** One workload on a fresh process of one server. A failure is noted in `result`, not fatal. */
async function runWorkload(
  ctx: LaunchContext,
  factory: TargetFactory,
  workload: WorkloadName,
  result: ServerResult,
): Promise<void> {
  const began = performance.now();
  let monitor: GeneratorMonitor | undefined;
  let target;
  try {
    target = await factory.start();
    const { maxCpu, maxLagMs, maxOthers } = ctx.params.generator;
    monitor = new GeneratorMonitor(maxCpu, maxLagMs, maxOthers, target.server.pid);
    const outcome = await WORKLOADS[workload]({
      target,
      params: ctx.params,
      book: new LatencyBook(),
      monitor,
      previous: result,
      log: ctx.log,
    });
    Object.assign(result, outcome.figures);
    Object.assign(result.details, outcome.details);
    result.notes.push(...outcome.notes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.notes.push(`${workload} failed: ${message.split('\n')[0] ?? message}`);
    ctx.log(
      `  ${workload} failed: ${message}${target ? `\n  server output:\n${target.server.output}` : ''}`,
    );
  } finally {
    monitor?.dispose();
    await target?.stop();
  }
  ctx.log(
    `  ${factory.name} ${workload} done in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
}

export async function runBench(
  options: Options,
): Promise<{ results: BenchResults; files: string[] }> {
  const params = PRESETS[options.preset];
  const pin = options.pin ? canPin() : { ok: false, why: 'disabled (--no-pin)' };
  if (pin.ok) pinSelf(0);
  else options.log(`not pinning to cores: ${pin.why}`);
  const ctx: LaunchContext = {
    root: ROOT,
    pin: pin.ok,
    cpuProf: options.cpuProf,
    outDir: options.outDir,
    params,
    log: options.log,
  };
  const servers: Record<ServerName, ServerResult | null> = {
    planfold: null,
    reference: null,
    hocuspocus: null,
    relay: null,
  };
  const runs = options.servers.map((name) => {
    const result: ServerResult = {
      ...emptyFigures(),
      details: { run: { preset: options.preset, pinned: pin.ok, workloads: options.workloads } },
      notes: [],
    };
    servers[name] = result;
    return { factory: factoryFor(ctx, name, options), result };
  });
  try {
    for (const { factory } of runs) await factory.prepare();
    // Workload by workload, every server in turn: when the machine's speed drifts during a run
    // (a shared virtual machine's does), it moves all servers' figures of a workload alike.
    for (const workload of options.workloads) {
      for (const { factory, result } of runs) {
        options.log(`${factory.name} ${workload}:`);
        await runWorkload(ctx, factory, workload, result);
      }
    }
  } finally {
    for (const { factory } of runs) factory.cleanup();
  }
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: machine(),
    quick: options.preset !== 'full',
    servers,
  };
  const files = [
    ...writeJson(options.outDir, results),
    writeMarkdown(options.outDir, results),
    writeSvg(options.outDir, results),
  ];
  return { results, files };
}
