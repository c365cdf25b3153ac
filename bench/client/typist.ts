import type { BenchClient } from './client.js';

const SLOT_MS = 5;

/**
 * Paces keystrokes: each client types `keysPerSec` times a second, clients spread evenly over the
 * period so the load is smooth. The only timer in the harness that waits on purpose: it is the
 * typing rate. If the generator falls behind, it catches up (rate kept, lag recorded by the monitor).
 */
export class Typist {
  private readonly slots: BenchClient[][];
  private added = 0;
  private timer: NodeJS.Timeout | null = null;
  private nextSlot = 0;
  private nextAt = 0;
  keystrokes = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(keysPerSec: number) {
    const periodMs = 1000 / keysPerSec;
    this.slots = Array.from({ length: Math.max(1, Math.round(periodMs / SLOT_MS)) }, () => []);
  }

  add(clients: readonly BenchClient[]): void {
    for (const client of clients) {
      this.slots[this.added++ % this.slots.length]?.push(client);
    }
  }

  start(): void {
    if (this.timer) return;
    this.nextAt = performance.now();
    this.timer = setInterval(() => this.tick(), SLOT_MS);
  }

  /** Resolves once `count` keystrokes have been typed in all: windows are measured in keystrokes. */
  until(count: number): Promise<void> {
    if (this.keystrokes >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const now = performance.now();
    while (this.nextAt <= now) {
      for (const client of this.slots[this.nextSlot] ?? []) {
        client.type();
        this.keystrokes += 1;
      }
      this.nextSlot = (this.nextSlot + 1) % this.slots.length;
      this.nextAt += SLOT_MS;
    }
    if (this.waiters.length === 0) return;
    const done = this.waiters.filter((w) => w.count <= this.keystrokes);
    this.waiters = this.waiters.filter((w) => w.count > this.keystrokes);
    for (const w of done) w.resolve();
  }
}
