/**
 * Mutated frames (issue 16, item 7): well-formed y-websocket frames (sync steps, updates that
 * insert, format and nest, awareness, queries) with bytes flipped, inserted, dropped or cut,
 * sent by a signed-in editor to PlanFold in a child process on SQLite and PostgreSQL. A fixed
 * seed and a bounded count per run; `npm run fuzz` runs many more (FUZZ_FRAMES, FUZZ_SEED).
 * Whatever arrives, the process keeps serving and a bystander's edits are stored and relayed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/plainText.js';
import { login, type ApiClient } from '../helpers/api.js';
import {
  expectStillServing,
  hostileDatabases,
  startHostileServer,
  type HostileServer,
} from '../helpers/hostileServer.js';
import { registerPostgresUnavailable } from '../helpers/postgres.js';
import {
  awarenessFrame,
  connectRaw,
  detachedParagraphUpdate,
  prng,
  queryAwarenessFrame,
  syncFrame,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  type RawClient,
} from '../helpers/rawClient.js';
import { waitFor } from '../helpers/waitFor.js';

const FRAMES = Number(process.env.FUZZ_FRAMES ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 16_007);
const SECTION = 'S3_1'; // SCT's, in draft
const textOf = (doc: Y.Doc): string => plainText(doc.getXmlFragment('body'));

/** Valid frames to mutate, made against `base` (what the server holds). */
function seedFrames(base: Y.Doc): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  const body = doc.getXmlFragment('body');
  const quote = new Y.XmlElement('blockquote');
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText('mẫu thử');
  paragraph.insert(0, [text]);
  quote.insert(0, [paragraph]);
  body.insert(body.length, [quote]);
  text.format(0, 3, { bold: true });
  text.delete(1, 2);
  return [
    syncFrame(SYNC_STEP1, Y.encodeStateVector(doc)),
    syncFrame(SYNC_STEP2, Y.encodeStateAsUpdate(doc, before)),
    syncFrame(SYNC_UPDATE, Y.encodeStateAsUpdate(doc, before)),
    syncFrame(SYNC_UPDATE, detachedParagraphUpdate(base, 'đoạn mới')),
    awarenessFrame([{ clientId: doc.clientID, clock: 1, state: '{"cursor":null}' }]),
    queryAwarenessFrame(),
  ];
}

/** One mutation of `frame`: flipped, inserted or dropped bytes, or a cut. */
function mutate(frame: Uint8Array, random: () => number): Uint8Array {
  const bytes = [...frame];
  const at = (): number => Math.floor(random() * (bytes.length + 1));
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const kind = random();
    if (kind < 0.4 && bytes.length > 0)
      bytes[Math.min(at(), bytes.length - 1)] = (random() * 256) | 0;
    else if (kind < 0.6) bytes.splice(at(), 0, (random() * 256) | 0);
    else if (kind < 0.8 && bytes.length > 1) bytes.splice(Math.min(at(), bytes.length - 1), 1);
    else bytes.length = Math.max(1, at());
  }
  return Uint8Array.from(bytes);
}

const { pg, databases } = await hostileDatabases();

describe.each(databases)('mutated frames on %s', (_name, database) => {
  if (!database) {
    if (pg.status !== 'available') registerPostgresUnavailable(pg, 'the frame fuzzer');
    return;
  }

  let server: HostileServer;
  let sct: ApiClient;
  let bcd: ApiClient;
  const raws: RawClient[] = [];

  beforeAll(async () => {
    server = await startHostileServer(database);
    [sct, bcd] = await Promise.all([login(server, 'sct'), login(server, 'bcd')]);
  });
  afterAll(async () => {
    for (const c of raws.splice(0)) c.close();
    await server.dispose();
  });

  it(
    `${FRAMES} mutated frames (seed ${SEED}) never stop the server or a bystander`,
    { timeout: 30_000 + FRAMES * 250 },
    async () => {
      const random = prng(SEED);
      const reader = await connectRaw(server, bcd, SECTION);
      raws.push(reader);
      await reader.synced();
      const outcomes: Record<string, number> = {};
      let fuzzer: RawClient | null = null;
      for (let sent = 0; sent < FRAMES; sent++) {
        if (!fuzzer?.isOpen()) {
          if (fuzzer) {
            const code = String(fuzzer.closeInfo?.code ?? 'closing');
            outcomes[code] = (outcomes[code] ?? 0) + 1;
          }
          // Not waiting for its sync: the server holds frames that arrive before the room is open.
          fuzzer = await connectRaw(server, sct, SECTION);
          raws.push(fuzzer);
        }
        const frames = seedFrames(reader.doc);
        const frame = frames[Math.floor(random() * frames.length)]!;
        fuzzer.sendRaw(mutate(frame, random));
        // A sentinel every few frames: the server has handled what came before.
        if (sent % 20 === 19 && fuzzer.isOpen()) await fuzzer.serverState().catch(() => null);
      }
      console.info(`mutated frames (seed ${SEED}):`, outcomes);
      const writer = await connectRaw(server, sct, SECTION);
      raws.push(writer);
      await writer.synced();
      writer.sendUpdate(detachedParagraphUpdate(writer.doc, 'sau cơn bão'));
      await waitFor(() => textOf(reader.doc).includes('sau cơn bão'), {
        timeout: 20_000,
        message: 'a bystander’s edit is relayed after the fuzzing',
      });
      expect(reader.isOpen()).toBe(true);
      await expectStillServing(server);
    },
  );
});
