import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

/** The ConfigError `loadConfig(env)` throws (fails the test if it does not throw one). */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      database: { kind: 'sqlite', file: path.join('./data', 'planfold.sqlite') },
      publicOrigins: ['http://localhost:8080'],
      seedDemo: true,
      sessionTtlMs: 12 * 3600_000,
      compactAfterBytes: 65_536,
      sendBufferBytes: 8 * 1024 * 1024,
    });
    expect(config.clientDir).toBe(path.resolve('dist/client'));
  });

  it('ignores unrelated variables', () => {
    expect(loadConfig({ HOME: '/root', PATH: '/usr/bin', NODE_ENV: 'test' }).port).toBe(8080);
  });

  it('reads PORT, HOST and DATA_DIR; the SQLite file lives in DATA_DIR', () => {
    const config = loadConfig({ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/planfold' });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe('/var/lib/planfold');
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: path.join('/var/lib/planfold', 'planfold.sqlite'),
    });
    // The default origin follows the port.
    expect(config.publicOrigins).toEqual(['http://localhost:3000']);
  });

  it('accepts PORT 0 (any free port) and 65535', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it.each([
    ['not a number', 'abc'],
    ['negative', '-1'],
    ['too large', '65536'],
    ['fractional', '80.5'],
    ['a word after digits', '8080x'],
  ])('refuses a PORT that is %s (%s) with a message naming PORT', (_what, value) => {
    const error = configError({ PORT: value });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/^Invalid configuration:/);
    expect(error.message).toMatch(/\bPORT\b/);
  });

  it('an empty PORT is either the default or a ConfigError naming PORT, never port 0', () => {
    for (const value of ['', ' ']) {
      let port: number | null = null;
      try {
        port = loadConfig({ PORT: value }).port;
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).message).toMatch(/\bPORT\b/);
      }
      if (port !== null) expect(port, `PORT=${JSON.stringify(value)}`).toBe(8080);
    }
  });

  it.each([
    ['80', 'http://localhost'],
    ['443', 'http://localhost:443'],
  ])('PORT=%s without PUBLIC_ORIGIN allows the default origin %s', (port, origin) => {
    const config = loadConfig({ PORT: port });
    expect(config.port).toBe(Number(port));
    expect(config.publicOrigins).toEqual([origin]);
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: 'x', SESSION_TTL_HOURS: '-5' });
    expect(error.message).toMatch(/\bPORT\b/);
    expect(error.message).toMatch(/\bSESSION_TTL_HOURS\b/);
  });

  it.each(['postgres://planfold@db:5432/planfold', 'postgresql://u:p@localhost/plan'])(
    'selects PostgreSQL for DATABASE_URL=%s',
    (url) => {
      expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ kind: 'postgres', url });
    },
  );

  it.each([
    'mysql://u@localhost/db',
    'sqlite:./data/x.sqlite',
    'localhost:5432',
    'http://postgres',
  ])('refuses DATABASE_URL=%s, naming DATABASE_URL', (url) => {
    const error = configError({ DATABASE_URL: url });
    expect(error.message).toMatch(/\bDATABASE_URL\b/);
    expect(error.message).toMatch(/postgres:\/\//);
  });

  it('parses PUBLIC_ORIGIN as a comma-separated list, trimming blanks', () => {
    const config = loadConfig({
      PUBLIC_ORIGIN:
        ' https://quyhoach.langson.gov.vn , http://localhost:5173,,http://10.0.0.5:8080 ',
    });
    expect(config.publicOrigins).toEqual([
      'https://quyhoach.langson.gov.vn',
      'http://localhost:5173',
      'http://10.0.0.5:8080',
    ]);
  });

  it.each([
    ['a path', 'https://plan.example.vn/app'],
    ['a trailing slash', 'https://plan.example.vn/'],
    ['no scheme', 'plan.example.vn'],
    ['a query', 'https://plan.example.vn?x=1'],
    ['credentials', 'https://user@plan.example.vn'],
    ['a default port spelled out', 'https://plan.example.vn:443'],
    ['the opaque origin', 'null'],
    ['a wildcard', '*'],
  ])('refuses a PUBLIC_ORIGIN entry with %s (%s), naming it', (_what, bad) => {
    const error = configError({ PUBLIC_ORIGIN: `https://ok.example.vn,${bad}` });
    expect(error.message).toMatch(/\bPUBLIC_ORIGIN\b/);
    expect(error.message).toContain(bad);
  });

  it.each([
    ['0', false],
    ['false', false],
    ['1', true],
    ['true', true],
  ])('reads PLANFOLD_DEMO=%s as %s', (value, expected) => {
    expect(loadConfig({ PLANFOLD_DEMO: value }).seedDemo).toBe(expected);
  });

  it('refuses a PLANFOLD_DEMO that is not a flag', () => {
    expect(configError({ PLANFOLD_DEMO: 'yes' }).message).toMatch(/\bPLANFOLD_DEMO\b/);
  });

  it('reads SESSION_TTL_HOURS and COMPACT_AFTER_BYTES, and refuses a compaction threshold below 256', () => {
    const config = loadConfig({ SESSION_TTL_HOURS: '0.5', COMPACT_AFTER_BYTES: '4096' });
    expect(config.sessionTtlMs).toBe(1800_000);
    expect(config.compactAfterBytes).toBe(4096);
    expect(configError({ COMPACT_AFTER_BYTES: '100' }).message).toMatch(/\bCOMPACT_AFTER_BYTES\b/);
  });

  it('reads SEND_BUFFER_BYTES, and refuses one below 64 KiB', () => {
    expect(loadConfig({ SEND_BUFFER_BYTES: '262144' }).sendBufferBytes).toBe(262_144);
    expect(configError({ SEND_BUFFER_BYTES: '1000' }).message).toMatch(/\bSEND_BUFFER_BYTES\b/);
  });

  it('reads LOG_LEVEL, LOG_PRETTY (on by default in development) and METRICS_TOKEN', () => {
    expect(loadConfig({}).log).toEqual({ level: 'info', pretty: false });
    expect(loadConfig({ NODE_ENV: 'development' }).log.pretty).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', LOG_PRETTY: '0' }).log.pretty).toBe(false);
    expect(loadConfig({ LOG_LEVEL: 'debug' }).log.level).toBe('debug');
    expect(configError({ LOG_LEVEL: 'loud' }).message).toMatch(/\bLOG_LEVEL\b/);
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(16) }).metricsToken).toBe('x'.repeat(16));
    expect(configError({ METRICS_TOKEN: 'short' }).message).toMatch(/\bMETRICS_TOKEN\b/);
  });
});
