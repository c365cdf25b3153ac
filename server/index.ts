import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { startupHints } from './startupHints.js';

// A last resort, not the protection: every promise has its handler, and a rejection that still
// slips through is a bug to log and fix, not a reason to drop every user's connection.
process.on('unhandledRejection', (reason) => {
  console.error('Unhandled rejection (a bug; still serving)', reason);
});

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const planfold = await createApp(config);
  const accounts = await planfold.store.users.count();
  const port = await planfold.listen();
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  const { log } = planfold;
  log.info(
    { port, data: where },
    `PlanFold listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port} (data: ${where})`,
  );
  for (const line of startupHints(config, accounts)) console.log(line);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${signal}: storing every open section, then stopping…`);
    // A disk that hangs must not keep a process the supervisor means to replace: exit anyway.
    setTimeout(() => {
      log.error({ afterMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting');
      log.flush();
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    planfold.close().then(
      () => {
        log.info('stopped');
        log.flush();
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        log.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
