/**
 * PlanFold in a child process on SQLite or PostgreSQL, for hostile-client tests: a crash is then
 * seen as the process exiting, not as a failed test in the runner's own process. The store can
 * be prepared first (seeded, with documents planted as an older server might have left them).
 */
import path from 'node:path';
import { expect } from 'vitest';
import { seedDemoPlan } from '../../server/seed/demoPlan.js';
import { Store } from '../../server/store/store.js';
import { startChildServer, type ChildServer } from './childServer.js';
import { rawRequest } from './api.js';
import {
  dropSchema,
  postgresForTests,
  uniqueSchemaName,
  type PostgresForTests,
} from './postgres.js';
import { tempDir } from './server.js';

export type Database = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

export interface HostileServerOptions {
  /** Writes into the seeded store before the server starts. */
  plant?: (store: Store) => Promise<void>;
  env?: Record<string, string>;
}

export interface HostileServer extends ChildServer {
  /** Kills the process and drops its data. */
  dispose(): Promise<void>;
}

export async function startHostileServer(
  database: Database,
  options: HostileServerOptions = {},
): Promise<HostileServer> {
  const dataDir = tempDir('planfold-hostile-');
  const schema = database.kind === 'postgres' ? uniqueSchemaName('planfold_hostile') : null;
  const store = await Store.open(
    database.kind === 'postgres'
      ? { kind: 'postgres', url: database.url, schema: schema! }
      : { kind: 'sqlite', file: path.join(dataDir, 'planfold.sqlite') },
  );
  try {
    await seedDemoPlan(store);
    await options.plant?.(store);
  } finally {
    await store.close();
  }
  const child = await startChildServer({
    dataDir,
    env: {
      ...(database.kind === 'postgres'
        ? { DATABASE_URL: database.url, DATABASE_SCHEMA: schema! }
        : {}),
      ...options.env,
    },
  });
  return {
    ...child,
    dispose: async () => {
      await child.kill();
      if (database.kind === 'postgres') await dropSchema(database.url, schema!);
    },
  };
}

/** The databases a hostile suite runs on: PostgreSQL is null when it is not available. */
export async function hostileDatabases(): Promise<{
  pg: PostgresForTests;
  databases: [string, Database | null][];
}> {
  const pg = await postgresForTests();
  return {
    pg,
    databases: [
      ['SQLite', { kind: 'sqlite' }],
      ['PostgreSQL', pg.status === 'available' ? { kind: 'postgres', url: pg.url } : null],
    ],
  };
}

/** The process is up, answers HTTP, and logged no rejection that nothing handled. */
export async function expectStillServing(server: HostileServer): Promise<void> {
  expect(server.hasExited(), server.output()).toBe(false);
  const health = await rawRequest<{ status: string }>(server, 'GET', '/api/health');
  expect(health.status).toBe(200);
  expect(server.output()).not.toMatch(/Unhandled rejection|RangeError|Maximum call stack/);
}
