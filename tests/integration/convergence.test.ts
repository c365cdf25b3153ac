import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { login, type ApiClient } from '../helpers/api.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { prng } from '../helpers/rawClient.js';
import { startServer, tempDir, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOM = 'S3_1';

const servers: TestServer[] = [];
const clients: CollabClient[] = [];
/** Data directories of the servers this file started, removed after each test. */
const used = new Set<string>();

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  for (const dir of used) fs.rmSync(dir, { recursive: true, force: true });
  used.clear();
});

async function start(options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir('planfold-convergence-');
  const server = await startServer({ ...options, dataDir });
  servers.push(server);
  used.add(server.dataDir);
  return server;
}

async function stop(server: TestServer): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.stop();
}

function connect(server: TestServer, who: ApiClient, room = ROOM): CollabClient {
  const c = connectClient(server, who, room);
  clients.push(c);
  return c;
}

/** A state vector as text that does not depend on encoding order, for comparisons. */
function vectorKey(doc: Y.Doc): string {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()]
    .sort(([a], [b]) => a - b)
    .map(([client, clock]) => `${client}:${clock}`)
    .join(',');
}

/** Everything that must be identical between replicas: state vector, body XML, text. */
function fingerprint(doc: Y.Doc): { vector: string; xml: string; text: string } {
  const body = doc.getXmlFragment('body');
  return {
    vector: vectorKey(doc),
    xml: body.toJSON(),
    text: body
      .toArray()
      .map((p) => (p instanceof Y.XmlElement ? p.toArray().map(plainText).join('') : ''))
      .join('\n'),
  };
}

function plainText(node: unknown): string {
  if (!(node instanceof Y.XmlText)) return '';
  const delta = node.toDelta() as { insert?: unknown }[];
  return delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

describe('live co-editing of a section', () => {
  it('two stock providers of one agency converge, and a late joiner gets everything', async () => {
    const server = await start();
    const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
    const a = connect(server, sct);
    const b = connect(server, sct2);
    await Promise.all([synced(a), synced(b)]);
    a.type('Ngành công nghiệp chế biến');
    b.type('Kinh tế cửa khẩu');
    await waitFor(
      () => a.text() === b.text() && a.text().includes('cửa khẩu') && b.text().includes('chế biến'),
      { message: 'convergence' },
    );
    const late = connect(server, sct);
    await synced(late);
    await waitFor(() => late.text() === a.text(), { message: 'late joiner' });
    expect(late.text()).toContain('Ngành công nghiệp chế biến');
    expect(fingerprint(late.doc)).toEqual(fingerprint(a.doc));
  });

  it('concurrent formatting and deletion: the server’s own Yjs clean-up reaches every replica', async () => {
    // Yjs tidies formatting marks of Y.XmlText itself when it applies a remote change (a
    // transaction with origin null). The server's document does that too; whatever it changes
    // must be stored and relayed like any other change, or replicas silently differ.
    const server = await start();
    const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
    const a = connect(server, sct);
    const b = connect(server, sct2);
    await Promise.all([synced(a), synced(b)]);
    a.type('abcdefghijklmnop');
    await waitFor(() => b.text() === 'abcdefghijklmnop', { message: 'b to see the line' });
    const textOf = (c: CollabClient): Y.XmlText => {
      const node = (c.body.get(0) as Y.XmlElement).get(0);
      if (!(node instanceof Y.XmlText)) throw new Error('no text in the paragraph');
      return node;
    };
    const room = await waitFor(() => server.planfold.collab.registry.loaded(ROOM), {
      message: 'the live room',
    });

    b.provider.disconnect();
    textOf(a).format(4, 1, { bold: true }); // a makes "e" bold…
    textOf(b).delete(4, 2); // …while b, offline, deletes "ef"
    textOf(a).format(0, 1, { bold: true });
    textOf(b).delete(7, 2);
    await waitFor(() => vectorKey(room.doc) === vectorKey(a.doc), {
      message: 'the server to have a',
    });
    b.provider.connect();

    const replicas = (): Y.Doc[] => [a.doc, b.doc, room.doc];
    await waitFor(() => b.provider.synced && new Set(replicas().map(vectorKey)).size === 1, {
      message: 'the same state vector everywhere',
    });
    // Same content AND same deletions (a snapshot is the state vector plus the delete set).
    await waitFor(
      () =>
        Y.equalSnapshots(Y.snapshot(a.doc), Y.snapshot(room.doc)) &&
        Y.equalSnapshots(Y.snapshot(b.doc), Y.snapshot(room.doc)),
      { timeout: 3_000, message: 'a, b and the server to hold identical documents' },
    );
    expect(fingerprint(a.doc)).toEqual(fingerprint(room.doc));
    expect(fingerprint(b.doc)).toEqual(fingerprint(room.doc));
  });

  it('10 clients × 200 random edits with random disconnects converge, and the server stored exactly that', async () => {
    const seed = Number(process.env.CONVERGENCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const tag = `[convergence seed ${seed}; replay with CONVERGENCE_SEED=${seed}]`;
    console.log(tag);
    const random = prng(seed);
    const int = (n: number): number => Math.floor(random() * n);
    const chance = (p: number): boolean => random() < p;
    const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềểễếệìỉĩíịòỏõóọùủũúụỳỷỹýỵ ,.';
    const words = (max: number): string =>
      Array.from({ length: 1 + int(max) }, () => ALPHABET[int(ALPHABET.length)] ?? ' ').join('');

    const CLIENTS = 10;
    const EDITS = 200;
    // A low threshold, so the log is compacted several times while the edits pour in.
    const server = await start({ env: { COMPACT_AFTER_BYTES: '256' } });
    const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
    const peers = Array.from({ length: CLIENTS }, (_, i) => connect(server, i % 2 ? sct2 : sct));
    await Promise.all(peers.map((p) => synced(p)));
    // Every close each provider saw (null: closed by us), to explain a failure.
    const closes = peers.map(() => [] as (number | null)[]);
    peers.forEach((p, i) =>
      p.provider.on('connection-close', (event: { code: number } | null) =>
        closes[i]?.push(event?.code ?? null),
      ),
    );

    const counts = { insert: 0, delete: 0, format: 0, paragraph: 0, dropParagraph: 0 };
    const edit = (client: CollabClient): void => {
      const body = client.body;
      const paragraphs = body.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement);
      const paragraph = paragraphs[int(paragraphs.length)];
      const text = paragraph?.get(0);
      const roll = random();
      if (!paragraph || !(text instanceof Y.XmlText) || roll < 0.12) {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText(words(12))]);
        body.insert(int(body.length + 1), [p]);
        counts.paragraph += 1;
      } else if (roll < 0.6 || text.length === 0) {
        text.insert(int(text.length + 1), words(8));
        counts.insert += 1;
      } else if (roll < 0.88) {
        const at = int(text.length);
        text.delete(at, 1 + int(Math.min(6, text.length - at)));
        counts.delete += 1;
      } else if (roll < 0.96) {
        const at = int(text.length);
        text.format(at, 1 + int(text.length - at), chance(0.5) ? { bold: true } : { bold: null });
        counts.format += 1;
      } else {
        body.delete(body.toArray().indexOf(paragraph), 1);
        counts.dropParagraph += 1;
      }
    };

    const began = Date.now();
    const left = peers.map(() => EDITS);
    let disconnects = 0;
    while (left.some((n) => n > 0)) {
      for (const [i, client] of peers.entries()) {
        const provider = client.provider;
        if (!provider.shouldConnect && chance(0.2)) provider.connect();
        for (let k = 1 + int(3); k > 0 && (left[i] ?? 0) > 0; k--) {
          edit(client);
          left[i] = (left[i] ?? 0) - 1;
        }
        if (provider.shouldConnect && chance(0.03)) {
          provider.disconnect();
          disconnects += 1;
          // Sometimes straight back, while the old socket is still closing.
          if (chance(0.25)) provider.connect();
        }
      }
      // One turn of the event loop: sockets, the server and the disk get to run.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const edited = Date.now();

    for (const p of peers) p.provider.connect();
    // The server's live document is one more replica that must agree.
    const diagnose = (): string => {
      const live = server.planfold.collab.registry.loaded(ROOM);
      const reference = live ? fingerprint(live.doc) : null;
      const lines = peers.map((p, i) => {
        const f = fingerprint(p.doc);
        const state = {
          connected: p.provider.wsconnected,
          synced: p.provider.synced,
          shouldConnect: p.provider.shouldConnect,
          closes: closes[i]?.filter((c) => c !== null),
          sameVector: f.vector === reference?.vector,
          sameXml: f.xml === reference?.xml,
          sameDeletes: live ? Y.equalSnapshots(Y.snapshot(p.doc), Y.snapshot(live.doc)) : null,
        };
        return `  client ${i}: ${JSON.stringify(state)} vector ${f.vector}`;
      });
      return [
        `server room: ${live ? `${live.connections.size} connections, vector ${reference?.vector}` : 'not loaded'}`,
        ...lines,
      ].join('\n');
    };
    let room: NonNullable<ReturnType<typeof server.planfold.collab.registry.loaded>>;
    try {
      room = await waitFor(
        () => {
          if (!peers.every((p) => p.provider.synced && p.provider.wsconnected)) return null;
          const live = server.planfold.collab.registry.loaded(ROOM);
          if (!live || live.connections.size !== CLIENTS) return null;
          const first = JSON.stringify(fingerprint(live.doc));
          const same = (p: CollabClient): boolean =>
            JSON.stringify(fingerprint(p.doc)) === first &&
            Y.equalSnapshots(Y.snapshot(p.doc), Y.snapshot(live.doc));
          return peers.every(same) ? live : null;
        },
        { timeout: 30_000, message: `all 10 clients and the server to converge ${tag}` },
      );
    } catch (error) {
      throw new Error(`${String(error)}\n${diagnose()}`);
    }
    console.log(
      `${tag} ${JSON.stringify(counts)}, ${disconnects} disconnects; ` +
        `edits took ${edited - began} ms, convergence ${Date.now() - edited} ms`,
    );
    const expected = fingerprint(room.doc);
    const expectedSnapshot = Y.snapshot(room.doc);
    for (const p of peers) expect(fingerprint(p.doc), tag).toEqual(expected);
    for (const p of peers) expect(p.refusals, tag).toEqual([]);
    expect(expected.text.length, tag).toBeGreaterThan(100);

    // What is on disk is what they all have: restart on the same data and look with fresh eyes.
    for (const c of clients.splice(0)) c.destroy();
    await stop(server);
    const again = await start({ dataDir: server.dataDir });
    const fresh = connect(again, await login(again, 'sct2'));
    await synced(fresh);
    expect(fingerprint(fresh.doc), tag).toEqual(expected);
    expect(Y.equalSnapshots(Y.snapshot(fresh.doc), expectedSnapshot), `${tag} delete sets`).toBe(
      true,
    );
  });
});
