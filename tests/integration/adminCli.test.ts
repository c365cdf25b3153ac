/**
 * A fresh deployment comes to life from the command line: the server on an empty store says how,
 * `npm run admin -- create-admin` makes the first administrator (password from stdin, never
 * echoed), and that administrator signs in. Real processes over a real database file.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { login, rawRequest } from '../helpers/api.js';
import { startChildServer } from '../helpers/childServer.js';
import { tempDir } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PASSWORD = 'Xu-Lang-2030-an-toan';

interface CliRun {
  code: number | null;
  output: string;
}

/** Runs the admin command as `npm run admin` does, feeding `stdin`. */
function runCli(dataDir: string, args: string[], stdin: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/admin/cli.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('npm run admin', () => {
  it('an empty store says how to begin; create-admin makes an administrator who signs in', async () => {
    const dataDir = tempDir('planfold-admin-cli-');
    const empty = await startChildServer({ dataDir, env: { PLANFOLD_DEMO: '0' } });
    try {
      await waitFor(
        () => empty.output().includes('npm run admin -- create-admin --username admin'),
        {
          message: 'the first-start hint',
        },
      );
      expect(empty.output()).toContain('Open PlanFold at http://planfold.localhost');
      const refused = await rawRequest(empty, 'POST', '/api/session', {
        body: { username: 'admin', password: PASSWORD },
      });
      expect(refused.status).toBe(401);

      const weak = await runCli(dataDir, ['create-admin', '--username', 'admin'], 'admin12345\n');
      expect(weak.code).toBe(1);
      expect(weak.output).toMatch(/must not contain the username/);

      const made = await runCli(
        dataDir,
        ['create-admin', '--username', 'admin', '--name', 'Nông Văn Quản'],
        `${PASSWORD}\n`,
      );
      expect(made.code, made.output).toBe(0);
      expect(made.output).not.toContain(PASSWORD);

      const again = await runCli(dataDir, ['create-admin', '--username', 'admin'], `${PASSWORD}\n`);
      expect(again.code).toBe(1);
      expect(again.output).toMatch(/taken/);

      // The running server sees the new account at once: it reads the same database.
      const admin = await login(empty, 'admin', PASSWORD);
      expect(admin.user).toMatchObject({ role: 'admin', name: 'Nông Văn Quản' });
      const session = await admin.request<{ mustChangePassword: boolean }>('GET', '/api/session');
      expect(session.body.mustChangePassword).toBe(false);
      const users = await admin.request<{ users: unknown[] }>('GET', '/api/users');
      expect(users.body.users).toHaveLength(1);
      expect(empty.output()).not.toContain(PASSWORD);

      const newPassword = 'Mat-khau-moi-Lang-Son';
      const reset = await runCli(
        dataDir,
        ['reset-password', '--username', 'admin'],
        `${newPassword}\n`,
      );
      expect(reset.code, reset.output).toBe(0);
      expect((await admin.request('GET', '/api/session')).status).toBe(401);
      await login(empty, 'admin', newPassword);

      const usage = await runCli(dataDir, ['make-coffee', '--username', 'x'], '');
      expect(usage.code).toBe(2);
      expect(usage.output).toContain('Usage');
    } finally {
      await empty.kill('SIGTERM');
    }

    const restarted = await startChildServer({ dataDir, env: { PLANFOLD_DEMO: '0' } });
    try {
      await waitFor(() => restarted.output().includes('Open PlanFold at'), {
        message: 'the hints',
      });
      expect(restarted.output()).not.toContain('create-admin');
    } finally {
      await restarted.kill('SIGTERM');
    }
    // Seven processes, each compiling TypeScript on start, on a loaded machine.
  }, 240_000);
});
