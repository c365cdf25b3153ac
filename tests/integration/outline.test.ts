/**
 * Outline management by the coordinator over real HTTP, checked in GET /api/plans/:planId and
 * live in the plan room: add under a part, rename, renumber, move to another part at an index,
 * due dates, delete (the text is kept) and restore; 409 for a part with sections; 403 for
 * everyone else on every outline route.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { tryConnectRaw } from '../helpers/rawClient.js';
import {
  expectStatus,
  PLAN_ID,
  PLAN_ROOM,
  planSection,
  type ErrorReply,
  type PlanReply,
  type SectionReply,
} from '../helpers/review.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

type Sections = PlanReply['sections'];

describe('outline management', () => {
  let server: TestServer;
  let skhdt: ApiClient;
  let sct: ApiClient;
  let others: ApiClient[];
  const clients: CollabClient[] = [];
  const connect = (who: ApiClient, room: string): CollabClient => {
    const c = connectClient(server, who, room);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    [skhdt, sct] = await Promise.all([login(server, 'skhdt'), login(server, 'sct')]);
    others = [sct, ...(await Promise.all(['tv', 'bcd', 'admin'].map((u) => login(server, u))))];
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });

  afterAll(async () => {
    await server.stop();
  });

  const sections = async (): Promise<Sections> =>
    expectStatus(await sct.request<PlanReply>('GET', `/api/plans/${PLAN_ID}`), 200, 'plan')
      .sections;
  /** The ids of a part's sections, in outline order. */
  const childrenOf = (all: Sections, parentId: string): string[] =>
    all.filter((s) => s.parentId === parentId).map((s) => s.id);
  /** Outline invariants: unique positions; each section right after its part, with its siblings. */
  const expectConsistentOutline = (all: Sections): void => {
    const positions = all.map((s) => s.position);
    expect(new Set(positions).size, 'positions are unique').toBe(positions.length);
    const live = new Set(all.map((s) => s.id));
    for (const s of all) {
      if (s.parentId === null) continue;
      expect(live.has(s.parentId), `the part of ${s.id} is in the outline`).toBe(true);
      const parentAt = all.findIndex((p) => p.id === s.parentId);
      const at = all.findIndex((p) => p.id === s.id);
      expect(at, `${s.id} comes after its part`).toBeGreaterThan(parentAt);
      expect(
        all.slice(parentAt + 1, at).every((x) => x.parentId === s.parentId),
        `${s.id} sits among the sections of its part`,
      ).toBe(true);
    }
  };

  const create = (body: Record<string, unknown>) =>
    skhdt.request<SectionReply & ErrorReply>('POST', `/api/plans/${PLAN_ID}/sections`, body);
  const patch = (id: string, body: Record<string, unknown>) =>
    skhdt.request<SectionReply & ErrorReply>('PATCH', `/api/sections/${id}`, body);

  it('adds, renames, renumbers, moves and dates a section, live in the plan room', async () => {
    const plan = connect(sct, PLAN_ROOM);
    await synced(plan);
    await waitFor(() => planSection(plan.doc, 'P3'), { message: 'the plan room outline' });
    const before = await sections();
    const p3Before = childrenOf(before, 'P3');

    // Add under P3: it goes last among P3's sections, before P4.
    const created = await create({
      number: 'III.11',
      titleVi: 'Phương án phát triển logistics',
      titleEn: 'Logistics development',
      parentId: 'P3',
      owner: 'SCT',
      contributors: ['SGTVT', 'BQLKKT'],
      dueDate: '2021-09-30',
    });
    expect(created.status).toBe(201);
    const id = created.body.section.id;
    expect(created.body.section).toMatchObject({
      number: 'III.11',
      title: 'Phương án phát triển logistics',
      titleVi: 'Phương án phát triển logistics',
      titleEn: 'Logistics development',
      parentId: 'P3',
      owner: 'SCT',
      contributors: ['SGTVT', 'BQLKKT'],
      writers: [],
      status: 'CHUA_BAT_DAU',
      locked: false,
      dueDate: '2021-09-30',
    });
    let all = await sections();
    expect(childrenOf(all, 'P3')).toEqual([...p3Before, id]);
    const ids = all.map((s) => s.id);
    expect(ids.indexOf(id)).toBe(ids.indexOf(p3Before.at(-1)!) + 1);
    expect(ids.indexOf('P4')).toBe(ids.indexOf(id) + 1);
    expect(all).toHaveLength(before.length + 1);
    await waitFor(() => planSection(plan.doc, id)?.titleVi === 'Phương án phát triển logistics', {
      timeout: 1_000,
      message: 'the new section in the plan room',
    });

    // Rename and renumber.
    const renamed = await patch(id, { titleVi: 'Phương án phát triển dịch vụ logistics' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.section.titleVi).toBe('Phương án phát triển dịch vụ logistics');
    await waitFor(
      () => planSection(plan.doc, id)?.titleVi === 'Phương án phát triển dịch vụ logistics',
      {
        timeout: 1_000,
        message: 'the new title in the plan room',
      },
    );
    const renumbered = await patch(id, { number: 'III.2a' });
    expect(renumbered.status).toBe(200);
    expect(renumbered.body.section.number).toBe('III.2a');
    await waitFor(() => planSection(plan.doc, id)?.number === 'III.2a', {
      timeout: 1_000,
      message: 'the new number in the plan room',
    });
    expect(childrenOf(await sections(), 'P3')).toEqual([...p3Before, id]);

    // Move within P3, to the second place.
    expect((await patch(id, { index: 1 })).status).toBe(200);
    all = await sections();
    expect(childrenOf(all, 'P3')).toEqual([p3Before[0], id, ...p3Before.slice(1)]);

    // Move to P4 at index 1.
    const p4Before = childrenOf(all, 'P4');
    const moved = await patch(id, { parentId: 'P4', index: 1 });
    expect(moved.status).toBe(200);
    expect(moved.body.section.parentId).toBe('P4');
    all = await sections();
    expect(childrenOf(all, 'P3')).toEqual(p3Before);
    expect(childrenOf(all, 'P4')).toEqual([p4Before[0], id, ...p4Before.slice(1)]);
    // Positions read: each part, then its own sections.
    expectConsistentOutline(all);
    // The plan room agrees with the database, positions included.
    await waitFor(
      () =>
        all.every((s) => {
          const live = planSection(plan.doc, s.id);
          return live?.position === s.position && live.parentId === s.parentId;
        }),
      { timeout: 1_000, message: 'plan room positions match' },
    );

    // An index past the end puts it last.
    expect((await patch(id, { index: 999 })).status).toBe(200);
    expect(childrenOf(await sections(), 'P4').at(-1)).toBe(id);

    // Due dates: set, clear; 400 for anything that is not YYYY-MM-DD.
    const dated = await patch(id, { dueDate: '2021-12-31' });
    expect(dated.status).toBe(200);
    expect(dated.body.section.dueDate).toBe('2021-12-31');
    await waitFor(() => planSection(plan.doc, id)?.dueDate === '2021-12-31', {
      timeout: 1_000,
      message: 'the due date in the plan room',
    });
    for (const dueDate of ['31/12/2021', '2021-13-01', '2021-02-30', 'ngày mai', '', 20211231]) {
      const r = await patch(id, { dueDate });
      expect(r.status, JSON.stringify(dueDate)).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    const cleared = await patch(id, { dueDate: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.section.dueDate).toBeNull();
  });

  it('refuses malformed outline changes: 400, 404', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['no number', { titleVi: 'X', parentId: 'P3', owner: 'SCT' }],
      ['no title', { number: 'X', parentId: 'P3', owner: 'SCT' }],
      ['an unknown owner', { number: 'X', titleVi: 'X', parentId: 'P3', owner: 'NOPE' }],
      [
        'an unknown contributor',
        { number: 'X', titleVi: 'X', parentId: 'P3', owner: 'SCT', contributors: ['NOPE'] },
      ],
      ['an unknown parent', { number: 'X', titleVi: 'X', parentId: 'P99', owner: 'SCT' }],
      [
        'a section as parent (two levels only)',
        { number: 'X', titleVi: 'X', parentId: 'S3_1', owner: 'SCT' },
      ],
      [
        'a bad due date',
        { number: 'X', titleVi: 'X', parentId: 'P3', owner: 'SCT', dueDate: '30/9/2021' },
      ],
    ];
    const count = (await sections()).length;
    for (const [name, body] of cases) {
      const r = await create(body);
      expect(r.status, name).toBe(400);
    }
    expect(await sections()).toHaveLength(count);

    expect((await patch('S3_1', {})).status).toBe(400);
    expect((await patch('S3_1', { parentId: 'S3_2' })).status).toBe(400);
    expect((await patch('P3', { parentId: 'P4' })).status).toBe(400);
    expect((await patch('S3_1', { index: -1 })).status).toBe(400);
    expect((await patch('NO_SUCH', { titleVi: 'X' })).status).toBe(404);
    expect((await skhdt.request('DELETE', '/api/sections/NO_SUCH')).status).toBe(404);
    // Restoring a section that is not deleted.
    expect((await skhdt.request('POST', '/api/sections/S3_1/restore')).status).toBe(404);
    expect(
      (
        await skhdt.request('POST', '/api/plans/NO-SUCH-PLAN/sections', {
          number: 'X',
          titleVi: 'X',
          parentId: null,
          owner: 'SCT',
        })
      ).status,
    ).toBe(404);
  });

  it('deletes a section keeping its text, lists it as deleted, restores it with the text', async () => {
    const created = await create({
      number: 'III.12',
      titleVi: 'Phương án phát triển kinh tế đêm',
      parentId: 'P3',
      owner: 'SCT',
    });
    expect(created.status).toBe(201);
    const id = created.body.section.id;
    const position = created.body.section.position;

    // The owner writes the text; a second reader seeing it means it is stored.
    const writer = connect(sct, id);
    const reader = connect(skhdt, id);
    await Promise.all([synced(writer), synced(reader)]);
    writer.type('Phát triển phố đi bộ Kỳ Lừa và chợ đêm Đông Kinh.');
    await waitFor(() => reader.text().includes('chợ đêm Đông Kinh'), { message: 'text stored' });

    const plan = connect(sct, PLAN_ROOM);
    await synced(plan);
    await waitFor(() => planSection(plan.doc, id), { message: 'section in the plan room' });

    const deleted = await skhdt.request<SectionReply>('DELETE', `/api/sections/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.section.id).toBe(id);
    expect((await sections()).some((s) => s.id === id)).toBe(false);
    await waitFor(() => planSection(plan.doc, id) === undefined, {
      timeout: 1_000,
      message: 'the section leaves the plan room',
    });
    const listed = await skhdt.request<{ sections: { id: string; titleVi: string }[] }>(
      'GET',
      `/api/plans/${PLAN_ID}/deleted-sections`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.sections).toEqual([
      expect.objectContaining({ id, titleVi: 'Phương án phát triển kinh tế đêm' }),
    ]);

    // A writer still connected is refused; a new connection to a deleted section is not opened.
    writer.type('Viết vào mục đã xóa.');
    await waitFor(() => writer.refusals.length > 0, {
      message: 'a write to a deleted section is refused',
    });
    const refusedUpgrade = await tryConnectRaw(server, id, { cookie: sct.cookie });
    if (refusedUpgrade.opened) refusedUpgrade.client.close();
    expect(refusedUpgrade.opened).toBe(false);
    expect((await sct.request('GET', `/api/sections/${id}/threads`)).status).toBe(404);
    expect((await skhdt.request('DELETE', `/api/sections/${id}`)).status).toBe(404);
    for (const c of clients.splice(0)) c.destroy();

    const restored = await skhdt.request<SectionReply>('POST', `/api/sections/${id}/restore`);
    expect(restored.status).toBe(200);
    const all = await sections();
    const back = all.find((s) => s.id === id);
    expect(back).toMatchObject({ id, parentId: 'P3', position, owner: 'SCT' });
    const listedAfter = await skhdt.request<{ sections: { id: string }[] }>(
      'GET',
      `/api/plans/${PLAN_ID}/deleted-sections`,
    );
    expect(listedAfter.body.sections).toEqual([]);

    const again = connect(skhdt, id);
    await synced(again);
    await waitFor(() => again.text().includes('chợ đêm Đông Kinh'), {
      message: 'the text survived',
    });
    expect(again.text()).toContain('Phát triển phố đi bộ Kỳ Lừa và chợ đêm Đông Kinh.');
    expect(again.text()).not.toContain('Viết vào mục đã xóa.');
  });

  it('restoring after the outline changed puts the section back inside its part', async () => {
    const early = expectStatus(
      await create({ number: 'III.0', titleVi: 'Mục đầu phần III', parentId: 'P3', owner: 'SCT' }),
      201,
      'create',
    ).section.id;
    expect((await patch(early, { index: 0 })).status).toBe(200);
    expect((await skhdt.request('DELETE', `/api/sections/${early}`)).status).toBe(200);
    // Two sections added to P2 move every later position on.
    for (const n of ['II.3', 'II.4']) {
      expectStatus(await create({ number: n, titleVi: n, parentId: 'P2', owner: 'TV' }), 201, n);
    }
    expect((await skhdt.request('POST', `/api/sections/${early}/restore`)).status).toBe(200);
    const all = await sections();
    expectConsistentOutline(all);
    expect(childrenOf(all, 'P3')).toContain(early);
  });

  it('restoring a section whose part was deleted leaves no orphan in the outline', async () => {
    const part = expectStatus(
      await create({ number: 'VIII', titleVi: 'Phần VIII', parentId: null, owner: 'TV' }),
      201,
      'part',
    ).section.id;
    const child = expectStatus(
      await create({ number: 'VIII.1', titleVi: 'Mục VIII.1', parentId: part, owner: 'SCT' }),
      201,
      'child',
    ).section.id;
    expect((await skhdt.request('DELETE', `/api/sections/${child}`)).status).toBe(200);
    expect((await skhdt.request('DELETE', `/api/sections/${part}`)).status).toBe(200);
    // Either refused, or the part comes back with it; never a section without its part.
    await skhdt.request('POST', `/api/sections/${child}/restore`);
    expectConsistentOutline(await sections());
  });

  it('409 deleting a part that still has sections', async () => {
    const r = await skhdt.request<ErrorReply>('DELETE', '/api/sections/P3');
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('has-children');
    expect((await sections()).some((s) => s.id === 'P3')).toBe(true);
  });

  it('403 for everyone but the coordinator on every outline route; 401 without a session', async () => {
    expect(others.map((c) => c.user.role).sort()).toEqual([
      'admin',
      'consultant',
      'editor',
      'leader',
    ]);
    // A deleted section for the restore route.
    const victim = expectStatus(
      await create({ number: 'X.1', titleVi: 'Tạm', parentId: 'P7', owner: 'SKHDT' }),
      201,
      'create',
    ).section.id;
    expect((await skhdt.request('DELETE', `/api/sections/${victim}`)).status).toBe(200);

    const routes: [string, string, unknown][] = [
      [
        'POST',
        `/api/plans/${PLAN_ID}/sections`,
        { number: 'X', titleVi: 'X', parentId: 'P3', owner: 'SCT' },
      ],
      ['PATCH', '/api/sections/S3_1', { titleVi: 'Đổi tên' }],
      ['PATCH', '/api/sections/S3_1', { parentId: 'P4', index: 0 }],
      ['PATCH', '/api/sections/S3_1', { dueDate: '2021-01-01' }],
      ['DELETE', '/api/sections/S3_6', undefined],
      ['POST', `/api/sections/${victim}/restore`, undefined],
      ['GET', `/api/plans/${PLAN_ID}/deleted-sections`, undefined],
    ];
    const before = await sections();
    for (const who of others) {
      for (const [method, path, body] of routes) {
        const r = await who.request<ErrorReply>(method, path, body);
        expect(r.status, `${who.user.username} ${method} ${path}`).toBe(403);
        expect(r.body.error.code).toBe('forbidden');
      }
    }
    for (const [method, path, body] of routes) {
      const r = await rawRequest(server, method, path, { body });
      expect(r.status, `anonymous ${method} ${path}`).toBe(401);
    }
    expect(await sections()).toEqual(before);
  });
});
