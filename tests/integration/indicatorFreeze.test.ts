/**
 * Approved text does not move (issue 13, point 4) and where each indicator is used (point 5),
 * over HTTP and the plan room, on SQLite and on PostgreSQL (when DATABASE_URL_TEST answers): a
 * section citing GRDP growth is locked and its figures freeze; the Statistics Office changes the
 * figure and the section keeps its value, flagged; unlocking keeps the freeze (and relocking keeps
 * what it showed) until the owner takes the new values; refusals change nothing. The Word export
 * writes each reference as the figure it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { FrozenFigure, SectionFreeze } from '../../shared/indicatorRefs.js';
import { PLAN_INDICATOR_FREEZES_FIELD, planRoomName } from '../../shared/protocol/collab.js';
import type { DatabaseConfig } from '../../server/store/database.js';
import { login, type ApiClient } from '../helpers/api.js';
import { docxParts, docxText, part } from '../helpers/docx.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import {
  dropSchema,
  postgresForTests,
  registerPostgresUnavailable,
  uniqueSchemaName,
} from '../helpers/postgres.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const PLAN = 'QHT-LS-2021-2030';
const SECTION = 'S3_1';
const GROWTH = `${PLAN}.GRDP_TT`;
const FOREST = `${PLAN}.CHE_PHU_RUNG`;

interface Target {
  name: string;
  database: () => DatabaseConfig | null;
  dispose: () => Promise<void>;
}

const postgres = await postgresForTests();
const targets: Target[] = [{ name: 'SQLite', database: () => null, dispose: async () => {} }];
if (postgres.status === 'available') {
  const schema = uniqueSchemaName('planfold_freeze13');
  targets.push({
    name: 'PostgreSQL',
    database: () => ({ kind: 'postgres', url: postgres.url, schema }),
    dispose: () => dropSchema(postgres.url, schema),
  });
} else {
  describe('indicator freezes on PostgreSQL', () =>
    registerPostgresUnavailable(postgres, 'indicator freezes'));
}

/** A paragraph of text followed by a reference, as the editor stores it in Yjs. */
function citingParagraph(text: string, indicator: string, year: number): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  const ref = new Y.XmlElement('indicatorRef');
  ref.setAttribute('indicator', indicator);
  ref.setAttribute('year', year as unknown as string);
  paragraph.insert(0, [new Y.XmlText(text), ref]);
  return paragraph;
}

describe.each(targets)('indicator freezes and usage on $name', (target) => {
  let server: TestServer;
  const as = {} as Record<'ctk' | 'sct' | 'skhdt' | 'bcd', ApiClient>;
  let writer: CollabClient;
  let planRoom: CollabClient;

  beforeAll(async () => {
    const database = target.database();
    server = await startServer(database ? { config: { database } } : {});
    for (const u of ['ctk', 'sct', 'skhdt', 'bcd'] as const) as[u] = await login(server, u);
    writer = connectClient(server, as.sct, SECTION);
    planRoom = connectClient(server, as.bcd, planRoomName(PLAN));
    await synced(writer);
    await synced(planRoom);
  });

  afterAll(async () => {
    writer?.destroy();
    planRoom?.destroy();
    await server?.stop();
    await target.dispose();
  });

  const frozen = async (): Promise<FrozenFigure[]> => {
    const res = await as.bcd.request<{ figures: FrozenFigure[] }>(
      'GET',
      `/api/sections/${SECTION}/frozen-figures`,
    );
    expect(res.status).toBe(200);
    return res.body.figures;
  };
  const liveFreeze = () =>
    planRoom.doc.getMap<SectionFreeze>(PLAN_INDICATOR_FREEZES_FIELD).get(SECTION);
  const setGrowth = (value: number) =>
    as.ctk.request('PUT', `/api/indicators/${GROWTH}/values/2020`, {
      kind: 'estimate',
      value,
      note: 'Ước tính lại',
    });

  it('lists the sections citing an indicator, with how often', async () => {
    writer.body.insert(writer.body.length, [
      citingParagraph('Tăng trưởng GRDP năm 2020 ước đạt ', GROWTH, 2020),
      citingParagraph('Mục tiêu đến 2030: ', GROWTH, 2030),
      citingParagraph('Tỷ lệ che phủ rừng đạt ', FOREST, 2020),
    ]);
    const usage = async (id: string) =>
      (await as.bcd.request<{ sections: unknown[] }>('GET', `/api/indicators/${id}/usage`)).body;
    await waitFor(async () => (await usage(GROWTH)).sections.length === 1, {
      message: 'the section citing GRDP growth',
    });
    expect(await usage(GROWTH)).toEqual({ sections: [{ sectionId: SECTION, count: 2 }] });
    expect(await usage(FOREST)).toEqual({ sections: [{ sectionId: SECTION, count: 1 }] });
    expect(await usage(`${PLAN}.GRDP_SS`)).toEqual({ sections: [] });
    expect((await as.bcd.request('GET', `/api/indicators/${PLAN}.NOPE/usage`)).status).toBe(404);
  });

  it('nothing is frozen before the lock', async () => {
    expect(await frozen()).toEqual([]);
    expect(liveFreeze()).toBeUndefined();
  });

  it('locking freezes the figures the section shows; a registry change leaves them as they were', async () => {
    expect((await setGrowth(2.4)).status).toBe(200);
    const lock = await as.skhdt.request('POST', `/api/sections/${SECTION}/lock`, {
      note: 'Đã phê duyệt',
    });
    expect(lock.status).toBe(200);
    const figures = await frozen();
    expect(figures.map((f) => [f.indicatorId, f.year, f.value, f.kind, f.unit]).sort()).toEqual(
      [
        [FOREST, 2020, expect.any(Number) as number, expect.any(String) as string, '%'],
        [GROWTH, 2020, 2.4, 'estimate', '%/năm'],
        [GROWTH, 2030, 8.5, 'target', '%/năm'],
      ].sort(),
    );
    await waitFor(() => liveFreeze()?.[`${GROWTH}@2020`]?.value === 2.4, {
      message: 'the freeze in the plan room',
    });

    expect((await setGrowth(2.95)).status).toBe(200);
    expect((await frozen()).find((f) => f.indicatorId === GROWTH && f.year === 2020)?.value).toBe(
      2.4,
    );
  });

  it('while locked, nobody takes the new values; strangers never', async () => {
    const owner = await as.sct.request('DELETE', `/api/sections/${SECTION}/frozen-figures`);
    expect(owner.status).toBe(409);
    const reader = await as.bcd.request('DELETE', `/api/sections/${SECTION}/frozen-figures`);
    expect(reader.status).toBe(403);
    expect(await frozen()).toHaveLength(3);
    const unknown = await as.sct.request('DELETE', '/api/sections/NOPE/frozen-figures');
    expect(unknown.status).toBe(404);
  });

  it('unlocking keeps the freeze, and locking again keeps what the section showed', async () => {
    expect((await as.skhdt.request('DELETE', `/api/sections/${SECTION}/lock`)).status).toBe(200);
    expect((await frozen()).find((f) => f.indicatorId === GROWTH && f.year === 2020)?.value).toBe(
      2.4,
    );
    expect(
      (await as.skhdt.request('POST', `/api/sections/${SECTION}/lock`, { note: 'Khóa lại' }))
        .status,
    ).toBe(200);
    expect((await frozen()).find((f) => f.indicatorId === GROWTH && f.year === 2020)?.value).toBe(
      2.4,
    );
    expect((await as.skhdt.request('DELETE', `/api/sections/${SECTION}/lock`)).status).toBe(200);
  });

  it('once unlocked, the owner takes the new values; the next lock freezes them', async () => {
    const take = await as.sct.request('DELETE', `/api/sections/${SECTION}/frozen-figures`);
    expect(take.status).toBe(204);
    expect(await frozen()).toEqual([]);
    await waitFor(() => liveFreeze() === undefined, { message: 'the freeze gone from the room' });

    await as.skhdt.request('POST', `/api/sections/${SECTION}/lock`, { note: 'Phê duyệt lại' });
    expect((await frozen()).find((f) => f.indicatorId === GROWTH && f.year === 2020)?.value).toBe(
      2.95,
    );
  });

  it('the Word export writes each reference as the figure it shows, frozen if frozen', async () => {
    const exported = async (): Promise<string> => {
      const response = await fetch(
        `${server.httpUrl}/api/plans/${PLAN}/export.docx?sections=${SECTION}`,
        { headers: { cookie: as.bcd.cookie } },
      );
      expect(response.status).toBe(200);
      const parts = docxParts(new Uint8Array(await response.arrayBuffer()));
      return docxText(part(parts, 'word/document.xml'));
    };
    expect((await setGrowth(3.3)).status).toBe(200);
    const locked = await exported();
    expect(locked).toContain('Tăng trưởng GRDP năm 2020 ước đạt 2,95%/năm');
    expect(locked).toContain('Mục tiêu đến 2030: 8,5%/năm');
    expect(locked).not.toContain('3,3%/năm');

    expect((await as.skhdt.request('DELETE', `/api/sections/${SECTION}/lock`)).status).toBe(200);
    expect((await as.sct.request('DELETE', `/api/sections/${SECTION}/frozen-figures`)).status).toBe(
      204,
    );
    expect(await exported()).toContain('Tăng trưởng GRDP năm 2020 ước đạt 3,3%/năm');
  });

  it('the consistency report: typed figures against the registry, retired and moved references', async () => {
    const typed = new Y.XmlElement('paragraph');
    typed.insert(0, [
      new Y.XmlText(
        'Tốc độ tăng trưởng GRDP năm 2019 đạt 6,1%/năm, năm 2018 đạt 4,9%. Dân số tăng 5%.',
      ),
    ]);
    writer.body.insert(writer.body.length, [typed]);
    type Report = {
      typed: { indicatorId: string; typed: string; verdict: string; years: number[] }[];
      retired: unknown[];
      missing: unknown[];
      moved: unknown[];
    };
    const report = async () =>
      (await as.sct.request<Report>('GET', `/api/sections/${SECTION}/consistency`)).body;
    await waitFor(async () => (await report()).typed.length === 2, {
      message: 'the typed figures in the report',
    });
    expect((await report()).typed.map((t) => [t.indicatorId, t.typed, t.verdict, t.years])).toEqual(
      [
        [GROWTH, '6,1%/năm', 'differs', []],
        [GROWTH, '4,9%', 'matches', [2018]],
      ],
    );
    expect((await report()).retired).toEqual([]);

    expect(
      (await as.skhdt.request('PATCH', `/api/indicators/${FOREST}`, { retired: true })).status,
    ).toBe(200);
    expect(
      (await as.skhdt.request('POST', `/api/sections/${SECTION}/lock`, { note: 'Khóa' })).status,
    ).toBe(200);
    expect((await setGrowth(3.5)).status).toBe(200);
    const after = await report();
    expect(after.retired).toEqual([{ indicatorId: FOREST, year: 2020 }]);
    expect(after.moved).toEqual([{ indicatorId: GROWTH, year: 2020, frozen: 3.3, current: 3.5 }]);
    expect(after.missing).toEqual([]);
    expect((await as.sct.request('GET', '/api/sections/NOPE/consistency')).status).toBe(404);
  });
});
