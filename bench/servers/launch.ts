import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';
import { withDeadline } from '../wait.js';

export interface LaunchSpec {
  label: string;
  /** Arguments to node: flags, then the script. */
  nodeArgs: string[];
  env: Record<string, string>;
  cwd: string;
  port: number;
  /** Core to pin the server to with taskset, or null to leave it unpinned. */
  core: number | null;
}

/** A free TCP port on loopback (PlanFold must know its own origin before it starts). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

type LineListener = (line: string) => void;

/** A server in its own child process: started, watched line by line, stopped or killed. */
export class ServerProcess {
  private readonly listeners = new Set<LineListener>();
  private readonly tail: string[] = [];
  readonly exited: Promise<number | null>;

  private constructor(
    readonly spec: LaunchSpec,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      readline.createInterface({ input: stream }).on('line', (line) => {
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
        for (const listener of this.listeners) listener(line);
      });
    }
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.spec.label} has no pid`);
    return this.child.pid;
  }

  get port(): number {
    return this.spec.port;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.spec.port}`;
  }

  /** The last lines the server printed, for error messages. */
  get output(): string {
    return this.tail.join('\n');
  }

  static async start(spec: LaunchSpec, timeoutMs: number): Promise<ServerProcess> {
    // taskset execs node, so the child's pid is the server's (RSS and I/O are read from it).
    const [command, args] =
      spec.core === null
        ? [process.execPath, spec.nodeArgs]
        : ['taskset', ['-c', String(spec.core), process.execPath, ...spec.nodeArgs]];
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env, PORT: String(spec.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(spec, child);
    const ready = server.waitForLine(/listening on http:\/\//);
    const died = server.exited.then((code) => {
      throw new Error(`${spec.label} exited (${code}) before listening:\n${server.output}`);
    });
    try {
      await withDeadline(`${spec.label} to listen`, Promise.race([ready, died]), timeoutMs);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    return server;
  }

  onLine(listener: LineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  waitForLine(pattern: RegExp): Promise<string> {
    return new Promise((resolve) => {
      const off = this.onLine((line) => {
        if (!pattern.test(line)) return;
        off();
        resolve(line);
      });
    });
  }

  /** SIGTERM, then SIGKILL if it has not gone within the deadline. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    try {
      await withDeadline(`${this.spec.label} to stop`, this.exited, timeoutMs);
    } catch {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }

  /** kill -9: no shutdown handler runs, nothing is flushed. */
  async kill9(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }
}
