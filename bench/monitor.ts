import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuSeconds, machineBusySeconds } from './proc.js';
import type { GeneratorLoad } from './types.js';

/**
 * Watches the generator itself during a window. If the generator is busy or its event loop lags,
 * the latencies it measures are its own, not the server's, so such windows are discarded.
 */
export class GeneratorMonitor {
  private readonly histogram = monitorEventLoopDelay({ resolution: 5 });
  private cpu0 = process.cpuUsage();
  private t0 = performance.now();
  private server0: number | null = null;
  private machine0: number | null = null;

  constructor(
    private readonly maxCpu: number,
    private readonly maxLagMs: number,
    /** Cores other processes may use during a window before it counts as disturbed. */
    private readonly maxOthers: number,
    private readonly serverPid: number | null = null,
  ) {
    this.histogram.enable();
  }

  start(): void {
    this.histogram.reset();
    this.cpu0 = process.cpuUsage();
    this.t0 = performance.now();
    this.server0 = this.serverPid === null ? null : cpuSeconds(this.serverPid);
    this.machine0 = machineBusySeconds();
  }

  stop(): GeneratorLoad {
    const used = process.cpuUsage(this.cpu0);
    const wallMs = Math.max(1, performance.now() - this.t0);
    const cpu = (used.user + used.system) / 1000 / wallMs;
    // The histogram is in nanoseconds and includes the sampling resolution itself.
    const lagP99Ms = Math.max(0, this.histogram.percentile(99) / 1e6 - 5);
    const server1 = this.serverPid === null ? null : cpuSeconds(this.serverPid);
    const serverCpu =
      server1 === null || this.server0 === null ? null : (server1 - this.server0) / (wallMs / 1000);
    const machine1 = machineBusySeconds();
    const machineCpu =
      machine1 === null || this.machine0 === null
        ? null
        : (machine1 - this.machine0) / (wallMs / 1000);
    const others = machineCpu === null || serverCpu === null ? 0 : machineCpu - cpu - serverCpu;
    return {
      disturbed: others > this.maxOthers,
      machineCpu: machineCpu === null ? null : Math.round(machineCpu * 100) / 100,
      serverCpu: serverCpu === null ? null : Math.round(serverCpu * 100) / 100,
      cpu: Math.round(cpu * 1000) / 1000,
      lagP99Ms: Math.round(lagP99Ms * 100) / 100,
      saturated: cpu > this.maxCpu || lagP99Ms > this.maxLagMs,
    };
  }

  dispose(): void {
    this.histogram.disable();
  }
}
