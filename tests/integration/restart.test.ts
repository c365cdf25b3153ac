/**
 * Durability: what a peer has seen survives a graceful restart, SIGTERM and `kill -9`.
 * The kill -9 test runs PlanFold as a child process and kills it from inside the peer's update
 * handler, the instant the peer has received the edits, while the writer is still typing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/collab.js';
import { Store } from '../../server/store/store.js';
import { login } from '../helpers/api.js';
import { startChildServer, type ChildServer } from '../helpers/childServer.js';
import { bodyText, connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { closeCodeOf, connectRaw, type RawClient } from '../helpers/rawClient.js';
import { startServer, tempDir, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOM = 'S3_1';

/** The paragraphs of a body, one string each. */
function paragraphs(doc: Y.Doc): string[] {
  return bodyText(doc.getXmlFragment('body'))
    .split('\n')
    .filter((p) => p.length > 0);
}

/** Whether `have` already contains everything described by `seen` (a state vector). */
function covers(have: Y.Doc, seen: Uint8Array): boolean {
  const mine = Y.decodeStateVector(Y.encodeStateVector(have));
  for (const [client, clock] of Y.decodeStateVector(seen)) {
    if ((mine.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/** Opens the SQLite file of a stopped PlanFold and reads what it stored for `room`. */
async function storedLog(
  dataDir: string,
  room: string,
): Promise<{ logLength: number; text: string[] }> {
  const store = await Store.open({ kind: 'sqlite', file: path.join(dataDir, 'planfold.sqlite') });
  try {
    const stored = await store.documents.load(room);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const text = paragraphs(doc);
    doc.destroy();
    return { logLength: stored.logLength, text };
  } finally {
    await store.close();
  }
}

const clients: CollabClient[] = [];
const raws: RawClient[] = [];
const servers: TestServer[] = [];
const children: ChildServer[] = [];
const dataDirs = new Set<string>();

/** A data directory that is removed after the test. */
function dataDirFor(test: string): string {
  const dir = tempDir(`planfold-${test}-`);
  dataDirs.add(dir);
  return dir;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const r of raws.splice(0)) r.close();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  await Promise.all(children.splice(0).map((c) => c.kill('SIGKILL')));
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  dataDirs.clear();
});

function track(client: CollabClient): CollabClient {
  clients.push(client);
  return client;
}

describe('graceful restart (in process)', () => {
  it('keeps what a peer saw when PlanFold stops with clients still connected, compacted', async () => {
    const first = await startServer({ dataDir: dataDirFor('graceful') });
    servers.push(first);
    const [sct, sct2] = await Promise.all([login(first, 'sct'), login(first, 'sct2')]);
    const writer = track(connectClient(first, sct, ROOM));
    const peer = track(connectClient(first, sct2, ROOM));
    await Promise.all([synced(writer), synced(peer)]);

    const lines = Array.from({ length: 30 }, (_, i) => `Khu công nghiệp số ${i + 1} — Đồng Đăng`);
    for (const line of lines) writer.type(line);
    await waitFor(() => paragraphs(peer.doc).length === lines.length, {
      message: 'the peer to see 30 lines',
    });
    const seen = Y.encodeStateVector(peer.doc);

    // Stop while both are connected: every room is stored and compacted, then the sockets go.
    await first.stop();
    servers.splice(servers.indexOf(first), 1);
    for (const c of clients.splice(0)) c.destroy();

    const onDisk = await storedLog(first.dataDir, ROOM);
    expect(onDisk.logLength).toBe(0);
    expect(onDisk.text).toEqual(lines);

    const second = await startServer({ dataDir: first.dataDir });
    servers.push(second);
    const fresh = track(connectClient(second, await login(second, 'sct'), ROOM));
    await synced(fresh);
    expect(paragraphs(fresh.doc)).toEqual(lines);
    expect(covers(fresh.doc, seen)).toBe(true);
  });

  it('keeps the text after the last client left (room unloaded) and across two restarts', async () => {
    const dataDir = dataDirFor('unload');
    const expected: string[] = [];
    for (let round = 0; round < 2; round++) {
      const server = await startServer({ dataDir });
      servers.push(server);
      const who = await login(server, round % 2 ? 'sct2' : 'sct');
      const client = track(connectClient(server, who, ROOM));
      await synced(client);
      expect(paragraphs(client.doc)).toEqual(expected);
      const line = `Vòng ${round + 1}: cửa khẩu Hữu Nghị`;
      client.type(line);
      expected.push(line);
      const room = await waitFor(() => server.planfold.collab.registry.loaded(ROOM), {
        message: 'the room',
      });
      await waitFor(() => paragraphs(room.doc).includes(line), { message: 'the server to apply' });
      client.destroy();
      clients.splice(clients.indexOf(client), 1);
      // The room unloads (compacts) once its last connection is gone.
      await waitFor(() => server.planfold.collab.registry.loaded(ROOM) === undefined, {
        message: 'the room to unload',
      });
      await server.stop();
      servers.splice(servers.indexOf(server), 1);
      expect(await storedLog(dataDir, ROOM)).toEqual({ logLength: 0, text: expected });
    }
  });
});

describe('PlanFold as a child process', () => {
  async function child(dataDir: string): Promise<ChildServer> {
    const started = await startChildServer({ dataDir });
    children.push(started);
    return started;
  }

  it('kill -9 loses no update that a peer had received', async () => {
    const dataDir = dataDirFor('kill9');
    const ROUNDS = 2;
    const PER_ROUND = 120;
    let mustHave: string[] = [];
    let seenVector: Uint8Array = Y.encodeStateVector(new Y.Doc());

    for (let round = 0; round < ROUNDS; round++) {
      const server = await child(dataDir);
      const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
      const writer = track(connectClient(server, sct, ROOM));
      const peer = track(connectClient(server, sct2, ROOM));
      await Promise.all([synced(writer), synced(peer)]);

      // What survived the last kill is all here.
      for (const line of mustHave) expect(paragraphs(peer.doc)).toContain(line);
      expect(covers(peer.doc, seenVector)).toBe(true);

      // The instant the peer has PER_ROUND more paragraphs, kill -9, from inside its handler.
      const target = paragraphs(peer.doc).length + PER_ROUND;
      let killedWith: { vector: Uint8Array; text: string[] } | null = null;
      const onUpdate = (): void => {
        if (killedWith || peer.body.length < target) return;
        server.child.kill('SIGKILL');
        killedWith = { vector: Y.encodeStateVector(peer.doc), text: paragraphs(peer.doc) };
      };
      peer.doc.on('update', onUpdate);

      // The writer keeps typing until PlanFold is gone, so the kill lands mid-stream.
      let typed = 0;
      while (!server.hasExited() && typed < PER_ROUND * 10) {
        writer.type(`r${round + 1} e${(typed += 1)} Lạng Sơn`);
        if (typed % 3 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await waitFor(() => server.hasExited(), {
        timeout: 20_000,
        message: `the peer to see ${target} paragraphs and PlanFold to die`,
      });
      const exit = await server.exited;
      expect(exit.signal, server.output()).toBe('SIGKILL');
      expect(killedWith, `the peer saw ${peer.body.length} of ${target}`).not.toBeNull();
      const seen = killedWith as unknown as { vector: Uint8Array; text: string[] };
      expect(seen.text.length).toBeGreaterThanOrEqual(target);
      expect(typed).toBeGreaterThanOrEqual(PER_ROUND);
      console.log(
        `kill -9 round ${round + 1}: the writer had typed ${typed}, the peer had seen ${seen.text.length}`,
      );
      peer.doc.off('update', onUpdate);
      for (const c of clients.splice(0)) c.destroy();
      children.splice(children.indexOf(server), 1);

      mustHave = seen.text;
      seenVector = seen.vector;
    }

    // The killed process left its journal behind; the next one compacts it, then deletes it.
    const left = fs.readdirSync(path.join(dataDir, 'journal'));
    expect(left.length).toBeGreaterThan(0);
    // A fresh PlanFold on the same data, and a fresh client: everything the peer saw is there.
    const server = await child(dataDir);
    const remaining = fs.readdirSync(path.join(dataDir, 'journal'));
    expect(remaining.filter((segment) => left.includes(segment))).toEqual([]);
    const fresh = track(connectClient(server, await login(server, 'sct'), ROOM));
    await synced(fresh);
    const text = paragraphs(fresh.doc);
    const missing = mustHave.filter((line) => !text.includes(line));
    expect(missing, `missing after kill -9: ${missing.slice(0, 5).join(' | ')}`).toEqual([]);
    expect(covers(fresh.doc, seenVector)).toBe(true);
    // Nothing came back twice.
    expect(new Set(text).size).toBe(text.length);
  });

  it('SIGTERM stores and compacts every open section, closes sockets with 1012 (restarting), exits 0', async () => {
    const dataDir = dataDirFor('sigterm');
    const server = await child(dataDir);
    const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
    const writer = track(connectClient(server, sct, ROOM));
    const watcher = await connectRaw(server, sct2, ROOM);
    raws.push(watcher);
    await Promise.all([synced(writer), watcher.synced()]);

    const lines = Array.from(
      { length: 20 },
      (_, i) => `Điều ${i + 1}. Phát triển thương mại biên giới`,
    );
    for (const line of lines) writer.type(line);
    await waitFor(() => paragraphs(watcher.doc).length === lines.length, {
      message: 'the watcher to see 20 lines',
    });

    const exit = await server.kill('SIGTERM');
    expect(exit, server.output()).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('SIGTERM');
    expect(await closeCodeOf(watcher)).toBe(CloseCode.restarting);
    children.splice(children.indexOf(server), 1);

    expect(await storedLog(dataDir, ROOM)).toEqual({ logLength: 0, text: lines });

    const again = await child(dataDir);
    const fresh = track(connectClient(again, await login(again, 'sct2'), ROOM));
    await synced(fresh);
    expect(paragraphs(fresh.doc)).toEqual(lines);
  });

  it('SIGTERM while a client types loses nothing: what was sent before the close is stored, the rest is resent', async () => {
    const dataDir = dataDirFor('sigterm-typing');
    const server = await child(dataDir);
    const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
    const writer = track(connectClient(server, sct, ROOM));
    const peer = track(connectClient(server, sct2, ROOM));
    await Promise.all([synced(writer), synced(peer)]);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code);
    });

    // SIGTERM once the peer has seen 40 lines; the writer types on until the server is gone.
    let typed = 0;
    let signalled = false;
    while (!server.hasExited() && typed < 5000) {
      writer.type(`Dòng ${(typed += 1)} — cửa khẩu Đồng Đăng`);
      if (!signalled && paragraphs(peer.doc).length >= 40) {
        signalled = true;
        server.child.kill('SIGTERM');
      }
      if (typed % 3 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const exit = await server.exited;
    expect(exit, server.output()).toEqual({ code: 0, signal: null });
    children.splice(children.indexOf(server), 1);
    await waitFor(() => closes.length > 0, { message: 'the writer to see its socket close' });
    expect(closes[0]).toBe(CloseCode.restarting);
    const seenByPeer = paragraphs(peer.doc);
    expect(seenByPeer.length).toBeGreaterThanOrEqual(40);

    // Everything a peer saw was stored (and compacted) before the process exited.
    const onDisk = await storedLog(dataDir, ROOM);
    expect(onDisk.logLength).toBe(0);
    expect(seenByPeer.filter((line) => !onDisk.text.includes(line))).toEqual([]);

    // The writer's document still holds what it typed after the close; it is sent on reconnect.
    const again = await child(dataDir);
    writer.provider.destroy();
    const resumed = track(connectClient(again, await login(again, 'sct'), ROOM, writer.doc));
    await synced(resumed);
    const reader = track(connectClient(again, await login(again, 'sct2'), ROOM));
    await synced(reader);
    await waitFor(() => paragraphs(reader.doc).length === typed, {
      message: `the reader to see all ${typed} typed lines`,
    });
    const text = paragraphs(reader.doc);
    expect(new Set(text).size).toBe(typed);
  });
});
