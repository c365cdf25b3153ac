import { spawnSync } from 'node:child_process';
import os from 'node:os';

/**
 * Core pinning: the generator on core 0, each server on core 1, so neither steals the other's
 * CPU and a server's figures are what one core gives it.
 */
export function canPin(): { ok: boolean; why: string } {
  if (process.platform !== 'linux') return { ok: false, why: 'taskset needs Linux' };
  if (os.availableParallelism() < 2) return { ok: false, why: 'fewer than 2 cores' };
  const probe = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  if (probe.status !== 0) return { ok: false, why: 'taskset is not installed' };
  return { ok: true, why: '' };
}

/** Sets this process's affinity (all its threads, -a) to one core. */
export function pinSelf(core: number): void {
  const result = spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`taskset failed: ${result.stderr}`);
}
