/**
 * `npm run admin -- backup DIR` while clients type on a running server, then `restore DIR` into
 * an empty data directory: every edit acknowledged before the backup is there (child processes,
 * real SQLite files and journal).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { login } from '../helpers/api.js';
import { startChildServer, type ChildServer } from '../helpers/childServer.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { tempDir } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function admin(dataDir: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/admin/cli.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('backup and restore', () => {
  const servers: ChildServer[] = [];
  const clients: CollabClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.kill();
  });

  it('a backup taken while people type restores every acknowledged edit', async () => {
    const dataDir = tempDir('planfold-backup-');
    const server = await startChildServer({ dataDir });
    servers.push(server);
    const sct = await login(server, 'sct');
    const writer = connectClient(server, sct, 'S3_1');
    const reader = connectClient(server, await login(server, 'bcd'), 'S3_1');
    clients.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);

    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const line = `Đoạn đã lưu số ${i}`;
      writer.type(line);
      acknowledged.push(line);
    }
    // Relayed only once stored: what the reader sees is acknowledged.
    await waitFor(() => acknowledged.every((l) => reader.text().includes(l)), {
      message: 'the edits to be stored',
    });
    let typing = 0;
    const more = setInterval(() => writer.type(`Đang gõ ${typing++}`), 5);
    const target = path.join(tempDir('planfold-backup-target-'), 'backup');
    const made = await admin(dataDir, ['backup', target]).finally(() => clearInterval(more));
    expect(made.code, made.output).toBe(0);
    expect(typing).toBeGreaterThan(0);

    const restoredDir = tempDir('planfold-restored-');
    const restored = await admin(restoredDir, ['restore', target]);
    expect(restored.code, restored.output).toBe(0);
    // Restoring over a deployment is refused.
    expect((await admin(restoredDir, ['restore', target])).code).toBe(1);

    const again = await startChildServer({ dataDir: restoredDir });
    servers.push(again);
    const check = connectClient(again, await login(again, 'bcd'), 'S3_1');
    clients.push(check);
    await synced(check);
    for (const line of acknowledged) expect(check.text()).toContain(line);
    fs.rmSync(restoredDir, { recursive: true, force: true });
  });
});
