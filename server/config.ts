import path from 'node:path';
import { z } from 'zod';
import { LOG_LEVELS, type LoggerSettings } from './ops/logger.js';
import type { DatabaseConfig } from './store/database.js';

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** An empty variable means "not set", as shells and .env files usually intend. */
const unsetIfEmpty = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case PostgreSQL schema name')
    .optional(),
  PUBLIC_ORIGIN: z.string().optional(),
  PLANFOLD_DEMO: booleanFlag.default(true),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COMPACT_AFTER_BYTES: z.coerce.number().int().min(256).default(65_536),
  SEND_BUFFER_BYTES: z.coerce
    .number()
    .int()
    .min(65_536)
    .default(8 * 1024 * 1024),
  PLAN_FILE_QUOTA_MB: z.coerce.number().positive().default(500),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_PRETTY: booleanFlag.optional(),
  NODE_ENV: z.string().optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15_000),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** SQLite file under dataDir unless a PostgreSQL URL is given. */
  database: DatabaseConfig;
  publicOrigins: string[];
  seedDemo: boolean;
  sessionTtlMs: number;
  /** A live document's log is compacted once it holds this many bytes, and twice its snapshot. */
  compactAfterBytes: number;
  /** A WebSocket peer with more than this many bytes not yet sent to it is closed (1013). */
  sendBufferBytes: number;
  /** Bytes of figures' files one plan may hold. */
  planFileQuotaBytes: number;
  log: LoggerSettings;
  /** Required (as a bearer token) to read /metrics; null serves /metrics to localhost only. */
  metricsToken: string | null;
  /** SIGTERM: past this, the process exits with code 1 even if rooms are still being stored. */
  shutdownTimeoutMs: number;
  /** Where the built client lives; null serves the API only. */
  clientDir: string | null;
  /** The browser that prints the reader to PDF; export.pdf answers 501 when it is not there. */
  chromiumPath: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(unsetIfEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const origins = (
    e.PUBLIC_ORIGIN ?? (e.PORT === 80 ? 'http://localhost' : `http://localhost:${e.PORT}`)
  )
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(
        `Invalid configuration:\n  PUBLIC_ORIGIN: "${origin}" is not an origin like https://plan.example.vn`,
      );
    }
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          ...(e.DATABASE_SCHEMA ? { schema: e.DATABASE_SCHEMA } : {}),
        }
      : { kind: 'sqlite', file: path.join(e.DATA_DIR, 'planfold.sqlite') },
    publicOrigins: origins,
    seedDemo: e.PLANFOLD_DEMO,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    sendBufferBytes: e.SEND_BUFFER_BYTES,
    planFileQuotaBytes: Math.round(e.PLAN_FILE_QUOTA_MB * 1024 * 1024),
    log: { level: e.LOG_LEVEL, pretty: e.LOG_PRETTY ?? e.NODE_ENV === 'development' },
    metricsToken: e.METRICS_TOKEN ?? null,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    clientDir: path.resolve('dist/client'),
    chromiumPath: e.CHROMIUM_PATH,
  };
}
