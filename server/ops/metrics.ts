import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the collaboration side reports; every call is a counter bump, nothing waits on it. */
export interface CollabObserver {
  received(): void;
  relayed(count: number): void;
  refused(reason: string): void;
  flushed(seconds: number): void;
  compacted(): void;
}

/** Figures read at scrape time rather than counted. */
export interface LiveFigures {
  connections(): number;
  rooms(): number;
  /** Bytes of the update journal on disk; null without one (PostgreSQL). */
  journalBytes(): number | null;
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * PlanFold's Prometheus metrics. Each app has a registry of its own (several apps may live in one
 * test process), so nothing is registered in prom-client's global default registry.
 */
export class Metrics implements CollabObserver {
  readonly registry = new Registry();
  private readonly loopDelay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private readonly updates: Counter<'outcome'>;
  private readonly refusals: Counter<'reason'>;
  private readonly flushSeconds: Histogram;
  private readonly fsyncSeconds: Histogram;
  private readonly compactions: Counter;
  private readonly http: Counter<'method' | 'route' | 'status'>;
  private readonly httpSeconds: Histogram<'method' | 'route'>;
  private readonly loginFailures: Counter;

  constructor() {
    const registers = [this.registry];
    this.updates = new Counter({
      name: 'planfold_updates_total',
      help: 'Document updates: received from clients, relayed to peers (one per update, not per peer), refused',
      labelNames: ['outcome'],
      registers,
    });
    this.refusals = new Counter({
      name: 'planfold_updates_refused_total',
      help: 'Writes refused, by reason (locked, not-owner, status, role, read-only-room, malformed, storage)',
      labelNames: ['reason'],
      registers,
    });
    this.flushSeconds = new Histogram({
      name: 'planfold_flush_seconds',
      help: 'Time to store one batch of updates before it is relayed',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.fsyncSeconds = new Histogram({
      name: 'planfold_journal_fsync_seconds',
      help: 'Time of one fdatasync of the update journal (SQLite deployments)',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.compactions = new Counter({
      name: 'planfold_compactions_total',
      help: 'Update logs merged into a snapshot',
      registers,
    });
    this.http = new Counter({
      name: 'planfold_http_requests_total',
      help: 'HTTP requests by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpSeconds = new Histogram({
      name: 'planfold_http_request_seconds',
      help: 'HTTP request duration by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.loginFailures = new Counter({
      name: 'planfold_login_failures_total',
      help: 'Failed sign-ins (wrong username or password)',
      registers,
    });
  }

  /** Registers the figures read at scrape time, once what they read exists. */
  watch(live: LiveFigures): void {
    const registers = [this.registry];
    this.loopDelay.enable();
    const loopDelay = this.loopDelay;
    new Gauge({
      name: 'planfold_ws_connections',
      help: 'Open WebSocket connections',
      registers,
      collect() {
        this.set(live.connections());
      },
    });
    new Gauge({
      name: 'planfold_rooms_loaded',
      help: 'Documents (sections and plan rooms) loaded in memory',
      registers,
      collect() {
        this.set(live.rooms());
      },
    });
    new Gauge({
      name: 'planfold_journal_bytes',
      help: 'Bytes of update journal segments on disk, not yet compacted away',
      registers,
      collect() {
        this.set(live.journalBytes() ?? 0);
      },
    });
    new Gauge({
      name: 'planfold_event_loop_delay_seconds',
      help: 'Event loop delay since the last scrape, by quantile',
      labelNames: ['quantile'],
      registers,
      collect() {
        for (const q of [0.5, 0.99]) {
          this.set({ quantile: String(q) }, loopDelay.percentile(q * 100) / 1e9);
        }
        this.set({ quantile: '1' }, loopDelay.max / 1e9);
        loopDelay.reset();
      },
    });
    new Gauge({
      name: 'planfold_process_resident_memory_bytes',
      help: 'Resident set size of the process',
      registers,
      collect() {
        this.set(process.memoryUsage.rss());
      },
    });
  }

  received(): void {
    this.updates.inc({ outcome: 'received' });
  }

  relayed(count: number): void {
    this.updates.inc({ outcome: 'relayed' }, count);
  }

  refused(reason: string): void {
    this.updates.inc({ outcome: 'refused' });
    this.refusals.inc({ reason });
  }

  flushed(seconds: number): void {
    this.flushSeconds.observe(seconds);
  }

  compacted(): void {
    this.compactions.inc();
  }

  fsynced(seconds: number): void {
    this.fsyncSeconds.observe(seconds);
  }

  loginFailed(): void {
    this.loginFailures.inc();
  }

  request(method: string, route: string, status: number, seconds: number): void {
    this.http.inc({ method, route, status: String(status) });
    this.httpSeconds.observe({ method, route }, seconds);
  }

  close(): void {
    this.loopDelay.disable();
  }
}
