import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Resident set size of a process in bytes, from /proc (Linux only; null elsewhere). */
export function rssBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Bytes the process caused to be written to storage (counted when pages are dirtied). */
export function writeBytes(pid: number): number | null {
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    const match = /^write_bytes:\s+(\d+)/m.exec(io);
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Total size of the files in a directory tree (SQLite file, WAL and shm included). */
export function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? treeBytes(full) : statSync(full).size;
  }
  return total;
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS : null;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every mainstream Linux. */
const CLOCK_TICKS = 100;

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat: shows outside interference. */
export function machineBusySeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    const busy = [user, nice, system, irq, softirq, steal].reduce<number>(
      (a, b) => a + (b ?? 0),
      0,
    );
    return busy / CLOCK_TICKS;
  } catch {
    return null;
  }
}
