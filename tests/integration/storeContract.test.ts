/**
 * The storage contract: one suite, run against every store PlanFold supports — SQLite (a temp
 * file) always, PostgreSQL when DATABASE_URL_TEST answers (a fresh schema, dropped afterwards).
 * Under CI=true a missing PostgreSQL fails instead of skipping (see tests/helpers/postgres.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Agency } from '../../shared/model.js';
import type { DatabaseConfig } from '../../server/store/database.js';
import type { PlanRecord, SectionRecord } from '../../server/store/plans.js';
import { Store } from '../../server/store/store.js';
import {
  dropSchema,
  postgresForTests,
  registerPostgresUnavailable,
  uniqueSchemaName,
} from '../helpers/postgres.js';
import { tempDir } from '../helpers/server.js';

interface StoreTarget {
  name: string;
  /** The same database every time (so a reopen sees what the last one wrote). */
  config: DatabaseConfig;
  /** Removes the database once the suite is done. */
  dispose(): Promise<void>;
}

function sqliteTarget(): StoreTarget {
  const dir = tempDir('planfold-store-');
  return {
    name: 'SQLite',
    config: { kind: 'sqlite', file: path.join(dir, 'planfold.sqlite') },
    dispose: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
  };
}

function postgresTarget(url: string): StoreTarget {
  const schema = uniqueSchemaName('planfold_contract');
  return {
    name: 'PostgreSQL',
    config: { kind: 'postgres', url, schema },
    dispose: () => dropSchema(url, schema),
  };
}

const postgres = await postgresForTests();
const targets: StoreTarget[] = [sqliteTarget()];
if (postgres.status === 'available') targets.push(postgresTarget(postgres.url));

/* ---------- fixtures ---------- */

const AGENCIES: Agency[] = [
  {
    code: 'SCT',
    nameVi: 'Sở Công Thương',
    nameEn: 'Department of Industry and Trade',
    kind: 'department',
  },
  {
    code: 'SGTVT',
    nameVi: 'Sở Giao thông vận tải',
    nameEn: 'Department of Transport',
    kind: 'department',
  },
  {
    code: 'SKHDT',
    nameVi: 'Sở Kế hoạch và Đầu tư',
    nameEn: 'Department of Planning and Investment',
    kind: 'coordinator',
  },
];

let counter = 0;
/** An id no other test of this run uses (the store is shared by the tests of one target). */
const unique = (prefix: string): string => `${prefix}_${(counter += 1)}_${Date.now().toString(36)}`;

function plan(id: string): PlanRecord {
  return {
    id,
    code: `${id}_CODE`,
    titleVi: 'Quy hoạch tỉnh Lạng Sơn thời kỳ 2021–2030',
    titleEn: 'Lạng Sơn Provincial Plan 2021–2030',
    periodStart: 2021,
    periodEnd: 2030,
    vision: 2050,
    province: 'Lạng Sơn',
    archived: false,
  };
}

function section(
  planId: string,
  id: string,
  overrides: Partial<SectionRecord> = {},
): SectionRecord {
  return {
    id,
    planId,
    number: 'III.1',
    titleVi: 'Phương án phát triển ngành công nghiệp',
    titleEn: 'Industry development',
    parentId: null,
    position: 0,
    owner: 'SCT',
    contributors: [],
    writers: [],
    synthesis: false,
    status: 'DU_THAO',
    lock: null,
    dueDate: null,
    deletedAt: null,
    ...overrides,
  };
}

/** A real Yjs update: `text` appended as a paragraph of `doc`'s body. */
function paragraphUpdate(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment('body');
  body.insert(body.length, [paragraph]);
  return Y.encodeStateAsUpdate(doc, before);
}

function bodyOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const xml = doc.getXmlFragment('body').toJSON();
  doc.destroy();
  return xml;
}

/** Byte-exact comparison that does not care whether the driver hands back a Buffer. */
const bytes = (data: Uint8Array): number[] => Array.from(data);

/* ---------- the contract ---------- */

describe.each(targets)('storage contract on $name', (target) => {
  let store: Store;
  let planId: string;
  let emptyWhenFresh: boolean;

  beforeAll(async () => {
    try {
      store = await Store.open(target.config);
    } catch (error) {
      const where = target.config.kind === 'postgres' ? ` (schema ${target.config.schema})` : '';
      throw new Error(`Store.open on ${target.name}${where} failed: ${String(error)}`, {
        cause: error,
      });
    }
    emptyWhenFresh = await store.plans.isEmpty();
    await store.plans.insertAgencies(AGENCIES);
    planId = unique('PLAN');
    await store.plans.insertPlan(plan(planId), []);
  });

  afterAll(async () => {
    await store?.close();
    await target.dispose();
  });

  describe('DocumentStore', () => {
    const EMPTY = {
      updates: [],
      throughSeq: 0,
      logLength: 0,
      logBytes: 0,
      snapshotBytes: 0,
      snapshotStateVector: null,
    };

    it('loads an unknown document as empty', async () => {
      expect(await store.documents.load(unique('nothing'))).toEqual(EMPTY);
    });

    it('append returns increasing sequence numbers, across documents too', async () => {
      const a = unique('doc');
      const b = unique('doc');
      const seqs: number[] = [];
      for (let i = 0; i < 6; i++) {
        const seq = await store.documents.append(i % 2 ? a : b, new Uint8Array([i, 1, 2]), null);
        expect(typeof seq).toBe('number');
        seqs.push(seq as number);
      }
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] ?? 0);
      expect(seqs.every(Number.isSafeInteger)).toBe(true);
    });

    it('load returns the log in order, byte for byte, with throughSeq and logLength', async () => {
      const doc = unique('doc');
      const other = unique('doc');
      const written: Uint8Array[] = [];
      let last = 0;
      for (let i = 0; i < 5; i++) {
        // every byte value, including zeros, so no driver can treat the blob as text
        const data = Uint8Array.from({ length: 256 + i }, (_, k) => (k * 7 + i) % 256);
        written.push(data);
        last = (await store.documents.append(doc, data, null)) ?? -1;
        await store.documents.append(other, new Uint8Array([9, 9, 9]), null);
      }
      const loaded = await store.documents.load(doc);
      expect(loaded.updates.map(bytes)).toEqual(written.map(bytes));
      expect(loaded.throughSeq).toBe(last);
      expect(loaded.logLength).toBe(5);
      expect(loaded.logBytes).toBe(written.reduce((sum, w) => sum + w.length, 0));
      expect(loaded.snapshotBytes).toBe(0);
    });

    it('keeps a large update intact', async () => {
      const doc = unique('doc');
      const data = Uint8Array.from({ length: 1024 * 1024 }, (_, k) => (k * 31) % 251);
      await store.documents.append(doc, data, null);
      const [stored] = (await store.documents.load(doc)).updates;
      expect(stored?.length).toBe(data.length);
      expect(Buffer.from(stored ?? []).equals(Buffer.from(data))).toBe(true);
    });

    it('load returns the snapshot first, then the log written after it', async () => {
      const doc = unique('doc');
      const ydoc = new Y.Doc();
      const u1 = paragraphUpdate(ydoc, 'Một');
      const u2 = paragraphUpdate(ydoc, 'Hai');
      await store.documents.append(doc, u1, null);
      const seq2 = (await store.documents.append(doc, u2, null)) ?? -1;
      const snapshot = Y.encodeStateAsUpdate(ydoc);
      const stateVector = Y.encodeStateVector(ydoc);
      const u3 = paragraphUpdate(ydoc, 'Ba');
      const seq3 = (await store.documents.append(doc, u3, null)) ?? -1;

      // Compacting through seq2 while u3 is already logged keeps u3.
      await store.documents.compact(doc, snapshot, seq2, stateVector);
      const loaded = await store.documents.load(doc);
      expect(bytes(loaded.snapshotStateVector ?? new Uint8Array())).toEqual(bytes(stateVector));
      expect(loaded.updates.map(bytes)).toEqual([bytes(snapshot), bytes(u3)]);
      expect(loaded.throughSeq).toBe(seq3);
      expect(loaded.logLength).toBe(1);
      expect(loaded).toMatchObject({ logBytes: u3.length, snapshotBytes: snapshot.length });
      expect(bodyOf(loaded.updates)).toBe(ydoc.getXmlFragment('body').toJSON());
      ydoc.destroy();
    });

    it('compact replaces the log and the previous snapshot', async () => {
      const doc = unique('doc');
      const ydoc = new Y.Doc();
      let seq = 0;
      for (const text of ['Công nghiệp', 'chế biến', 'nông sản']) {
        seq = (await store.documents.append(doc, paragraphUpdate(ydoc, text), null)) ?? -1;
      }
      const first = Y.encodeStateAsUpdate(ydoc);
      await store.documents.compact(doc, first, seq);
      expect(await store.documents.load(doc)).toMatchObject({ throughSeq: seq, logLength: 0 });

      const next = paragraphUpdate(ydoc, 'cửa khẩu');
      const nextSeq = (await store.documents.append(doc, next, null)) ?? -1;
      const second = Y.encodeStateAsUpdate(ydoc);
      await store.documents.compact(doc, second, nextSeq);

      const loaded = await store.documents.load(doc);
      expect(loaded.updates.map(bytes)).toEqual([bytes(second)]);
      expect(loaded).toMatchObject({ throughSeq: nextSeq, logLength: 0 });
      expect(bodyOf(loaded.updates)).toContain('cửa khẩu');
      const logRows = await store.db
        .selectFrom('doc_updates')
        .select('seq')
        .where('doc', '=', doc)
        .execute();
      expect(logRows).toEqual([]);
      ydoc.destroy();
    });

    it('refuses an append to a locked section and stores nothing; appends again once unlocked', async () => {
      const id = unique('SEC');
      await store.plans.insertSection(
        section(planId, id, {
          lock: {
            at: new Date().toISOString(),
            by: 'someone',
            byName: '',
            byAgency: '',
            note: 'Đã duyệt',
          },
        }),
      );
      const update = new Uint8Array([1, 2, 3, 4]);
      expect(await store.documents.append(id, update, id)).toBeNull();
      expect(await store.documents.load(id)).toEqual(EMPTY);

      // The lock guards the section, whatever the document is named.
      expect(await store.documents.append(unique('other-name'), update, id)).toBeNull();

      await store.plans.updateSection(id, { locked_at: null, locked_by: null, lock_note: null });
      const seq = await store.documents.append(id, update, id);
      expect(seq).toBeTypeOf('number');
      expect((await store.documents.load(id)).updates.map(bytes)).toEqual([bytes(update)]);
    });

    it('appends to an unlocked section, to a document without a section row, and to a room with no section', async () => {
      const id = unique('SEC');
      await store.plans.insertSection(section(planId, id));
      expect(await store.documents.append(id, new Uint8Array([1]), id)).toBeTypeOf('number');
      expect(
        await store.documents.append(
          unique('ghost'),
          new Uint8Array([2]),
          unique('NO_SUCH_SECTION'),
        ),
      ).toBeTypeOf('number');
      const planRoom = `plan:${unique('P')}`;
      expect(await store.documents.append(planRoom, new Uint8Array([3]), null)).toBeTypeOf(
        'number',
      );
      expect((await store.documents.load(planRoom)).updates.map(bytes)).toEqual([[3]]);
    });
  });

  describe('users', () => {
    it('inserts, finds by username and id, lists by username, and refuses a duplicate username', async () => {
      const tag = unique('u').toLowerCase();
      await store.users.insertMany([
        {
          username: `${tag}_b`,
          name: 'Nông Thị Bình',
          agency: 'SCT',
          role: 'editor',
          passwordHash: 'h1',
        },
        {
          id: `${tag}-id`,
          username: `${tag}_a`,
          name: 'Hoàng Văn An',
          agency: 'SKHDT',
          role: 'coordinator',
          passwordHash: 'h2',
        },
      ]);
      const a = await store.users.byUsername(`${tag}_a`);
      expect(a).toEqual({
        id: `${tag}-id`,
        username: `${tag}_a`,
        name: 'Hoàng Văn An',
        agency: 'SKHDT',
        role: 'coordinator',
        passwordHash: 'h2',
        email: null,
        disabled: false,
        mustChangePassword: false,
      });
      const b = await store.users.byUsername(`${tag}_b`);
      expect(b?.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await store.users.byId(b?.id ?? '')).toEqual(b);
      expect(await store.users.byUsername(`${tag}_nobody`)).toBeUndefined();
      expect(await store.users.byId('no-such-id')).toBeUndefined();

      const mine = (await store.users.list()).filter((u) => u.username.startsWith(tag));
      expect(mine.map((u) => u.username)).toEqual([`${tag}_a`, `${tag}_b`]);

      await expect(
        store.users.insertMany([
          { username: `${tag}_a`, name: 'Trùng', agency: 'SCT', role: 'editor', passwordHash: 'x' },
        ]),
      ).rejects.toThrow();
      await store.users.insertMany([]);
    });

    it('updates an account, disables and enables it, sets a temporary password', async () => {
      const tag = unique('acct').toLowerCase();
      await store.users.insertMany([
        {
          username: tag,
          name: 'Vi Thị Hà',
          agency: 'SCT',
          role: 'editor',
          passwordHash: 'h',
          email: 'ha@example.vn',
          mustChangePassword: true,
        },
      ]);
      const id = (await store.users.byUsername(tag))?.id ?? '';
      expect(await store.users.byId(id)).toMatchObject({
        email: 'ha@example.vn',
        mustChangePassword: true,
        disabled: false,
      });
      await store.users.update(id, { role: 'coordinator', agency: 'SKHDT', disabled: true });
      expect(await store.users.byId(id)).toMatchObject({
        name: 'Vi Thị Hà',
        role: 'coordinator',
        agency: 'SKHDT',
        disabled: true,
      });
      await store.users.update(id, { disabled: false, email: null });
      expect(await store.users.byId(id)).toMatchObject({ disabled: false, email: null });
      await store.users.setPassword(id, 'h2', false);
      expect(await store.users.byId(id)).toMatchObject({
        passwordHash: 'h2',
        mustChangePassword: false,
      });
      expect(await store.users.count()).toBeGreaterThan(0);
    });
  });

  describe('sessions', () => {
    let userId: string;
    beforeAll(async () => {
      const username = unique('session_user').toLowerCase();
      await store.users.insertMany([
        { username, name: 'Lộc Văn Sơn', agency: 'SGTVT', role: 'editor', passwordHash: 'h' },
      ]);
      userId = (await store.users.byUsername(username))?.id ?? '';
    });

    it('creates, finds and deletes a session', async () => {
      const id = unique('sess');
      const expiresAt = new Date(Date.now() + 3600_000);
      await store.sessions.create({ id, userId, expiresAt });
      const found = await store.sessions.find(id);
      expect(found).toEqual({ id, userId, expiresAt });
      expect(found?.expiresAt.getTime()).toBe(expiresAt.getTime());
      await store.sessions.delete(id);
      expect(await store.sessions.find(id)).toBeUndefined();
      await store.sessions.delete(id); // deleting twice is harmless
      expect(await store.sessions.find(unique('never'))).toBeUndefined();
    });

    it('deleteForUser ends every session of one account and no other', async () => {
      const otherName = unique('other_user').toLowerCase();
      await store.users.insertMany([
        {
          username: otherName,
          name: 'Hà Văn Long',
          agency: 'SCT',
          role: 'editor',
          passwordHash: 'h',
        },
      ]);
      const otherId = (await store.users.byUsername(otherName))?.id ?? '';
      const expiresAt = new Date(Date.now() + 3600_000);
      const [s1, s2, kept] = [unique('s1'), unique('s2'), unique('kept')];
      await store.sessions.create({ id: s1, userId, expiresAt });
      await store.sessions.create({ id: s2, userId, expiresAt });
      await store.sessions.create({ id: kept, userId: otherId, expiresAt });
      await store.sessions.deleteForUser(userId);
      expect(await store.sessions.find(s1)).toBeUndefined();
      expect(await store.sessions.find(s2)).toBeUndefined();
      expect(await store.sessions.find(kept)).toBeDefined();
    });

    it('deleteExpired removes exactly the sessions that expired before `now`', async () => {
      const now = new Date();
      const expired = unique('expired');
      const live = unique('live');
      await store.sessions.create({
        id: expired,
        userId,
        expiresAt: new Date(now.getTime() - 1000),
      });
      await store.sessions.create({ id: live, userId, expiresAt: new Date(now.getTime() + 1000) });
      await store.sessions.deleteExpired(now);
      expect(await store.sessions.find(expired)).toBeUndefined();
      expect(await store.sessions.find(live)).toBeDefined();
    });

    it('refuses a session for an unknown user', async () => {
      await expect(
        store.sessions.create({
          id: unique('orphan'),
          userId: 'no-such-user',
          expiresAt: new Date(),
        }),
      ).rejects.toThrow();
    });
  });

  describe('plans and sections', () => {
    it('lists agencies by code', async () => {
      const agencies = await store.plans.agencies();
      expect(agencies).toEqual(
        [...AGENCIES]
          .sort((x, y) => x.code.localeCompare(y.code))
          .map((a) => ({ ...a, active: true })),
      );
    });

    it('is empty when fresh, not once a plan exists, and lists plans', async () => {
      expect(emptyWhenFresh).toBe(true);
      expect(await store.plans.isEmpty()).toBe(false);
      const plans = await store.plans.plans();
      expect(plans).toContainEqual(plan(planId));
    });

    it('insertPlan stores sections with JSON columns, tree, flags and lock; allSections reads them back', async () => {
      const id = unique('PLAN');
      const lockerName = unique('locker').toLowerCase();
      await store.users.insertMany([
        {
          username: lockerName,
          name: 'Triệu Quốc Hùng',
          agency: 'SKHDT',
          role: 'coordinator',
          passwordHash: 'h',
        },
      ]);
      const locker = await store.users.byUsername(lockerName);
      const part = section(id, `${id}_P3`, {
        number: 'Phần III',
        position: 0,
        owner: 'SKHDT',
        synthesis: true,
      });
      const child = section(id, `${id}_S3_1`, {
        parentId: part.id,
        position: 1,
        contributors: ['SGTVT', 'SKHDT'],
        writers: ['SGTVT'],
        status: 'DA_GUI_TU_VAN',
        dueDate: '2021-06-30',
        lock: {
          at: '2021-05-01T08:00:00.000Z',
          by: locker?.id ?? '',
          byName: 'ignored: the name comes from users',
          byAgency: 'ignored',
          note: 'Chờ phê duyệt — "khóa"',
        },
      });
      const deleted = section(id, `${id}_OLD`, {
        position: 2,
        deletedAt: '2021-01-01T00:00:00.000Z',
      });
      await store.plans.insertPlan(plan(id), [part, child, deleted]);

      const mine = (await store.plans.allSections()).filter((s) => s.planId === id);
      expect(mine.map((s) => s.id)).toEqual([part.id, child.id, deleted.id]);
      expect(mine[0]).toEqual(part);
      expect(mine[1]).toEqual({
        ...child,
        lock: {
          at: '2021-05-01T08:00:00.000Z',
          by: locker?.id,
          byName: 'Triệu Quốc Hùng',
          byAgency: 'SKHDT',
          note: 'Chờ phê duyệt — "khóa"',
        },
      });
      expect(mine[2]).toEqual(deleted);
    });

    it('insertPlan is all or nothing', async () => {
      const id = unique('PLAN');
      const dup = section(id, `${id}_X`);
      await expect(store.plans.insertPlan(plan(id), [dup, dup])).rejects.toThrow();
      expect((await store.plans.plans()).some((p) => p.id === id)).toBe(false);
      expect((await store.plans.allSections()).some((s) => s.planId === id)).toBe(false);
    });

    it('updateSection changes only the given columns; a lock round-trips and clears', async () => {
      const id = unique('SEC');
      await store.plans.insertSection(section(planId, id, { contributors: ['SGTVT'] }));
      const find = async (): Promise<SectionRecord | undefined> =>
        (await store.plans.allSections()).find((s) => s.id === id);

      await store.plans.updateSection(id, {
        status: 'DANG_GOP_Y',
        contributors: JSON.stringify(['SGTVT', 'SKHDT']),
        writers: JSON.stringify(['SKHDT']),
      });
      expect(await find()).toMatchObject({
        status: 'DANG_GOP_Y',
        contributors: ['SGTVT', 'SKHDT'],
        writers: ['SKHDT'],
        owner: 'SCT',
        titleVi: 'Phương án phát triển ngành công nghiệp',
        lock: null,
      });

      await store.plans.updateSection(id, {
        locked_at: '2021-07-01T00:00:00.000Z',
        locked_by: 'no-such-user',
        lock_note: '',
      });
      expect((await find())?.lock).toEqual({
        at: '2021-07-01T00:00:00.000Z',
        by: 'no-such-user',
        byName: '',
        byAgency: '',
        note: '',
      });

      await store.plans.updateSection(id, { locked_at: null, locked_by: null, lock_note: null });
      expect((await find())?.lock).toBeNull();
    });
  });

  describe('audit', () => {
    it('appends and queries newest first, with every filter and a limit', async () => {
      const sec = unique('AUDIT_SEC');
      const other = unique('AUDIT_OTHER');
      const actor = unique('actor');
      const base = {
        actorName: 'Vi Thị Mai',
        detail: '',
        address: '127.0.0.1',
      };
      await store.audit.append({
        ...base,
        at: '2021-01-01T00:00:00.000Z',
        actorId: actor,
        agency: 'SCT',
        action: 'edit',
        sectionId: sec,
      });
      await store.audit.append({
        ...base,
        at: '2021-01-01T00:00:01.000Z',
        actorId: actor,
        agency: 'SCT',
        action: 'lock',
        sectionId: sec,
        detail: 'Đã duyệt',
      });
      await store.audit.append({
        ...base,
        at: '2021-01-01T00:00:02.000Z',
        actorId: 'someone-else',
        agency: 'SGTVT',
        action: 'edit',
        sectionId: sec,
      });
      await store.audit.append({
        ...base,
        at: '2021-01-01T00:00:03.000Z',
        actorId: actor,
        agency: 'SCT',
        action: 'edit',
        sectionId: other,
      });
      await store.audit.append({
        at: '2021-01-01T00:00:04.000Z',
        actorId: null,
        actorName: null,
        agency: null,
        action: 'login-failed',
        sectionId: sec,
        detail: 'ghost',
        address: null,
      });

      const all = await store.audit.query({ sectionId: sec, limit: 100 });
      expect(all.map((e) => e.action)).toEqual(['login-failed', 'edit', 'lock', 'edit']);
      for (let i = 1; i < all.length; i++) expect(all[i]!.id).toBeLessThan(all[i - 1]!.id);
      expect(all[0]?.id).toBeTypeOf('number');
      expect(all[0]).toEqual({
        id: all[0]?.id,
        at: '2021-01-01T00:00:04.000Z',
        actorId: null,
        actorName: null,
        agency: null,
        action: 'login-failed',
        sectionId: sec,
        detail: 'ghost',
        address: null,
      });
      expect(all[2]).toMatchObject({
        actorId: actor,
        actorName: 'Vi Thị Mai',
        agency: 'SCT',
        detail: 'Đã duyệt',
      });

      const byActor = await store.audit.query({ actorId: actor, limit: 100 });
      expect(byActor.map((e) => [e.action, e.sectionId])).toEqual([
        ['edit', other],
        ['lock', sec],
        ['edit', sec],
      ]);
      const edits = await store.audit.query({ sectionId: sec, action: 'edit', limit: 100 });
      expect(edits.map((e) => e.actorId)).toEqual(['someone-else', actor]);
      const sgtvt = await store.audit.query({ sectionId: sec, agency: 'SGTVT', limit: 100 });
      expect(sgtvt.map((e) => e.actorId)).toEqual(['someone-else']);
      const limited = await store.audit.query({ sectionId: sec, limit: 2 });
      expect(limited.map((e) => e.action)).toEqual(['login-failed', 'edit']);
      expect(await store.audit.query({ sectionId: unique('nothing'), limit: 10 })).toEqual([]);
    });
  });

  // PostgreSQL only: a schema is what isolates one PlanFold (or one test run) inside a database.
  it.runIf(target.config.kind === 'postgres')(
    'a PostgreSQL schema isolates a store from another schema of the same database',
    async () => {
      if (target.config.kind !== 'postgres') return;
      const url = target.config.url;
      const schema = uniqueSchemaName('planfold_neighbour');
      try {
        // `store` has already migrated its own schema; a second schema must migrate on its own.
        const neighbour = await Store.open({ kind: 'postgres', url, schema });
        try {
          expect(await neighbour.plans.isEmpty()).toBe(true);
          const doc = unique('doc');
          await neighbour.documents.append(doc, new Uint8Array([5]), null);
          expect((await store.documents.load(doc)).updates).toEqual([]);
        } finally {
          await neighbour.close();
        }
      } finally {
        await dropSchema(url, schema);
      }
    },
  );

  describe('files', () => {
    it('lists a file per plan once, sums its bytes, and keeps blobs by hash', async () => {
      const other = unique('PLAN');
      await store.plans.insertPlan(plan(other), []);
      const file = (hash: string, size: number, onPlan = planId) => ({
        planId: onPlan,
        hash,
        mime: 'image/png',
        size,
        uploadedBy: 'u1',
        uploadedAt: '2026-12-07T00:00:00.000Z',
      });
      const [h1, h2] = ['1'.repeat(64), '2'.repeat(64)];
      await store.files.record(file(h1, 100));
      await store.files.record(file(h1, 100));
      await store.files.record(file(h2, 50));
      await store.files.record(file(h1, 100, other));
      expect(await store.files.usedBytes(planId)).toBe(150);
      expect(await store.files.usedBytes(other)).toBe(100);
      expect(await store.files.usedBytes(unique('PLAN'))).toBe(0);
      expect(await store.files.find(planId, h2)).toEqual(file(h2, 50));
      expect(await store.files.find(unique('PLAN'), h2)).toBeNull();

      await store.files.putBlob(h1, new Uint8Array([1, 2, 3]));
      await store.files.putBlob(h1, new Uint8Array([1, 2, 3]));
      expect(bytes((await store.files.blob(h1))!)).toEqual([1, 2, 3]);
      expect(await store.files.blob(h2)).toBeNull();
    });
  });

  describe('versions', () => {
    const version = (sectionId: string, id: string, data: number[]) => ({
      id,
      section_id: sectionId,
      kind: 'manual',
      name: `Bản ${id}`,
      status: 'DU_THAO',
      created_by: null,
      created_at: '2020-10-15T08:00:00.000Z',
      edition_id: null,
      words_added: data.length,
      words_removed: 1,
      state_vector: new Uint8Array([0]),
      data: new Uint8Array(data),
    });

    it("numbers a section's versions, lists them newest first and replays them in order", async () => {
      const ownPlan = unique('PLAN');
      const [one, two] = [unique('SEC'), unique('SEC')];
      await store.plans.insertPlan(plan(ownPlan), [section(ownPlan, one), section(ownPlan, two)]);
      const [a, b, c] = [unique('v'), unique('v'), unique('v')];
      expect(await store.versions.insert(version(one, a, [1]))).toBe(1);
      expect(await store.versions.insert(version(two, b, [2, 2]))).toBe(1);
      expect(await store.versions.insert(version(one, c, [3, 3, 3]))).toBe(2);
      const list = await store.versions.list(one);
      expect(list.map((v) => [v.view.id, v.view.seq, v.view.name, v.view.wordsAdded])).toEqual([
        [c, 2, `Bản ${c}`, 3],
        [a, 1, `Bản ${a}`, 1],
      ]);
      expect(list[0]!.view).toMatchObject({ kind: 'manual', status: 'DU_THAO', createdBy: null });
      expect(bytes(list[0]!.stateVector)).toEqual([0]);
      expect((await store.versions.chain(one, 2)).map(bytes)).toEqual([[1], [3, 3, 3]]);
      expect((await store.versions.chain(one, 1)).map(bytes)).toEqual([[1]]);
      expect((await store.versions.get(b))?.view.sectionId).toBe(two);
      expect(await store.versions.get(unique('missing'))).toBeNull();
      expect(await store.versions.storedBytes(one)).toBe(4 + 2);
      // Versions are immutable: an id is never written twice.
      await expect(
        store.versions.insert({ ...version(one, unique('v'), [4]), id: a }),
      ).rejects.toThrow();
    });
  });

  describe('reopening', () => {
    it('keeps the data and runs no migration twice', async () => {
      const doc = unique('doc');
      await store.documents.append(doc, new Uint8Array([7, 7]), null);
      const again = await Store.open(target.config);
      try {
        expect((await again.documents.load(doc)).updates.map(bytes)).toEqual([[7, 7]]);
        expect(await again.plans.isEmpty()).toBe(false);
      } finally {
        await again.close();
      }
    });
  });
});

if (postgres.status !== 'available') {
  describe('storage contract on PostgreSQL', () => {
    registerPostgresUnavailable(postgres, 'the storage contract');
  });
}
