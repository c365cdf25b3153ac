/**
 * Coordinator locks and assignments: authorized by the policy over REST, effective at once on
 * every open connection (both ways), visible live in the plan room, and enforced a second time
 * by the document store.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { login, type ApiClient } from '../helpers/api.js';
import { bodyText, connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import {
  connectRaw,
  detachedParagraphUpdate,
  paragraphUpdate,
  prng,
  storedState,
  type RawClient,
} from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1'; // SCT, DU_THAO; contributors BQLKKT, SKHCN, STNMT
const PLAN_ROOM = 'plan:QHT-LS-2021-2030';
const CONTRIBUTORS = ['BQLKKT', 'SKHCN', 'STNMT'];

interface SectionView {
  id: string;
  owner: string;
  contributors: string[];
  writers: string[];
  locked: boolean;
  lock: { by: string; byName: string; byAgency: string; at: string; note: string } | null;
}
interface SectionReply {
  section: SectionView;
}
interface ErrorReply {
  error: { code: string; message: string };
}

let server: TestServer;
const stock: CollabClient[] = [];
const raws: RawClient[] = [];

const textOf = (doc: Y.Doc): string => bodyText(doc.getXmlFragment('body'));

async function raw(who: ApiClient, room = SECTION): Promise<RawClient> {
  const c = await connectRaw(server, who, room);
  raws.push(c);
  await c.synced();
  return c;
}
function connect(who: ApiClient, room = SECTION): CollabClient {
  const c = connectClient(server, who, room);
  stock.push(c);
  return c;
}

const lock = (who: ApiClient, note = 'Đã phê duyệt', id = SECTION) =>
  who.request<SectionReply & ErrorReply>('POST', `/api/sections/${id}/lock`, { note });
const unlock = (who: ApiClient, id = SECTION) =>
  who.request<SectionReply & ErrorReply>('DELETE', `/api/sections/${id}/lock`);
const assign = (
  who: ApiClient,
  body: { owner: string; contributors: string[]; writers?: string[] },
  id = SECTION,
) => who.request<SectionReply & ErrorReply>('PUT', `/api/sections/${id}/assignment`, body);

/** Sends one detached paragraph from `writer`; resolves once it was refused or seen by `observer`. */
async function write(
  writer: RawClient,
  observer: RawClient,
  token: string,
): Promise<'relayed' | 'refused'> {
  const refusals = writer.refusals().length;
  writer.sendUpdate(detachedParagraphUpdate(writer.doc, token));
  return waitFor(
    () =>
      textOf(observer.doc).includes(token)
        ? 'relayed'
        : writer.refusals().length > refusals
          ? 'refused'
          : null,
    { message: `outcome of ${token}` },
  );
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
  for (const c of stock.splice(0)) c.destroy();
  for (const c of raws.splice(0)) c.close();
  await server.stop();
});

describe('lock and unlock over REST', () => {
  it('coordinator only; 409 when already (un)locked; the plan shows the lock', async () => {
    const [skhdt, sct, tv, bcd, admin] = await Promise.all(
      ['skhdt', 'sct', 'tv', 'bcd', 'admin'].map((u) => login(server, u)),
    );
    if (!skhdt || !sct || !tv || !bcd || !admin) throw new Error('login');

    for (const who of [sct, tv, bcd, admin]) {
      const refused = await lock(who);
      expect(refused.status, who.user.username).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    const locked = await lock(skhdt, 'Đã phê duyệt theo Quyết định 123');
    expect(locked.status).toBe(200);
    expect(locked.body.section.locked).toBe(true);
    expect(locked.body.section.lock).toMatchObject({
      by: skhdt.user.id,
      byName: skhdt.user.name,
      byAgency: 'SKHDT',
      note: 'Đã phê duyệt theo Quyết định 123',
    });
    expect((await lock(skhdt)).status).toBe(409);
    expect((await lock(skhdt)).body.error.code).toBe('conflict');

    const plan = await sct.request<{ sections: SectionView[] }>(
      'GET',
      '/api/plans/QHT-LS-2021-2030',
    );
    expect(plan.body.sections.find((s) => s.id === SECTION)?.locked).toBe(true);

    for (const who of [sct, tv, bcd, admin]) expect((await unlock(who)).status).toBe(403);
    const unlocked = await unlock(skhdt);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.section.locked).toBe(false);
    expect(unlocked.body.section.lock).toBeNull();
    expect((await unlock(skhdt)).status).toBe(409);
    expect((await lock(skhdt, 'x', 'NO_SUCH_SECTION')).status).toBe(404);
  });
});

describe('locks take effect on open connections', () => {
  it('a write after the lock is refused and not stored; unlock restores writing live', async () => {
    const [skhdt, sct, sct2] = await Promise.all(
      ['skhdt', 'sct', 'sct2'].map((u) => login(server, u)),
    );
    if (!skhdt || !sct || !sct2) throw new Error('login');
    const writer = await raw(sct);
    const observer = await raw(sct2);
    expect(await write(writer, observer, 'BEFORE-LOCK')).toBe('relayed');

    // a stock editor open at the same time, as in a browser
    const typist = connect(sct);
    await synced(typist);

    expect((await lock(skhdt)).status).toBe(200);
    const before = Y.encodeStateVector(await observer.serverState());

    expect(await write(writer, observer, 'AFTER-LOCK-raw')).toBe('refused');
    expect(writer.refusals().at(-1)).toBe('locked');
    typist.type('AFTER-LOCK-stock');
    await waitFor(() => typist.refusals.length > 0, { message: 'stock typist refused' });
    expect(typist.refusals).toEqual(['locked']);
    // nothing changed on the server
    expect(Y.encodeStateVector(await observer.serverState())).toEqual(before);
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).not.toContain('AFTER-LOCK');

    expect((await unlock(skhdt)).status).toBe(200);
    // the same connection writes again at once
    expect(await write(writer, observer, 'AFTER-UNLOCK')).toBe('relayed');
    expect(textOf(observer.doc)).not.toContain('AFTER-LOCK');
    const stored = textOf((await storedState(server.planfold, SECTION)).doc);
    expect(stored).toContain('AFTER-UNLOCK');
    expect(stored).not.toContain('AFTER-LOCK');
  });

  it('a write in flight when the lock lands is either stored and relayed, or refused and not stored', async () => {
    const [skhdt, sct, sct2] = await Promise.all(
      ['skhdt', 'sct', 'sct2'].map((u) => login(server, u)),
    );
    if (!skhdt || !sct || !sct2) throw new Error('login');
    const writer = await raw(sct);
    const observer = await raw(sct2);
    const seed = 0x10c4;
    const random = prng(seed);
    // count the writes that passed the live check but met the lock in the store (second wall)
    const documents = server.planfold.store.documents;
    const append = documents.append.bind(documents);
    let refusedByStore = 0;
    const appendSpy = vi.spyOn(documents, 'append').mockImplementation(async (...args) => {
      const seq = await append(...args);
      if (seq === null) refusedByStore += 1;
      return seq;
    });
    const ticks = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    };

    const rounds = 24;
    const outcomes: { token: string; refused: boolean; relayed: boolean; onServer: boolean }[] = [];
    for (let round = 0; round < rounds; round++) {
      const token = `[RACE-${round}]`;
      const update = detachedParagraphUpdate(writer.doc, token);
      const refusalsBefore = writer.refusals().length;
      const jitter = Math.floor(random() * 6);
      const sendFirst = random() < 0.5;
      // the write and the lock race each other over two sockets
      const sending = (async () => {
        if (!sendFirst) await ticks(jitter);
        writer.sendUpdate(update);
      })();
      const locking = (async () => {
        if (sendFirst) await ticks(jitter);
        return lock(skhdt, `round ${round}`);
      })();
      const [, locked] = await Promise.all([sending, locking]);
      expect(locked.status).toBe(200);
      expect((await unlock(skhdt)).status).toBe(200);

      // Sentinel: an allowed write from the same socket reaches the observer, so the raced
      // write was decided before it; then the writer's own sync answers everything sent to it.
      const sentinel = `[SENTINEL-${round}]`;
      expect(await write(writer, observer, sentinel)).toBe('relayed');
      const state = await writer.serverState();
      const refusals = writer.refusals().slice(refusalsBefore);
      expect(
        refusals.every((r) => r === 'locked'),
        refusals.join(),
      ).toBe(true);
      outcomes.push({
        token,
        refused: refusals.length > 0,
        relayed: textOf(observer.doc).includes(token),
        onServer: textOf(state).includes(token),
      });
    }
    console.info(
      `lock race (seed ${seed}): ${outcomes.filter((o) => o.relayed).length} stored, ${
        outcomes.filter((o) => o.refused).length
      } refused of ${rounds} (${refusedByStore} of them by the store's own lock check)`,
    );
    for (const o of outcomes) {
      expect(
        (o.refused && !o.relayed && !o.onServer) || (!o.refused && o.relayed && o.onServer),
        JSON.stringify(o),
      ).toBe(true);
    }

    // What is on disk, and what survives a restart, is exactly what was relayed.
    const stored = textOf((await storedState(server.planfold, SECTION)).doc);
    for (const o of outcomes) expect(stored.includes(o.token), o.token).toBe(o.relayed);
    appendSpy.mockRestore();
    for (const c of raws.splice(0)) c.close();
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    const reloaded = await raw(await login(server, 'sct'));
    const text = textOf(reloaded.doc);
    for (const o of outcomes) expect(text.includes(o.token), o.token).toBe(o.relayed);
    for (let round = 0; round < rounds; round++) expect(text).toContain(`[SENTINEL-${round}]`);
  });
});

describe('approval locks through the workflow', () => {
  it('approving (DA_DUYET_KHOA) locks at once; unlocking reopens it for the consultant, not the agency', async () => {
    const [skhdt, sct, tv] = await Promise.all(['skhdt', 'sct', 'tv'].map((u) => login(server, u)));
    if (!skhdt || !sct || !tv) throw new Error('login');
    const agency = await raw(sct);
    const consultant = await raw(tv);
    const observer = await raw(skhdt);
    expect(await write(agency, observer, 'DRAFT-TEXT')).toBe('relayed');

    // only the coordinator approves
    expect(
      (await sct.request('POST', `/api/sections/${SECTION}/status`, { status: 'DA_DUYET_KHOA' }))
        .status,
    ).toBe(403);
    const approved = await skhdt.request<SectionReply>('POST', `/api/sections/${SECTION}/status`, {
      status: 'DA_DUYET_KHOA',
      note: 'Quyết định phê duyệt',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.section.locked).toBe(true);
    expect(await write(agency, observer, 'AFTER-APPROVAL-SCT')).toBe('refused');
    expect(await write(consultant, observer, 'AFTER-APPROVAL-TV')).toBe('refused');
    expect(agency.refusals().at(-1)).toBe('locked');
    expect(consultant.refusals().at(-1)).toBe('locked');

    // unlocked: back to "revising after appraisal", which the consultant writes, not the agency
    expect((await unlock(skhdt)).status).toBe(200);
    expect(await write(consultant, observer, 'REVISION-TV')).toBe('relayed');
    expect(await write(agency, observer, 'REVISION-SCT')).toBe('refused');
    expect(agency.refusals().at(-1)).toBe('status');

    const stored = textOf((await storedState(server.planfold, SECTION)).doc);
    expect(stored).toContain('DRAFT-TEXT');
    expect(stored).toContain('REVISION-TV');
    expect(stored).not.toContain('AFTER-APPROVAL');
    expect(stored).not.toContain('REVISION-SCT');
  });
});

describe('assignment changes take effect live', () => {
  it('moving the owner flips who writes at once; a contributor write grant works', async () => {
    const [skhdt, sct, sgtvt, stnmt] = await Promise.all(
      ['skhdt', 'sct', 'sgtvt', 'stnmt'].map((u) => login(server, u)),
    );
    if (!skhdt || !sct || !sgtvt || !stnmt) throw new Error('login');
    const sctWriter = await raw(sct);
    const sgtvtWriter = await raw(sgtvt);
    const stnmtWriter = await raw(stnmt);
    const observer = await raw(skhdt);

    expect(await write(sctWriter, observer, 'SCT-1')).toBe('relayed');
    expect(await write(sgtvtWriter, observer, 'SGTVT-1')).toBe('refused');
    expect(sgtvtWriter.refusals()).toEqual(['not-owner']);

    // only the coordinator assigns
    expect((await assign(sct, { owner: 'SGTVT', contributors: CONTRIBUTORS })).status).toBe(403);
    expect(
      (await assign(skhdt, { owner: 'SCT', contributors: ['BQLKKT'], writers: ['SGTVT'] })).status,
    ).toBe(400);

    const moved = await assign(skhdt, { owner: 'SGTVT', contributors: CONTRIBUTORS, writers: [] });
    expect(moved.status).toBe(200);
    expect(moved.body.section.owner).toBe('SGTVT');
    expect(await write(sctWriter, observer, 'SCT-2')).toBe('refused');
    expect(sctWriter.refusals().at(-1)).toBe('not-owner');
    expect(await write(sgtvtWriter, observer, 'SGTVT-2')).toBe('relayed');

    // back to SCT, with STNMT as a contributor allowed to write
    const granted = await assign(skhdt, {
      owner: 'SCT',
      contributors: CONTRIBUTORS,
      writers: ['STNMT'],
    });
    expect(granted.status).toBe(200);
    expect(granted.body.section.writers).toEqual(['STNMT']);
    expect(await write(sctWriter, observer, 'SCT-3')).toBe('relayed');
    expect(await write(stnmtWriter, observer, 'STNMT-3')).toBe('relayed');
    expect(await write(sgtvtWriter, observer, 'SGTVT-3')).toBe('refused');

    // the grant withdrawn: the contributor reads only
    expect(
      (await assign(skhdt, { owner: 'SCT', contributors: CONTRIBUTORS, writers: [] })).status,
    ).toBe(200);
    expect(await write(stnmtWriter, observer, 'STNMT-4')).toBe('refused');
    expect(stnmtWriter.refusals().at(-1)).toBe('not-owner');
    expect(await write(sctWriter, observer, 'SCT-4')).toBe('relayed');

    const stored = textOf((await storedState(server.planfold, SECTION)).doc);
    for (const t of ['SCT-1', 'SGTVT-2', 'SCT-3', 'STNMT-3', 'SCT-4']) expect(stored).toContain(t);
    for (const t of ['SGTVT-1', 'SCT-2', 'SGTVT-3', 'STNMT-4']) expect(stored).not.toContain(t);
  });
});

describe('the plan room', () => {
  type SectionsMap = Y.Map<SectionView>;
  const sectionsOf = (c: CollabClient): SectionsMap => c.doc.getMap('sections');

  it('shows locks and assignments live, and clients cannot write to it', async () => {
    const [skhdt, sct, sgtvt] = await Promise.all(
      ['skhdt', 'sct', 'sgtvt'].map((u) => login(server, u)),
    );
    if (!skhdt || !sct || !sgtvt) throw new Error('login');
    const viewer = connect(sct, PLAN_ROOM);
    const other = connect(sgtvt, PLAN_ROOM);
    await Promise.all([synced(viewer), synced(other)]);
    await waitFor(() => sectionsOf(viewer).get(SECTION), { message: 'S3_1 in the plan room' });
    expect(sectionsOf(viewer).get(SECTION)).toMatchObject({ owner: 'SCT', locked: false });

    expect((await lock(skhdt, 'Khóa để trình thẩm định')).status).toBe(200);
    await waitFor(() => sectionsOf(viewer).get(SECTION)?.locked === true, {
      message: 'lock shown live',
    });
    expect(sectionsOf(viewer).get(SECTION)?.lock).toMatchObject({
      byAgency: 'SKHDT',
      byName: skhdt.user.name,
      note: 'Khóa để trình thẩm định',
    });

    expect(
      (await assign(skhdt, { owner: 'SGTVT', contributors: CONTRIBUTORS, writers: [] })).status,
    ).toBe(200);
    await waitFor(() => sectionsOf(viewer).get(SECTION)?.owner === 'SGTVT', {
      message: 'assignment shown live',
    });

    // A client writes to the plan room: refused, not relayed, not kept.
    const forged = { ...sectionsOf(other).get(SECTION), owner: 'SGTVT-FORGED', locked: false };
    sectionsOf(other).set(SECTION, forged as SectionView);
    sectionsOf(other).set('FORGED_SECTION', forged as SectionView);
    await waitFor(() => other.refusals.length > 0, { message: 'plan room write refused' });
    expect(new Set(other.refusals)).toEqual(new Set(['read-only-room']));
    const hostile = await raw(sgtvt, PLAN_ROOM);
    hostile.sendUpdate(
      (() => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(hostile.doc));
        const before = Y.encodeStateVector(copy);
        copy.getMap('sections').set('S3_6', { owner: 'SGTVT', locked: false });
        return Y.encodeStateAsUpdate(copy, before);
      })(),
    );
    await waitFor(() => hostile.refusals().length > 0);
    expect(hostile.refusals()).toEqual(['read-only-room']);

    // sentinel: a server-made change reaches the viewer after the forged ones would have
    expect((await unlock(skhdt)).status).toBe(200);
    await waitFor(() => sectionsOf(viewer).get(SECTION)?.locked === false, {
      message: 'unlock shown live',
    });
    expect(sectionsOf(viewer).get(SECTION)?.owner).toBe('SGTVT');
    expect(sectionsOf(viewer).has('FORGED_SECTION')).toBe(false);
    expect(sectionsOf(viewer).get('S3_6')?.owner).toBe('SYT');
    const fresh = await raw(sct, PLAN_ROOM);
    const sections = fresh.doc.getMap<SectionView>('sections');
    expect(sections.get(SECTION)?.owner).toBe('SGTVT');
    expect(sections.has('FORGED_SECTION')).toBe(false);
    expect(sections.get('S3_6')?.owner).toBe('SYT');
  });
});

describe('the document store is a second wall', () => {
  it('refuses to append to a locked section', async () => {
    const skhdt = await login(server, 'skhdt');
    const documents = server.planfold.store.documents;
    const update = paragraphUpdate(new Y.Doc(), 'STORE-WALL');
    expect((await lock(skhdt)).status).toBe(200);
    expect(await documents.append(SECTION, update, SECTION)).toBeNull();
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).not.toContain('STORE-WALL');
    // another, unlocked section is not affected
    expect(await documents.append('S3_3', update, 'S3_3')).toEqual(expect.any(Number));
    expect((await unlock(skhdt)).status).toBe(200);
    expect(await documents.append(SECTION, update, SECTION)).toEqual(expect.any(Number));
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).toContain('STORE-WALL');
  });
});
