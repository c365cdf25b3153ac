/**
 * `npm run admin -- <command>`: what a fresh deployment needs before anyone can sign in.
 *
 *   create-admin   --username NAME [--name "Full name"] [--agency CODE]
 *   reset-password --username NAME
 *   backup DIR      (an online backup of a SQLite deployment into a new directory)
 *   restore DIR     (into an empty data directory, the server stopped)
 *   search-rebuild  (empties the search index; the server rebuilds it from the stored
 *                   sections and comments when it next starts)
 *
 * The password is read from the terminal without echo, or from the first line of stdin when it
 * is not a terminal (scripts: `printf '%s\n' "$PW" | npm run admin -- create-admin …`). It is
 * never printed or logged. Only the database is opened, so the server may be running.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../store/database.js';
import { SearchRepository } from '../store/search.js';
import { AdminSetup, AdminSetupError } from './setup.js';
import { backup, restore } from './backup.js';
import { readPassword } from './readPassword.js';

const USAGE = `Usage:
  npm run admin -- create-admin --username NAME [--name "Full name"] [--agency CODE]
  npm run admin -- reset-password --username NAME
  npm run admin -- search-rebuild
  npm run admin -- backup DIR | restore DIR
The password is asked for without echo, or read from stdin's first line.`;

/** Only the database is touched (the server may be running): the index is refilled at start. */
async function clearSearchIndex(): Promise<number> {
  const config = loadConfig(process.env);
  const { db, dialect } = await openDatabase(config.database);
  try {
    await new SearchRepository(db, dialect).clear();
    console.log(
      'Search index emptied. PlanFold rebuilds it from the stored sections and comments when it next starts: restart it now if it is running.',
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (command === 'search-rebuild' && !values.help) return clearSearchIndex();
  if ((command === 'backup' || command === 'restore') && !values.help) {
    const dir = positionals[1];
    if (!dir) throw new AdminSetupError(`${command} needs a directory.\n${USAGE}`);
    const { database } = loadConfig(process.env);
    if (command === 'backup') backup(database, dir);
    else restore(database, dir);
    console.log(command === 'backup' ? `Backed up into ${dir}.` : `Restored from ${dir}.`);
    return 0;
  }
  if (values.help || !command || !values.username) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== 'create-admin' && command !== 'reset-password') {
    console.error(`Unknown command "${command}".\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(process.env);
  const password = await readPassword(process.stdin, process.stderr);
  const { db } = await openDatabase(config.database);
  try {
    const setup = new AdminSetup(db);
    if (command === 'create-admin') {
      const user = await setup.createAdmin({
        username: values.username,
        name: values.name ?? 'Quản trị hệ thống',
        agency: values.agency ?? null,
        password,
      });
      console.log(`Administrator "${user}" created. Sign in with it at ${config.publicOrigins[0]}`);
    } else {
      await setup.resetPassword(values.username, password);
      console.log(`Password of "${values.username}" changed; its sessions have ended.`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AdminSetupError || error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    if (error instanceof TypeError && 'code' in error && typeof error.code === 'string') {
      // parseArgs: an unknown or malformed option.
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
