import path from 'node:path';
import type { Params } from '../config.js';
import { hocuspocusWire, relayWire, yWebsocketWire, type Wire } from '../client/wire.js';
import type { ServerName } from '../types.js';
import { freePort, ServerProcess } from './launch.js';

/** What every launcher needs from the run. */
export interface LaunchContext {
  root: string;
  pin: boolean;
  cpuProf: boolean;
  outDir: string;
  params: Params;
  log: (line: string) => void;
}

/** Which documents have been unloaded since `start()`, and when (performance.now()). */
export interface UnloadProbe {
  start(): void;
  poll(): ReadonlyMap<string, number>;
  /** How the unload is observed, for the notes. */
  method: string;
}

/** One running server under test, fresh for one workload. */
export interface Target {
  readonly name: ServerName;
  readonly server: ServerProcess;
  readonly wire: Wire;
  /** The i-th room for typing and idle workloads (PlanFold: a seeded section sct may write). */
  room(i: number): string;
  /** W5 rooms whose document is already on disk, per variant; null when nothing is stored. */
  readonly storedRooms: { compacted: string[]; log: string[] } | null;
  readonly unloads: UnloadProbe | null;
  readonly dataDir: string | null;
  stop(): Promise<void>;
  /** kill -9, then start again on the same data; null when there is nothing to recover. */
  readonly killAndRestart: (() => Promise<Target>) | null;
}

export interface TargetFactory {
  readonly name: ServerName;
  /** Runs once before this server's workloads (PlanFold seeds a template data directory). */
  prepare(): Promise<void>;
  start(): Promise<Target>;
  cleanup(): void;
}

const SERVER_CORE = 1;

export async function launch(
  ctx: LaunchContext,
  label: string,
  script: string,
  env: Record<string, string> = {},
  port?: number,
  nodeFlags: string[] = [],
): Promise<ServerProcess> {
  return ServerProcess.start(
    {
      label,
      nodeArgs: [...nodeFlags, '--import', 'tsx', script],
      env,
      cwd: ctx.root,
      port: port ?? (await freePort()),
      core: ctx.pin ? SERVER_CORE : null,
    },
    ctx.params.waitMs,
  );
}

/** (b) reference, (c) Hocuspocus, (d) relay: in memory, nothing to prepare. */
export function inMemoryFactory(
  ctx: LaunchContext,
  name: 'reference' | 'hocuspocus' | 'relay',
): TargetFactory {
  const script = path.join(ctx.root, 'bench', 'servers', `${name}.ts`);
  return {
    name,
    prepare: () => Promise.resolve(),
    cleanup: () => {},
    async start(): Promise<Target> {
      const server = await launch(ctx, name, script);
      const base = `ws://127.0.0.1:${server.port}`;
      const wire =
        name === 'hocuspocus'
          ? hocuspocusWire(base)
          : name === 'relay'
            ? relayWire(base)
            : yWebsocketWire(base, '/');
      return {
        name,
        server,
        wire,
        room: (i) => `bench_r${i}`,
        storedRooms: null,
        unloads: name === 'hocuspocus' ? logUnloads(server) : null,
        dataDir: null,
        stop: () => server.stop(),
        killAndRestart: null,
      };
    },
  };
}

/** Our Hocuspocus launcher prints `unloaded <doc>` from its afterUnloadDocument hook. */
function logUnloads(server: ServerProcess): UnloadProbe {
  const seen = new Map<string, number>();
  let watching = false;
  server.onLine((line) => {
    const match = /^unloaded (.+)$/.exec(line);
    if (watching && match?.[1]) seen.set(match[1], performance.now());
  });
  return {
    start: () => {
      seen.clear();
      watching = true;
    },
    poll: () => seen,
    method: 'afterUnloadDocument hook (log line)',
  };
}
