/**
 * PostgreSQL for tests: `DATABASE_URL_TEST` names the server (CI runs one at 127.0.0.1:5432).
 * Without it, or when it does not answer, PostgreSQL tests are skipped with a line saying why —
 * except under `CI=true`, where a missing PostgreSQL is a failure, never a silent skip.
 *
 *   const pg = await postgresForTests();
 *   if (pg.status === 'available') … Store.open({ kind: 'postgres', url: pg.url, schema })
 *   else registerPostgresUnavailable(pg, 'the storage contract');
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { it } from 'vitest';

export const POSTGRES_ENV = 'DATABASE_URL_TEST';

export type PostgresForTests =
  | { status: 'available'; url: string }
  /** Not available and not in CI: skip, saying why. */
  | { status: 'skip'; reason: string }
  /** Not available under CI=true: the tests must fail with `reason`. */
  | { status: 'fail'; reason: string };

export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').toLowerCase();
  return value === 'true' || value === '1';
}

/** Hides the password of a connection URL for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Whether PostgreSQL at `url` answers a query within `timeoutMs`; the error text if not. */
export async function probePostgres(url: string, timeoutMs = 3_000): Promise<string | null> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  // An error after connect (server gone) must not become an uncaught exception.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Decides once, at collection time, whether PostgreSQL tests run, skip or fail. */
export async function postgresForTests(
  env: NodeJS.ProcessEnv = process.env,
): Promise<PostgresForTests> {
  const url = env[POSTGRES_ENV];
  let reason: string;
  if (!url) {
    reason = `${POSTGRES_ENV} is not set (e.g. ${POSTGRES_ENV}=postgres://postgres@127.0.0.1:5432/test)`;
  } else {
    const problem = await probePostgres(url);
    if (problem === null) return { status: 'available', url };
    reason = `PostgreSQL at ${redactUrl(url)} does not answer: ${problem}`;
  }
  return inCI(env) ? { status: 'fail', reason } : { status: 'skip', reason };
}

/**
 * For an unavailable PostgreSQL: prints why the `what` tests are skipped, or — under CI —
 * registers a test that fails with that reason. Call it inside a describe block or at top level.
 */
export function registerPostgresUnavailable(
  outcome: Exclude<PostgresForTests, { status: 'available' }>,
  what: string,
): void {
  if (outcome.status === 'skip') {
    console.warn(`Skipping ${what} on PostgreSQL: ${outcome.reason}`);
    it.skip(`${what} on PostgreSQL (skipped: ${outcome.reason})`, () => {});
    return;
  }
  it(`${what} on PostgreSQL: PostgreSQL is required under CI=true`, () => {
    throw new Error(
      `CI=true, but ${outcome.reason}. Start PostgreSQL or set ${POSTGRES_ENV} to a reachable database.`,
    );
  });
}

/** A schema name no other run uses: `prefix_<time>_<random>`. */
export function uniqueSchemaName(prefix = 'planfold_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Refusing to drop "${schema}"`);
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
