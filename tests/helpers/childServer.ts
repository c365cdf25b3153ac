/**
 * PlanFold as a real child process (`node --import tsx server/index.ts`), for what an in-process
 * server cannot show: `kill -9`, SIGTERM, the exit code. It listens on port 0 and reports its
 * port in the "listening on" line; the allowed browser Origin is a fixed name, so a restart on a
 * new port keeps the same Origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestServer } from './server.js';
import { waitFor } from './waitFor.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LISTENING = /listening on http:\/\/[^\s:]+:(\d+)/;

/** The browser Origin a child server allows (any name works: it is only compared). */
export const CHILD_ORIGIN = 'http://planfold.localhost';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildServer extends Pick<TestServer, 'port' | 'origin' | 'httpUrl' | 'wsUrl'> {
  readonly child: ChildProcess;
  readonly dataDir: string;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<ChildExit>;
  hasExited(): boolean;
  /** Sends `signal` (default SIGKILL) and waits for the exit. */
  kill(signal?: NodeJS.Signals, timeout?: number): Promise<ChildExit>;
}

export interface ChildServerOptions {
  dataDir: string;
  env?: Record<string, string>;
  /** How long to wait for the "listening on" line. */
  timeout?: number;
}

/** Starts PlanFold in a child process over `dataDir` and waits until it listens. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The child is always the SQLite PlanFold of `dataDir`, whatever the test runner's environment.
  delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    PUBLIC_ORIGIN: CHILD_ORIGIN,
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (output += chunk));
  child.stderr.on('data', (chunk: string) => (output += chunk));
  let exit: ChildExit | null = null;
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });

  const kill = async (signal: NodeJS.Signals = 'SIGKILL', timeout = 15_000): Promise<ChildExit> => {
    if (exit === null) child.kill(signal);
    await waitFor(() => exit !== null, { timeout, message: `child ${child.pid} to exit` });
    return exited;
  };

  let port: number;
  try {
    port = await listeningPort(child, () => output, exited, options.timeout ?? 30_000);
  } catch (error) {
    await kill('SIGKILL');
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${why}\n--- child output ---\n${output}`);
  }

  const httpUrl = `http://127.0.0.1:${port}`;
  return {
    child,
    dataDir: options.dataDir,
    port,
    origin: CHILD_ORIGIN,
    httpUrl,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    output: () => output,
    exited,
    hasExited: () => exit !== null,
    kill,
  };
}

/** Resolves with the port of the "listening on" line; rejects on an early exit or the deadline. */
function listeningPort(
  child: ChildProcess,
  output: () => string,
  exited: Promise<ChildExit>,
  timeout: number,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`PlanFold did not say "listening on" within ${timeout} ms`));
    }, timeout);
    const onData = (): void => {
      const match = LISTENING.exec(output());
      if (!match?.[1]) return;
      finish();
      resolve(Number(match[1]));
    };
    const finish = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
    };
    child.stdout?.on('data', onData);
    exited.then(
      (exit) => {
        finish();
        reject(new Error(`PlanFold exited before listening: ${JSON.stringify(exit)}`));
      },
      () => {},
    );
    onData();
  });
}
