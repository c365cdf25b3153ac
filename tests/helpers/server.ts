import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp, type AppOptions, type PlanFold } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';

export interface TestServer {
  planfold: PlanFold;
  port: number;
  /** http://127.0.0.1:port — the allowed browser Origin. */
  origin: string;
  httpUrl: string;
  wsUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'planfold-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Asks the kernel for a free port (the allowed Origin must name it before the server starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
  config?: Partial<Config>;
  app?: AppOptions;
}

/** A real PlanFold on a real port over a real SQLite file (or PostgreSQL via env). */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const config: Config = {
    ...loadConfig({
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: origin,
      // Request lines of every test would bury the runner's output; tests that read logs say so.
      LOG_LEVEL: 'warn',
      ...options.env,
    }),
    clientDir: null,
    ...options.config,
  };
  const planfold = await createApp(config, options.app);
  await planfold.listen(port, '127.0.0.1');
  return {
    planfold,
    port,
    origin,
    httpUrl: origin,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    dataDir,
    stop: () => planfold.close(),
  };
}
