/**
 * Per-message enforcement on real sockets: a hostile client with a valid session for one agency
 * cannot change a byte of another agency's section, whether it uses the stock provider or crafts
 * y-websocket frames by hand; and awareness cannot be used to appear as someone else.
 *
 * "Nothing happened" is always shown with a positive sentinel: after the refused write, an
 * allowed write (or awareness change) goes through the same room, and once the peer sees the
 * sentinel the refused bytes must be absent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { login, type ApiClient } from '../helpers/api.js';
import { bodyText, connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import {
  closeCodeOf,
  connectRaw,
  paragraphUpdate,
  storedState,
  writersOf,
  type RawAwarenessEntry,
  type RawClient,
} from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1'; // owned by SCT, in DU_THAO

let server: TestServer;
const stock: CollabClient[] = [];
const raws: RawClient[] = [];

function connect(who: ApiClient, room = SECTION, doc?: Y.Doc): CollabClient {
  const c = connectClient(server, who, room, doc);
  stock.push(c);
  return c;
}

async function raw(who: ApiClient, room = SECTION): Promise<RawClient> {
  const c = await connectRaw(server, who, room);
  raws.push(c);
  return c;
}

function disconnectAll(): void {
  for (const c of stock.splice(0)) c.destroy();
  for (const c of raws.splice(0)) c.close();
}

const textOf = (doc: Y.Doc): string => bodyText(doc.getXmlFragment('body'));

async function sees(client: CollabClient, token: string, message = token): Promise<void> {
  await waitFor(() => client.text().includes(token), { message: `peer sees ${message}` });
}

/** The server's document as a newcomer gets it: a fresh raw client's synced copy. */
async function freshCopy(who: ApiClient, room = SECTION): Promise<Y.Doc> {
  const c = await raw(who, room);
  await c.synced();
  return c.doc;
}

beforeEach(async () => {
  server = await startServer();
  // the stock provider reports refusals on the console; the tests read them from `refusals`
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).startsWith('Permission denied')) return;
    warn(...args);
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  disconnectAll();
  await server.stop();
});

describe('cross-agency writes are refused on every path', () => {
  it('an SGTVT editor cannot write SCT\u2019s section: update and sync step 2, stock and raw', async () => {
    const [sct, sct2, sgtvt, skhdt] = await Promise.all(
      ['sct', 'sct2', 'sgtvt', 'skhdt'].map((u) => login(server, u)),
    );
    if (!sct || !sct2 || !sgtvt || !skhdt) throw new Error('login');
    const writer = connect(sct);
    const peer = connect(sct2);
    await Promise.all([synced(writer), synced(peer)]);
    writer.type('BASE-sct');
    await sees(peer, 'BASE-sct');

    const before = Y.encodeStateVector(await freshCopy(skhdt));

    // 1. the stock provider: an update typed after syncing
    const stranger = connect(sgtvt);
    await synced(stranger);
    expect(stranger.text()).toContain('BASE-sct');
    stranger.type('STRANGER-stock-update');
    await waitFor(() => stranger.refusals.length >= 1, { message: 'stock update refused' });
    expect(stranger.refusals).toEqual(['not-owner']);

    // 2. the stock provider: sync step 2 carrying text made offline, sent when it connects
    const offlineDoc = new Y.Doc();
    paragraphUpdate(offlineDoc, 'STRANGER-stock-step2');
    const offline = connect(sgtvt, SECTION, offlineDoc);
    await waitFor(() => offline.refusals.length >= 1, { message: 'stock sync step 2 refused' });
    expect(offline.refusals).toEqual(['not-owner']);

    // 3. raw frames: an update, and a sync step 2, built on the server's own state
    const hostile = await raw(sgtvt);
    await hostile.synced();
    hostile.sendUpdate(paragraphUpdate(hostile.doc, 'STRANGER-raw-update'));
    hostile.sendSyncStep2(paragraphUpdate(hostile.doc, 'STRANGER-raw-step2'));
    // a full-state sync step 2 (everything it has, including the server's own content)
    hostile.sendSyncStep2(Y.encodeStateAsUpdate(hostile.doc));
    await waitFor(() => hostile.refusals().length >= 3, { message: 'raw writes refused' });
    expect(hostile.refusals()).toEqual(['not-owner', 'not-owner', 'not-owner']);

    // Not applied: a newcomer gets exactly the state vector from before.
    const after = await freshCopy(skhdt);
    expect(Y.encodeStateVector(after)).toEqual(before);
    expect(textOf(after)).not.toContain('STRANGER');
    const strangerIds = [stranger.doc.clientID, offlineDoc.clientID, hostile.doc.clientID];
    for (const id of strangerIds) expect(writersOf(after).has(id)).toBe(false);

    // Not relayed: the owner's sentinel reaches the peer, the stranger's text never did.
    writer.type('SENTINEL-after-refusals');
    await sees(peer, 'SENTINEL-after-refusals');
    expect(peer.text()).not.toContain('STRANGER');
    // (the hostile raw client is a peer too: it got the sentinel, and none of the other stranger's text)
    await waitFor(() => textOf(hostile.doc).includes('SENTINEL-after-refusals'));
    expect(textOf(hostile.doc)).not.toContain('STRANGER-stock');

    // Not stored: the database holds the owner's text only...
    const stored = await storedState(server.planfold, SECTION);
    expect(stored.unreadable).toBe(0);
    expect(textOf(stored.doc)).toContain('SENTINEL-after-refusals');
    expect(textOf(stored.doc)).not.toContain('STRANGER');
    for (const id of strangerIds) expect(writersOf(stored.doc).has(id)).toBe(false);

    // ...and so does the section after a restart.
    disconnectAll();
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    const reloaded = await freshCopy(await login(server, 'skhdt'));
    expect(textOf(reloaded)).toContain('BASE-sct');
    expect(textOf(reloaded)).toContain('SENTINEL-after-refusals');
    expect(textOf(reloaded)).not.toContain('STRANGER');
    for (const id of strangerIds) expect(writersOf(reloaded).has(id)).toBe(false);
  });

  it('a stranger cannot delete or reformat the owner\u2019s text either (delete-set-only updates)', async () => {
    const [sct, sct2, sgtvt] = await Promise.all(
      ['sct', 'sct2', 'sgtvt'].map((u) => login(server, u)),
    );
    if (!sct || !sct2 || !sgtvt) throw new Error('login');
    const writer = connect(sct);
    const peer = connect(sct2);
    await Promise.all([synced(writer), synced(peer)]);
    writer.type('KEEP-THIS-PARAGRAPH');
    writer.type('AND-THIS-ONE');
    await sees(peer, 'AND-THIS-ONE');

    const hostile = await raw(sgtvt);
    await hostile.synced();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(hostile.doc));
    const before = Y.encodeStateVector(copy);
    const beforeSnapshot = Y.snapshot(copy);
    copy.getXmlFragment('body').delete(0, 1);
    const deletion = Y.encodeStateAsUpdate(copy, before);
    // nothing but a delete set: no new items at all
    expect(Y.decodeUpdate(deletion).structs).toHaveLength(0);
    expect(Y.snapshotContainsUpdate(beforeSnapshot, deletion)).toBe(false);
    hostile.sendUpdate(deletion);
    // and a rename of the paragraph node's attributes (new items in an existing element)
    const copy2 = new Y.Doc();
    Y.applyUpdate(copy2, Y.encodeStateAsUpdate(hostile.doc));
    const before2 = Y.encodeStateVector(copy2);
    const first = copy2.getXmlFragment('body').get(0);
    if (first instanceof Y.XmlElement) first.setAttribute('data-hijacked', 'yes');
    hostile.sendSyncStep2(Y.encodeStateAsUpdate(copy2, before2));
    await waitFor(() => hostile.refusals().length >= 2, { message: 'deletion refused' });
    expect(hostile.refusals()).toEqual(['not-owner', 'not-owner']);

    writer.type('SENTINEL-DELETE');
    await sees(peer, 'SENTINEL-DELETE');
    expect(peer.text()).toContain('KEEP-THIS-PARAGRAPH');
    expect(peer.body.toJSON()).not.toContain('hijacked');
    const stored = textOf((await storedState(server.planfold, SECTION)).doc);
    expect(stored).toContain('KEEP-THIS-PARAGRAPH');
    const fresh = await freshCopy(sct2);
    expect(textOf(fresh)).toContain('KEEP-THIS-PARAGRAPH');
    expect(fresh.getXmlFragment('body').toJSON()).not.toContain('hijacked');
  });

  it('the consultant is refused on an agency section and writes its own synthesis section (MD)', async () => {
    const [tv, sct, skhdt] = await Promise.all(['tv', 'sct', 'skhdt'].map((u) => login(server, u)));
    if (!tv || !sct || !skhdt) throw new Error('login');

    const sctPeer = connect(sct, 'S3_1');
    const tvOnAgency = connect(tv, 'S3_1');
    await Promise.all([synced(sctPeer), synced(tvOnAgency)]);
    tvOnAgency.type('TV-in-S3_1');
    await waitFor(() => tvOnAgency.refusals.length >= 1, { message: 'consultant refused' });
    expect(tvOnAgency.refusals).toEqual(['not-owner']);

    const mdPeer = connect(skhdt, 'MD');
    const tvOnMd = connect(tv, 'MD');
    await Promise.all([synced(mdPeer), synced(tvOnMd)]);
    tvOnMd.type('TV-in-MD');
    await sees(mdPeer, 'TV-in-MD');
    expect(tvOnMd.refusals).toEqual([]);

    const sentinel = connect(sct, 'S3_1');
    await synced(sentinel);
    sentinel.type('SCT-SENTINEL');
    await sees(sctPeer, 'SCT-SENTINEL');
    expect(sctPeer.text()).not.toContain('TV-in-S3_1');
    expect(textOf((await storedState(server.planfold, 'S3_1')).doc)).not.toContain('TV-in');
    expect(textOf((await storedState(server.planfold, 'MD')).doc)).toContain('TV-in-MD');
  });

  it('the leader and the admin are refused for their role', async () => {
    const [bcd, admin, sct] = await Promise.all(
      ['bcd', 'admin', 'sct'].map((u) => login(server, u)),
    );
    if (!bcd || !admin || !sct) throw new Error('login');
    const owner = connect(sct);
    const leader = connect(bcd);
    const adminClient = connect(admin, 'S1_4'); // owned by SKHDT, the admin's own agency
    await Promise.all([synced(owner), synced(leader), synced(adminClient)]);
    leader.type('LEADER-TEXT');
    adminClient.type('ADMIN-TEXT');
    await waitFor(() => leader.refusals.length >= 1 && adminClient.refusals.length >= 1, {
      message: 'leader and admin refused',
    });
    expect(leader.refusals).toEqual(['role']);
    expect(adminClient.refusals).toEqual(['role']);

    owner.type('OWNER-SENTINEL');
    await sees(leader, 'OWNER-SENTINEL');
    expect(owner.text()).not.toContain('LEADER');
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).not.toContain('LEADER');
    expect(textOf((await storedState(server.planfold, 'S1_4')).doc)).not.toContain('ADMIN');
  });

  it('a connection that keeps sending refused writes is closed with 4403; others carry on', async () => {
    const [sgtvt, sct, sct2] = await Promise.all(
      ['sgtvt', 'sct', 'sct2'].map((u) => login(server, u)),
    );
    if (!sgtvt || !sct || !sct2) throw new Error('login');
    const writer = connect(sct);
    const peer = connect(sct2);
    await Promise.all([synced(writer), synced(peer)]);

    const hostile = await raw(sgtvt);
    await hostile.synced();
    const attempts = 40;
    for (let i = 0; i < attempts; i++) {
      hostile.sendUpdate(paragraphUpdate(hostile.doc, `FLOOD-${i}`));
    }
    expect(await closeCodeOf(hostile)).toBe(4403);
    const refusals = hostile.refusals();
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.length).toBeLessThan(attempts);
    expect(new Set(refusals)).toEqual(new Set(['not-owner']));

    writer.type('STILL-WORKING');
    await sees(peer, 'STILL-WORKING');
    expect(peer.text()).not.toContain('FLOOD');
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).not.toContain('FLOOD');
  });

  it('a read-only client may read: its sync step 1 is answered with the content', async () => {
    const [sct, sgtvt] = await Promise.all(['sct', 'sgtvt'].map((u) => login(server, u)));
    if (!sct || !sgtvt) throw new Error('login');
    const writer = connect(sct);
    await synced(writer);
    writer.type('READ-ME');
    await waitFor(async () =>
      textOf((await storedState(server.planfold, SECTION)).doc).includes('READ-ME'),
    );

    const reader = await raw(sgtvt);
    await reader.synced();
    expect(textOf(reader.doc)).toContain('READ-ME');
    // a second, explicit step 1 from an empty state vector is answered again, in full
    const steps = reader.frames.filter((f) => f.kind === 'sync-step2').length;
    reader.sendSyncStep1(Y.encodeStateVector(new Y.Doc()));
    await waitFor(() => reader.frames.filter((f) => f.kind === 'sync-step2').length > steps);
    const last = reader.frames.filter((f) => f.kind === 'sync-step2').at(-1);
    if (last?.kind !== 'sync-step2') throw new Error('no step 2');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, last.update);
    expect(textOf(copy)).toContain('READ-ME');
    expect(reader.refusals()).toEqual([]);
    expect(reader.isOpen()).toBe(true);
  });

  it('a read-only stock client that only reads gets no refusal (its empty step 2 is ignored)', async () => {
    const [sct, sgtvt, bcd, tv] = await Promise.all(
      ['sct', 'sgtvt', 'bcd', 'tv'].map((u) => login(server, u)),
    );
    if (!sct || !sgtvt || !bcd || !tv) throw new Error('login');
    const writer = connect(sct);
    await synced(writer);
    writer.type('BEFORE-READERS');
    const readers = [connect(sgtvt), connect(bcd), connect(tv)];
    await Promise.all(readers.map((r) => synced(r)));
    for (const r of readers) await sees(r, 'BEFORE-READERS');
    writer.type('AFTER-READERS');
    for (const r of readers) await sees(r, 'AFTER-READERS');
    for (const r of readers) expect(r.refusals).toEqual([]);
    // a reader reconnecting (step 2 holding only what the server already has) is not refused
    const again = connect(
      sgtvt,
      SECTION,
      (() => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.doc));
        return doc;
      })(),
    );
    await synced(again);
    writer.type('AFTER-RECONNECT');
    await sees(again, 'AFTER-RECONNECT');
    expect(again.refusals).toEqual([]);
  });
});

describe('awareness cannot be used to appear as someone else', () => {
  interface AwarenessUser {
    name?: string;
    agency?: string;
    id?: string;
  }
  const userIn = (c: CollabClient, clientId: number): AwarenessUser | undefined =>
    (c.provider.awareness.getStates().get(clientId) as { user?: AwarenessUser } | undefined)?.user;

  it('a forged name and agency reach peers as the session\u2019s real identity', async () => {
    const [sct, sgtvt] = await Promise.all(['sct', 'sgtvt'].map((u) => login(server, u)));
    if (!sct || !sgtvt) throw new Error('login');
    const forger = connect(sct);
    const peer = connect(sgtvt);
    await Promise.all([synced(forger), synced(peer)]);
    forger.provider.awareness.setLocalStateField('user', {
      name: 'Giám đốc Sở',
      agency: 'SKHDT',
      id: 'u-forged',
    });
    forger.provider.awareness.setLocalStateField('cursor', { marker: 'FORGED-1' });
    const id = forger.doc.clientID;
    await waitFor(
      () =>
        (
          peer.provider.awareness.getStates().get(id) as
            { cursor?: { marker?: string } } | undefined
        )?.cursor?.marker === 'FORGED-1',
      { message: 'peer sees the forger\u2019s cursor' },
    );
    expect(userIn(peer, id)).toMatchObject({ name: sct.user.name, agency: 'SCT', id: sct.user.id });
    expect(userIn(peer, id)?.name).not.toBe('Giám đốc Sở');
  });

  it('entries for another connection\u2019s client id never reach peers', async () => {
    const [sct, sgtvt, skhdt] = await Promise.all(
      ['sct', 'sgtvt', 'skhdt'].map((u) => login(server, u)),
    );
    if (!sct || !sgtvt || !skhdt) throw new Error('login');
    const victim = connect(sct);
    const observer = connect(skhdt);
    await Promise.all([synced(victim), synced(observer)]);
    victim.provider.awareness.setLocalStateField('cursor', { marker: 'VICTIM' });
    const victimId = victim.doc.clientID;
    await waitFor(() => userIn(observer, victimId)?.agency === 'SCT');

    const attacker = await raw(sgtvt);
    await attacker.synced();
    const ownId = attacker.doc.clientID;
    const forged: RawAwarenessEntry[] = [
      // take over the victim's entry, with a clock far ahead and with a removal
      { clientId: victimId, clock: 1_000, state: JSON.stringify({ cursor: { marker: 'HIJACK' } }) },
      { clientId: victimId, clock: 1_001, state: 'null' },
    ];
    attacker.sendAwareness(forged);
    // and inside an update of its own: only the first id it announces is its own
    attacker.sendAwareness([
      { clientId: ownId, clock: 1, state: JSON.stringify({ cursor: { marker: 'ATTACKER-OWN' } }) },
      {
        clientId: victimId,
        clock: 2_000,
        state: JSON.stringify({ cursor: { marker: 'HIJACK-2' } }),
      },
    ]);
    // sentinel: the attacker's own entry reaches the observer
    await waitFor(
      () =>
        (
          observer.provider.awareness.getStates().get(ownId) as
            { cursor?: { marker?: string } } | undefined
        )?.cursor?.marker === 'ATTACKER-OWN',
      { message: 'observer sees the attacker\u2019s own entry' },
    );
    expect(userIn(observer, ownId)?.agency).toBe('SGTVT');
    const victimState = observer.provider.awareness.getStates().get(victimId) as
      { cursor?: { marker?: string }; user?: AwarenessUser } | undefined;
    expect(victimState?.cursor?.marker).toBe('VICTIM');
    expect(victimState?.user?.agency).toBe('SCT');
    // the victim itself was not told anything about its own id either
    expect(victim.provider.awareness.getLocalState()).toMatchObject({
      cursor: { marker: 'VICTIM' },
    });
  });

  it('a client that leaves is removed for everyone; awareness is never echoed to its sender', async () => {
    const [sct, sgtvt, skhdt] = await Promise.all(
      ['sct', 'sgtvt', 'skhdt'].map((u) => login(server, u)),
    );
    if (!sct || !sgtvt || !skhdt) throw new Error('login');
    const a = await raw(sct);
    const b = await raw(sgtvt);
    const stockPeer = connect(skhdt);
    await Promise.all([a.synced(), b.synced(), synced(stockPeer)]);
    const aId = a.doc.clientID;
    const bId = b.doc.clientID;

    a.sendAwareness([{ clientId: aId, clock: 1, state: JSON.stringify({ cursor: 'from-a' }) }]);
    await waitFor(() =>
      b.frames.some((f) => f.kind === 'awareness' && f.entries.some((e) => e.clientId === aId)),
    );
    await waitFor(() => stockPeer.provider.awareness.getStates().has(aId));
    const bSees = b.frames.flatMap((f) => (f.kind === 'awareness' ? f.entries : []));
    const fromA = bSees.find((e) => e.clientId === aId);
    expect(JSON.parse(fromA?.state ?? '{}')).toMatchObject({
      cursor: 'from-a',
      user: { name: sct.user.name, agency: 'SCT' },
    });

    // sentinel for "never echoed": b's entry reaches a, after a's own would have
    b.sendAwareness([{ clientId: bId, clock: 1, state: JSON.stringify({ cursor: 'from-b' }) }]);
    await waitFor(() =>
      a.frames.some((f) => f.kind === 'awareness' && f.entries.some((e) => e.clientId === bId)),
    );
    const aSees = a.frames.flatMap((f) => (f.kind === 'awareness' ? f.entries : []));
    expect(aSees.some((e) => e.clientId === aId)).toBe(false);

    // a leaves: b and the stock peer are told it is gone
    a.close();
    await waitFor(
      () =>
        b.frames.some(
          (f) =>
            f.kind === 'awareness' &&
            f.entries.some((e) => e.clientId === aId && e.state === 'null'),
        ),
      { message: 'removal reaches b' },
    );
    await waitFor(() => !stockPeer.provider.awareness.getStates().has(aId), {
      message: 'removal reaches the stock peer',
    });
    // and a newcomer does not see it
    const late = await raw(sgtvt);
    await late.synced();
    late.sendQueryAwareness();
    await waitFor(() => late.frames.some((f) => f.kind === 'awareness'));
    const lateSees = late.frames.flatMap((f) => (f.kind === 'awareness' ? f.entries : []));
    expect(lateSees.some((e) => e.clientId === aId && e.state !== 'null')).toBe(false);
    expect(lateSees.some((e) => e.clientId === bId)).toBe(true);
  });
});
