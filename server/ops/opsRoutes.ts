import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { Router, type RequestHandler } from 'express';
import { sql } from 'kysely';
import { AppError } from '../errors.js';
import { journalDir } from '../store/journaledDocuments.js';
import type { Store } from '../store/store.js';
import type { Metrics } from './metrics.js';

export interface ReadinessDeps {
  store: Store;
  /** The SQLite file, whose journal lives beside it; null on PostgreSQL. */
  sqliteFile: string | null;
  /** True once a graceful shutdown has begun: a load balancer should stop sending traffic. */
  stopping: () => boolean;
}

const CHECK_TIMEOUT_MS = 2000;

/** 'ok', or why not. */
type CheckResult = string;

function withTimeout(work: Promise<void>, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within 2 s`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function check(run: () => Promise<void>, what: string): Promise<CheckResult> {
  try {
    await withTimeout(run(), what);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `/health` (the process answers) and `/ready` (it can serve: database, journal, not stopping). */
export function healthRoutes(deps: ReadinessDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const checks: Record<string, CheckResult> = {
      database: await check(async () => {
        await sql`SELECT 1`.execute(deps.store.db);
      }, 'the database'),
    };
    if (deps.sqliteFile) {
      const dir = journalDir(deps.sqliteFile);
      checks.journal = await check(async () => {
        await fs.promises.access(dir, fs.constants.W_OK);
      }, 'the journal');
    }
    if (deps.stopping()) checks.shutdown = 'the server is shutting down';
    const failed = Object.entries(checks).find(([, result]) => result !== 'ok');
    if (!failed) {
      res.json({ status: 'ready', checks });
      return;
    }
    res.status(503).json({
      status: 'unavailable',
      failed: failed[0],
      checks,
      error: { code: 'not-ready', message: `${failed[0]}: ${failed[1]}` },
    });
  });
  return router;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /metrics` in the Prometheus text format. With a token configured, only a scrape that
 * presents it (`Authorization: Bearer …`) is answered; without one, only the machine itself:
 * the socket's address is used, never a forwarded header a client could write.
 */
export function metricsRoute(metrics: Metrics, token: string | null): RequestHandler {
  return (req, res, next) => {
    if (token !== null) {
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
      if (!sameToken(given, token)) {
        next(new AppError(401, 'unauthenticated', 'The metrics need the configured token.'));
        return;
      }
    } else if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      next(new AppError(403, 'forbidden', 'The metrics are served to this machine only.'));
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.type(metrics.registry.contentType).send(text),
      (error: unknown) => next(error),
    );
  };
}
