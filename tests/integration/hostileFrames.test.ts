/**
 * Hostile bytes on a valid session: oversized and malformed frames close their own socket
 * (1009 / 4400) and nothing else — peers in the same room, clients in other rooms and the
 * process carry on, and nothing malformed ends up stored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { bodyText, connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import {
  awarenessFrame,
  connectRaw,
  detachedParagraphUpdate,
  prng,
  storedState,
  syncFrame,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  writersOf,
  type RawClient,
} from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const OTHER_SECTION = 'S4_5'; // also SCT's
const SEED = 0x5eed;

let server: TestServer;
let sct: ApiClient;
let sct2: ApiClient;
const stock: CollabClient[] = [];
const raws: RawClient[] = [];

const textOf = (doc: Y.Doc): string => bodyText(doc.getXmlFragment('body'));

async function raw(who: ApiClient, room = SECTION): Promise<RawClient> {
  const c = await connectRaw(server, who, room);
  raws.push(c);
  await c.synced();
  return c;
}

function connect(who: ApiClient, room: string): CollabClient {
  const c = connectClient(server, who, room);
  stock.push(c);
  return c;
}

/**
 * Sends `frame`, then a sync step 1 as a probe, in one TCP write (as a loaded machine delivers
 * them, read in one turn). Frames of one socket are handled in order, a write before the probe
 * that answers it, so exactly one of two things follows: the socket closes (the probe is never
 * answered), or the probe is answered (the frame was taken as valid).
 */
async function sendAndSettle(client: RawClient, frame: Uint8Array): Promise<number | 'open'> {
  const seen = client.frames.length;
  client.sendTogether([frame, syncFrame(SYNC_STEP1, new Uint8Array([0]))]);
  return waitFor(
    () =>
      client.closeInfo
        ? client.closeInfo.code
        : client.frames.slice(seen).some((f) => f.kind === 'sync-step2')
          ? ('open' as const)
          : null,
    { message: 'hostile socket settles' },
  );
}

/** Proves the room, another room and the process are fine. */
async function othersStillWork(label: string): Promise<void> {
  const a = connect(sct, SECTION);
  const b = connect(sct2, SECTION);
  const c = connect(sct, OTHER_SECTION);
  const d = connect(sct2, OTHER_SECTION);
  await Promise.all([a, b, c, d].map((x) => synced(x)));
  a.type(`${label}-a`);
  b.type(`${label}-b`);
  c.type(`${label}-c`);
  await waitFor(
    () =>
      a.text() === b.text() &&
      a.text().includes(`${label}-b`) &&
      b.text().includes(`${label}-a`) &&
      d.text().includes(`${label}-c`),
    { message: `${label}: peers converge` },
  );
  const health = await rawRequest<{ status: string }>(server, 'GET', '/api/health');
  expect(health.status).toBe(200);
  expect(health.body.status).toBe('ok');
}

beforeEach(async () => {
  server = await startServer();
  [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of stock.splice(0)) c.destroy();
  for (const c of raws.splice(0)) c.close();
  await server.stop();
});

describe('hostile frames close only their own socket', () => {
  it('a frame over 1 MiB closes the socket with 1009', async () => {
    // peers already in the room, and in another room, while it happens
    const peer = connect(sct2, SECTION);
    const elsewhere = connect(sct2, OTHER_SECTION);
    await Promise.all([synced(peer), synced(elsewhere)]);

    const hostile = await raw(sct);
    const big = new Uint8Array(1024 * 1024 + 16).fill(0x41);
    hostile.sendRaw(syncFrame(SYNC_UPDATE, big));
    await waitFor(() => hostile.closeInfo, { message: 'oversized frame closes' });
    expect(hostile.closeInfo?.code).toBe(1009);
    expect(peer.provider.wsconnected).toBe(true);
    expect(elsewhere.provider.wsconnected).toBe(true);
    await othersStillWork('after-oversize');
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).not.toContain('AAAA');
  });

  it('malformed frames close that socket with 4400, one by one', async () => {
    const random = prng(SEED);
    const randomBytes = (n: number): Uint8Array =>
      Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    const cases: [string, Uint8Array][] = [
      ['empty frame', new Uint8Array(0)],
      ['truncated varint (message type)', Uint8Array.of(0x80)],
      ['truncated varint (long)', Uint8Array.of(0xff, 0xff, 0xff)],
      ['sync without a step', Uint8Array.of(0x00)],
      ['sync with a truncated step', Uint8Array.of(0x00, 0x81)],
      ['sync step 2 whose length runs past the end', Uint8Array.of(0x00, 0x01, 0x7f, 0x01, 0x02)],
      ['unknown message type 4', Uint8Array.of(0x04, 0x00)],
      ['unknown message type 127', Uint8Array.of(0x7f)],
      ['huge message type', Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f)],
      ['auth message from a client', Uint8Array.of(0x02, 0x00, 0x02, 0x6f, 0x6b)],
      ['sync with unknown step 3', syncFrame(3, Uint8Array.of(0, 0))],
      ['sync with unknown step 99', syncFrame(99, new Uint8Array(0))],
      ['garbage update payload', syncFrame(SYNC_UPDATE, Uint8Array.of(0xff, 0xff, 0xff, 0xff))],
      ['garbage sync step 2 payload', syncFrame(SYNC_STEP2, Uint8Array.of(0x05, 0xff, 0x80))],
      ['garbage state vector', syncFrame(SYNC_STEP1, Uint8Array.of(0x03, 0xff))],
      ['awareness with a truncated entry', Uint8Array.of(0x01, 0x03, 0x01, 0x07, 0x00)],
      [
        'awareness whose string runs past the end',
        (() => {
          const frame = awarenessFrame([{ clientId: 1, clock: 1, state: '{"a":1}' }]);
          return frame.slice(0, frame.length - 2);
        })(),
      ],
      ...Array.from({ length: 4 }, (_, i): [string, Uint8Array] => [
        `random bytes #${i} (seed ${SEED})`,
        // unknown types 4..127 followed by noise
        Uint8Array.of(4 + Math.floor(random() * 124), ...randomBytes(32)),
      ]),
      ...Array.from({ length: 4 }, (_, i): [string, Uint8Array] => [
        `random update payload #${i} (seed ${SEED})`,
        syncFrame(SYNC_UPDATE, Uint8Array.of(0x81, ...randomBytes(48))),
      ]),
    ];

    const peer = connect(sct2, SECTION);
    const elsewhere = connect(sct2, OTHER_SECTION);
    await Promise.all([synced(peer), synced(elsewhere)]);

    const outcomes: string[] = [];
    for (const [label, frame] of cases) {
      // sent by an editor allowed to write the section, so nothing stops it but the parser
      const hostile = await raw(sct);
      const outcome = await sendAndSettle(hostile, frame);
      outcomes.push(`${label}: ${outcome}`);
      expect(outcome, label).toBe(4400);
    }
    expect(peer.provider.wsconnected).toBe(true);
    expect(elsewhere.provider.wsconnected).toBe(true);
    await othersStillWork('after-garbage');
    const stored = await storedState(server.planfold, SECTION);
    expect(stored.unreadable).toBe(0);
  });

  it('random bytes of any shape never take down more than their own socket', async () => {
    const random = prng(SEED + 1);
    const outcomes = new Map<string, number>();
    const frames = Array.from({ length: 40 }, () =>
      Uint8Array.from({ length: 1 + Math.floor(random() * 64) }, () =>
        // small values make "almost valid" frames (types 0..3, short lengths) likely
        random() < 0.5 ? Math.floor(random() * 4) : Math.floor(random() * 256),
      ),
    );
    let hostile = await raw(sct);
    for (const frame of frames) {
      const outcome = await sendAndSettle(hostile, frame);
      const key = String(outcome);
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      // closed as malformed, or taken as a (harmless) valid message: never anything else
      expect(['4400', 'open'], Buffer.from(frame).toString('hex')).toContain(key);
      if (outcome !== 'open') hostile = await raw(sct);
    }
    console.info(`random frames (seed ${SEED + 1}):`, Object.fromEntries(outcomes));
    await othersStillWork('after-random');
    expect((await storedState(server.planfold, SECTION)).unreadable).toBe(0);
  });
});

describe('a malformed update that passes the Yjs decoder', () => {
  const POISON_CLIENT = 2_000_000_000;
  const GOOD_CLIENT = 1_000;

  /**
   * Mutates a real update until Y.decodeUpdate accepts it but Y.applyUpdate throws: the kind of
   * update that the server's validation (Y.decodeUpdate in Room.receiveWrite) lets through.
   */
  function poisonFor(base: Y.Doc, seed: number): Uint8Array {
    const random = prng(seed);
    const template = detachedParagraphUpdate(base, 'poison', { clientId: POISON_CLIENT });
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const candidate = template.slice();
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--) {
        candidate[Math.floor(random() * candidate.length)] = Math.floor(random() * 256);
      }
      try {
        Y.decodeUpdate(candidate);
      } catch {
        continue;
      }
      const probe = new Y.Doc();
      Y.applyUpdate(probe, Y.encodeStateAsUpdate(base));
      try {
        Y.applyUpdate(probe, candidate);
      } catch {
        // keep only those that still name the poison client, so the tests can look for it
        if (Y.decodeUpdate(candidate).structs.every((st) => st.id.client === POISON_CLIENT))
          return candidate;
      }
    }
    throw new Error('no poison found');
  }

  it('closes the socket (4400); nothing of it is applied, relayed or stored', async () => {
    const observer = await raw(sct2);
    const hostile = await raw(sct);
    hostile.sendUpdate(poisonFor(hostile.doc, SEED));
    expect(await waitFor(() => hostile.closeInfo, { message: 'poison closes' })).toMatchObject({
      code: 4400,
    });
    // sentinel: a good write from another socket is stored and relayed after it
    const writer = await raw(sct);
    writer.sendUpdate(detachedParagraphUpdate(writer.doc, 'AFTER-POISON'));
    await waitFor(() => textOf(observer.doc).includes('AFTER-POISON'));

    expect(writersOf(observer.doc).has(POISON_CLIENT), 'poison relayed to a peer').toBe(false);
    const fresh = await raw(sct2);
    expect(writersOf(fresh.doc).has(POISON_CLIENT), 'poison applied to the room').toBe(false);
    const stored = await storedState(server.planfold, SECTION);
    expect(stored.unreadable, 'unreadable rows in the store').toBe(0);
    expect(textOf(stored.doc)).toContain('AFTER-POISON');
  });

  it('does not take a good edit of the same batch down with it (on disk, before any compaction)', async () => {
    const observer = await raw(sct2);
    const hostile = await raw(sct);
    const poison = poisonFor(hostile.doc, SEED + 7);
    // a write the server must keep, then the poison, in one turn of the event loop (one batch)
    hostile.sendUpdate(
      detachedParagraphUpdate(hostile.doc, 'GOOD-EDIT', { clientId: GOOD_CLIENT }),
    );
    hostile.sendUpdate(poison);
    await waitFor(() => hostile.closeInfo, { message: 'poison closes' });
    expect(hostile.closeInfo?.code).toBe(4400);
    // the good edit was relayed: peers have it...
    await waitFor(() => textOf(observer.doc).includes('GOOD-EDIT'), {
      message: 'good edit relayed',
    });
    // ...so the disk must have it too. A second server opened on the same database while the
    // first still runs (no compaction yet) loads what a restart after a crash would load.
    const afterCrash = await startServer({ dataDir: server.dataDir });
    try {
      const reader = await connectRaw(afterCrash, await login(afterCrash, 'sct2'), SECTION);
      raws.push(reader);
      await reader.synced();
      expect(textOf(reader.doc), 'relayed edit lost after a crash').toContain('GOOD-EDIT');
    } finally {
      await afterCrash.stop();
    }
    const stored = await storedState(server.planfold, SECTION);
    expect(stored.unreadable, 'unreadable rows in the store').toBe(0);
  });
});
