/**
 * Hostile clients with valid sessions (issue 16), against PlanFold in a child process on SQLite
 * and on PostgreSQL: whatever they send, the process does not exit, their own socket is the only
 * one closed, and nothing they may not write is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/plainText.js';
import { MAX_NESTING_DEPTH } from '../../shared/protocol/collab.js';
import type { Dashboard } from '../../shared/dashboard.js';
import { login, type ApiClient } from '../helpers/api.js';
import {
  expectStillServing,
  hostileDatabases,
  startHostileServer,
  type HostileServer,
} from '../helpers/hostileServer.js';
import {
  closeCodeOf,
  connectRaw,
  detachedParagraphUpdate,
  paragraphUpdate,
  syncFrame,
  SYNC_STEP1,
  type RawClient,
} from '../helpers/rawClient.js';
import { registerPostgresUnavailable } from '../helpers/postgres.js';
import { PLAN_ID } from '../helpers/review.js';
import { waitFor } from '../helpers/waitFor.js';

const textOf = (doc: Y.Doc): string => plainText(doc.getXmlFragment('body'));

const SECTION = 'S3_1'; // SCT's, in draft
const OTHER = 'S4_5'; // SCT's too
const THIRD = 'S3_3'; // SCT's too
const OWNER = 4242;
const STRANGER = 777;

/** A copy of `base` whose edits are made under `clientId` (set after: Yjs moves an id it sees used). */
function docWithId(base: Y.Doc, clientId: number): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  doc.clientID = clientId;
  return doc;
}

/** Types `text` at the end of the last paragraph; returns the update. */
function typeAtEnd(doc: Y.Doc, text: string): Uint8Array {
  const body = doc.getXmlFragment('body');
  const paragraph = body.get(body.length - 1) as Y.XmlElement;
  const node = paragraph.get(0) as Y.XmlText;
  const before = Y.encodeStateVector(doc);
  node.insert(node.length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

/** An update that nests `levels` block quotes, built level by level (no recursion here either). */
function nestedUpdate(levels: number): Uint8Array {
  const doc = new Y.Doc();
  let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('body');
  for (let i = 0; i < levels; i++) {
    const quote = new Y.XmlElement('blockquote');
    parent.insert(0, [quote]);
    parent = quote;
  }
  parent.insert(0, [new Y.XmlText('deep')]);
  return Y.encodeStateAsUpdate(doc);
}

/** The deepest nesting of types in a document, walked with a stack. */
function depthOf(doc: Y.Doc): number {
  let deepest = 0;
  const work: [Y.XmlFragment | Y.XmlElement, number][] = [[doc.getXmlFragment('body'), 0]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of node.toArray())
      if (child instanceof Y.XmlElement) work.push([child, depth + 1]);
  }
  return deepest;
}

const { pg, databases } = await hostileDatabases();

describe.each(databases)('hostile clients on %s', (_name, database) => {
  if (!database) {
    if (pg.status !== 'available') registerPostgresUnavailable(pg, 'the hostile-client suite');
    return;
  }

  let server: HostileServer;
  const raws: RawClient[] = [];
  const raw = async (who: ApiClient, room = SECTION): Promise<RawClient> => {
    const c = await connectRaw(server, who, room);
    raws.push(c);
    await c.synced();
    return c;
  };

  const stillServing = (): Promise<void> => expectStillServing(server);

  describe('a fresh store', () => {
    let sct: ApiClient;
    let sct2: ApiClient;
    let bcd: ApiClient;

    beforeAll(async () => {
      server = await startHostileServer(database);
      [sct, sct2, bcd] = await Promise.all([
        login(server, 'sct'),
        login(server, 'sct2'),
        login(server, 'bcd'),
      ]);
    });
    afterAll(async () => {
      for (const c of raws.splice(0)) c.close();
      await server.dispose();
    });

    it('item 1: a malformed sync step 1 from a reader while an editor types closes only that reader (4400)', async () => {
      const editor = await raw(sct);
      const watcher = await raw(sct2);
      // A state vector claiming 5 entries and holding one byte, sent while writes are stored.
      const malformed = syncFrame(SYNC_STEP1, Uint8Array.of(0x05, 0x01));
      for (let i = 0; i < 20; i++) {
        const leader = await connectRaw(server, bcd, SECTION);
        raws.push(leader);
        editor.sendUpdate(detachedParagraphUpdate(editor.doc, `typing-${i}`));
        leader.sendRaw(malformed);
        expect(await closeCodeOf(leader), `try ${i}`).toBe(4400);
      }
      await waitFor(() => textOf(watcher.doc).includes('typing-19'), {
        message: 'the editor’s text reaches its peer',
      });
      await stillServing();
    });

    it('item 2: an update nested deeper than the limit is refused (too-deep); the section goes on', async () => {
      const hostile = await raw(sct, OTHER);
      const reader = await raw(bcd, OTHER);
      hostile.sendUpdate(nestedUpdate(6000));
      await waitFor(() => hostile.refusals().includes('too-deep'), { message: 'refused' });
      // At the limit is fine: what the editor can make is never refused.
      const atLimit = await raw(sct2, OTHER);
      atLimit.sendUpdate(nestedUpdate(MAX_NESTING_DEPTH - 1));
      // An ordinary edit after it: stored, relayed, and counted by the facts timer.
      const writer = await raw(sct2, OTHER);
      writer.sendUpdate(detachedParagraphUpdate(writer.doc, 'sau khi bị từ chối'));
      await waitFor(() => textOf(reader.doc).includes('sau khi'), {
        message: 'the ordinary edit is relayed',
      });
      await waitFor(
        async () => {
          const d = await bcd.request<Dashboard>('GET', `/api/plans/${PLAN_ID}/dashboard`);
          return (d.body.agencies.find((a) => a.agency === 'SCT')?.words ?? 0) > 0;
        },
        { timeout: 20_000, message: 'the facts timer counts the section' },
      );
      const state = await reader.serverState();
      expect(depthOf(state)).toBeLessThanOrEqual(MAX_NESTING_DEPTH);
      expect(atLimit.refusals()).toEqual([]);
      await stillServing();
    });

    it('items 5, 6: an update that waits for content the server lacks is refused (incomplete), never merged into the next writer’s edit', async () => {
      const owner = await raw(sct, THIRD);
      const watcher = await raw(bcd, THIRD);
      const mine = docWithId(owner.doc, OWNER);
      owner.sendUpdate(paragraphUpdate(mine, 'chủ mục'));
      await waitFor(() => textOf(watcher.doc).includes('chủ mục'), { message: 'owner text' });
      // Anchored on the owner's next keystroke, which the server does not have yet.
      const guess = docWithId(watcher.doc, OWNER);
      typeAtEnd(guess, 'Y');
      const known = Y.encodeStateVector(guess);
      guess.clientID = STRANGER;
      typeAtEnd(guess, 'CHEN-VAO');
      const hostile = await raw(sct2, THIRD);
      hostile.sendUpdate(Y.encodeStateAsUpdate(guess, known));
      await waitFor(() => hostile.refusals().includes('incomplete'), { message: 'refused' });
      owner.sendUpdate(typeAtEnd(mine, 'Y'));
      await waitFor(() => textOf(watcher.doc).includes('chủ mụcY'), { message: 'owner types' });
      expect(textOf(watcher.doc)).not.toContain('CHEN-VAO');
      // Never-integrating updates pile up nowhere: a new reader's first sync stays small.
      const before = (await watcher.serverState()).store.clients.size;
      const far = docWithId(watcher.doc, OWNER);
      typeAtEnd(far, 'x'.repeat(50));
      const farKnown = Y.encodeStateVector(far);
      far.clientID = STRANGER + 1;
      typeAtEnd(far, 'CHEN-VAO');
      for (let i = 0; i < 10; i++) hostile.sendUpdate(Y.encodeStateAsUpdate(far, farKnown));
      await hostile.serverState();
      const fresh = await raw(bcd, THIRD);
      expect(textOf(fresh.doc)).not.toContain('CHEN-VAO');
      expect(fresh.doc.store.clients.size).toBe(before);
      await stillServing();
    });

    it('item 7: a colleague cannot write or announce presence under another user’s client id', async () => {
      const owner = await raw(sct, SECTION);
      const watcher = await raw(bcd, SECTION);
      const mine = docWithId(owner.doc, OWNER);
      owner.sendUpdate(paragraphUpdate(mine, 'mở đầu'));
      await waitFor(() => textOf(watcher.doc).includes('mở đầu'), { message: 'owner text' });
      const hijack = docWithId(watcher.doc, OWNER);
      const colleague = await raw(sct2, SECTION);
      colleague.sendUpdate(typeAtEnd(hijack, 'CUOP'));
      await waitFor(() => colleague.refusals().includes('client-id'), {
        message: `refused as client-id (${colleague.refusals().join()}; ${colleague.closeInfo?.code})`,
      });
      colleague.sendAwareness([{ clientId: OWNER, clock: 99, state: '{"cursor":null}' }]);
      for (let i = 0; i < 60; i++) owner.sendUpdate(typeAtEnd(mine, 'k'));
      await waitFor(() => textOf(watcher.doc).includes(`mở đầu${'k'.repeat(60)}`), {
        message: 'all 60 keys stored and relayed',
      });
      const stored = await watcher.serverState();
      expect(textOf(stored)).not.toContain('CUOP');
      const forged = watcher.frames.flatMap((f) =>
        f.kind === 'awareness' ? f.entries.filter((e) => e.clientId === OWNER) : [],
      );
      expect(forged.map((e) => e.state).join()).not.toContain(sct2.user.name);
      await stillServing();
    });

    it('item 8: a socket whose session has expired is closed (4401)', async () => {
      const short = await startHostileServer(database, { env: { SESSION_TTL_HOURS: '0.001' } });
      try {
        const who = await login(short, 'sct');
        const socket = await connectRaw(short, who, SECTION);
        raws.push(socket);
        await socket.synced();
        expect(await closeCodeOf(socket, 30_000)).toBe(4401);
        expect(short.hasExited()).toBe(false);
      } finally {
        await short.dispose();
      }
    });
  });

  describe('a stored section nested too deep (written before the limit)', () => {
    beforeAll(async () => {
      server = await startHostileServer(database, {
        plant: async (store) => {
          await store.documents.append(SECTION, nestedUpdate(6000), SECTION);
        },
      });
    });
    afterAll(async () => {
      for (const c of raws.splice(0)) c.close();
      await server.dispose();
    });

    it('item 2: is quarantined — readable, writes refused (quarantined) and audited, never a crash', async () => {
      const [sct, bcd, skhdt] = await Promise.all([
        login(server, 'sct'),
        login(server, 'bcd'),
        login(server, 'skhdt'),
      ]);
      const reader = await raw(bcd);
      expect(reader.doc.getXmlFragment('body').length).toBe(1);
      const editor = await raw(sct);
      editor.sendUpdate(detachedParagraphUpdate(editor.doc, 'sửa mục lồng sâu'));
      await waitFor(() => editor.refusals().includes('quarantined'), { message: 'refused' });
      const audit = await skhdt.request<{ entries: { action: string; sectionId: string }[] }>(
        'GET',
        `/api/audit?action=quarantine`,
      );
      expect(audit.body.entries.map((e) => e.sectionId)).toContain(SECTION);
      // Other sections are written as usual.
      const other = await raw(sct, OTHER);
      const otherReader = await raw(bcd, OTHER);
      other.sendUpdate(detachedParagraphUpdate(other.doc, 'mục khác'));
      await waitFor(() => textOf(otherReader.doc).includes('mục khác'));
      expect(textOf(await reader.serverState())).not.toContain('sửa');
      await stillServing();
    });
  });
});
