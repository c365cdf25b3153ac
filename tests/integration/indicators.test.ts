/**
 * The indicator registry over HTTP, on SQLite and on PostgreSQL (when DATABASE_URL_TEST answers):
 * the demo's 29 indicators, who may change what, bad input that changes nothing, the history,
 * and the plan room carrying every change live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, IndicatorChange } from '../../shared/indicators.js';
import { PLAN_INDICATORS_FIELD, planRoomName } from '../../shared/protocol/collab.js';
import type { DatabaseConfig } from '../../server/store/database.js';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { connectClient } from '../helpers/collabClient.js';
import {
  dropSchema,
  postgresForTests,
  registerPostgresUnavailable,
  uniqueSchemaName,
} from '../helpers/postgres.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const PLAN = 'QHT-LS-2021-2030';
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
  const schema = uniqueSchemaName('planfold_ind13');
  targets.push({
    name: 'PostgreSQL',
    database: () => ({ kind: 'postgres', url: postgres.url, schema }),
    dispose: () => dropSchema(postgres.url, schema),
  });
} else {
  describe('indicator registry on PostgreSQL', () =>
    registerPostgresUnavailable(postgres, 'the indicator registry'));
}

type Body = { indicator: Indicator };
type ErrorBody = { error: { code: string; message: string } };

describe.each(targets)('indicator registry on $name', (target) => {
  let server: TestServer;
  const as = {} as Record<'ctk' | 'sct' | 'skhdt' | 'bcd' | 'snnptnt', ApiClient>;

  beforeAll(async () => {
    const database = target.database();
    server = await startServer(database ? { config: { database } } : {});
    for (const u of ['ctk', 'sct', 'skhdt', 'bcd', 'snnptnt'] as const) {
      as[u] = await login(server, u);
    }
  });

  afterAll(async () => {
    await server.stop();
    await target.dispose();
  });

  const list = async (who: ApiClient = as.sct): Promise<Indicator[]> => {
    const res = await who.request<{ indicators: Indicator[] }>(
      'GET',
      `/api/plans/${PLAN}/indicators`,
    );
    expect(res.status).toBe(200);
    return res.body.indicators;
  };
  const growth2020 = async (): Promise<number | undefined> =>
    (await list()).find((i) => i.id === GROWTH)?.values.find((v) => v.year === 2020)?.value;

  it('seeds the 29 indicators with 2011–2020 values and 2025/2030 targets', async () => {
    const indicators = await list();
    expect(indicators).toHaveLength(29);
    const growth = indicators.find((i) => i.code === 'GRDP_TT');
    expect(growth).toMatchObject({ id: GROWTH, unit: '%/năm', owner: 'CTK', group: 'economy' });
    expect(growth?.values.map((v) => v.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2025, 2030,
    ]);
    expect(growth?.values.find((v) => v.year === 2020)).toMatchObject({
      kind: 'estimate',
      updatedBy: expect.any(String) as string,
    });
    expect(growth?.values.find((v) => v.year === 2030)?.kind).toBe('target');
    for (const i of indicators) expect(i.values.length, i.code).toBe(12);
  });

  it('the owning agency changes its value; the change is in the history and the plan room', async () => {
    const reader = connectClient(server, as.bcd, planRoomName(PLAN));
    const liveValue = () => {
      const live = reader.doc.getMap<Indicator>(PLAN_INDICATORS_FIELD).get(GROWTH);
      return live?.values.find((v) => v.year === 2020)?.value;
    };
    await waitFor(() => liveValue() !== undefined, { message: 'the registry in the plan room' });

    const res = await as.ctk.request<Body>('PUT', `/api/indicators/${GROWTH}/values/2020`, {
      kind: 'estimate',
      value: 2.9,
      note: 'Ước tính lại theo số liệu 9 tháng',
    });
    expect(res.status).toBe(200);
    expect(res.body.indicator.values.find((v) => v.year === 2020)).toMatchObject({
      kind: 'estimate',
      value: 2.9,
      note: 'Ước tính lại theo số liệu 9 tháng',
    });
    await waitFor(() => liveValue() === 2.9, { message: 'the new value in the plan room' });
    reader.destroy();

    const history = await as.bcd.request<{ changes: IndicatorChange[] }>(
      'GET',
      `/api/indicators/${GROWTH}/history`,
    );
    expect(history.status).toBe(200);
    expect(history.body.changes[0]).toMatchObject({
      change: 'value',
      year: 2020,
      from: '2.4 (estimate)',
      to: '2.9 (estimate)',
      note: 'Ước tính lại theo số liệu 9 tháng',
      agency: 'CTK',
      actorName: as.ctk.user.name,
    });
    // the seeded value is the entry before
    expect(history.body.changes.some((c) => c.year === 2020 && c.from === null)).toBe(true);
  });

  it('the coordinator changes any value; others get 403 and nothing changes', async () => {
    const before = await growth2020();
    for (const who of [as.sct, as.bcd, as.snnptnt]) {
      const res = await who.request<ErrorBody>('PUT', `/api/indicators/${GROWTH}/values/2020`, {
        kind: 'estimate',
        value: 99,
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await growth2020()).toBe(before);
    // SNNPTNT owns forest cover
    const own = await as.snnptnt.request<Body>('PUT', `/api/indicators/${FOREST}/values/2020`, {
      kind: 'official',
      value: 63.2,
    });
    expect(own.status).toBe(200);
    const coord = await as.skhdt.request<Body>('PUT', `/api/indicators/${FOREST}/values/2021`, {
      kind: 'estimate',
      value: 63.4,
    });
    expect(coord.status).toBe(200);
  });

  it('bad input gets a clear 400 (or 404) and changes nothing', async () => {
    const before = JSON.stringify(await list());
    const cases: [string, unknown, number][] = [
      [`/api/indicators/${GROWTH}/values/2009`, { kind: 'estimate', value: 3 }, 400],
      [`/api/indicators/${GROWTH}/values/2040`, { kind: 'estimate', value: 3 }, 400],
      [`/api/indicators/${GROWTH}/values/20x0`, { kind: 'estimate', value: 3 }, 400],
      [`/api/indicators/${GROWTH}/values/2020`, { kind: 'guess', value: 3 }, 400],
      [`/api/indicators/${GROWTH}/values/2020`, { kind: 'estimate', value: '3,1' }, 400],
      [`/api/indicators/${GROWTH}/values/2020`, { kind: 'estimate', value: null }, 400],
      [
        `/api/indicators/${GROWTH}/values/2020`,
        { kind: 'estimate', value: 3, unit: 'tỷ đồng' },
        400,
      ],
      [`/api/indicators/${PLAN}.NOPE/values/2020`, { kind: 'estimate', value: 3 }, 404],
    ];
    for (const [path, body, status] of cases) {
      const res = await as.ctk.request<ErrorBody>('PUT', path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(status);
      expect(res.body.error.message.length).toBeGreaterThan(0);
    }
    const raw = await rawRequest<ErrorBody>(
      server,
      'PUT',
      `/api/indicators/${GROWTH}/values/2020`,
      {
        body: '{"kind":"estimate","value":1e999}',
        cookie: as.ctk.cookie,
      },
    );
    expect(raw.status).toBe(400);
    expect(JSON.stringify(await list())).toBe(before);
    const anonymous = await rawRequest(server, 'GET', `/api/plans/${PLAN}/indicators`);
    expect(anonymous.status).toBe(401);
    expect((await as.sct.request('GET', '/api/indicators/nope/history')).status).toBe(404);
  });

  it('only the coordinator adds, reassigns and retires indicators', async () => {
    const fresh = {
      code: 'DIEN_SX',
      nameVi: 'Sản lượng điện sản xuất',
      nameEn: 'Electricity generated',
      unit: 'triệu kWh',
      group: 'economy',
      owner: 'SCT',
    };
    expect((await as.ctk.request('POST', `/api/plans/${PLAN}/indicators`, fresh)).status).toBe(403);
    const created = await as.skhdt.request<Body>('POST', `/api/plans/${PLAN}/indicators`, fresh);
    expect(created.status).toBe(201);
    expect(created.body.indicator).toMatchObject({
      id: `${PLAN}.DIEN_SX`,
      owner: 'SCT',
      values: [],
    });
    expect((await as.skhdt.request('POST', `/api/plans/${PLAN}/indicators`, fresh)).status).toBe(
      409,
    );
    const id = created.body.indicator.id;
    expect(
      (
        await as.sct.request('PUT', `/api/indicators/${id}/values/2020`, {
          kind: 'estimate',
          value: 1624.8,
        })
      ).status,
    ).toBe(200);
    expect((await as.sct.request('PATCH', `/api/indicators/${id}`, { owner: 'CTK' })).status).toBe(
      403,
    );
    const moved = await as.skhdt.request<Body>('PATCH', `/api/indicators/${id}`, { owner: 'CTK' });
    expect(moved.body.indicator.owner).toBe('CTK');
    expect(
      (
        await as.sct.request('PUT', `/api/indicators/${id}/values/2020`, {
          kind: 'estimate',
          value: 1,
        })
      ).status,
    ).toBe(403);
    const retired = await as.skhdt.request<Body>('PATCH', `/api/indicators/${id}`, {
      retired: true,
      note: 'Trùng',
    });
    expect(retired.body.indicator.retired).toBe(true);
    expect(
      (
        await as.ctk.request('PUT', `/api/indicators/${id}/values/2020`, {
          kind: 'estimate',
          value: 1,
        })
      ).status,
    ).toBe(409);
    const history = await as.sct.request<{ changes: IndicatorChange[] }>(
      'GET',
      `/api/indicators/${id}/history`,
    );
    expect(history.body.changes.map((c) => c.change)).toEqual([
      'retire',
      'owner',
      'value',
      'create',
    ]);
    expect(
      (await as.skhdt.request('PATCH', `/api/indicators/${id}`, { owner: 'NOPE' })).status,
    ).toBe(400);
  });

  it('CSV: Excel-friendly export, import previewed, then applied as one change, refusing rows of other agencies', async () => {
    const exported = await as.ctk.request<string>('GET', `/api/plans/${PLAN}/indicators.csv`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('text/csv');
    const lines = exported.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('code;name;unit;owner;year;kind;value;note');
    expect(lines).toContain(
      'GRDP_HH;Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành;tỷ đồng;CTK;2011;chính thức;"17240,5";Niên giám thống kê',
    );
    const csv = [
      lines[0],
      // a Statistics Office figure, with a thousands dot and a decimal comma
      'GRDP_HH;;tỷ đồng;CTK;2011;chính thức;17.250,8;Niên giám 2012 (điều chỉnh)',
      'GRDP_TT;;%/năm;CTK;2020;ước;3,1;Ước cả năm',
      // unchanged
      lines.find((l) => l.startsWith('DS_TB;') && l.includes(';2015;')) ?? '',
      // another agency's indicator, a wrong unit, a non-number, an unknown code
      'CHE_PHU_RUNG;;%;SNNPTNT;2020;ước;70;',
      'DS_TB;;người;CTK;2020;ước;800;',
      'DS_TANG;;%/năm;CTK;2020;ước;không rõ;',
      'NOPE;;%;CTK;2020;ước;1;',
    ].join('\r\n');
    const before = JSON.stringify(await list());
    type Answer = {
      applied: boolean;
      changes: { code: string; year: number; to: { value: number } }[];
      refused: { line: number; code: string; reason: string }[];
      unchanged: number;
    };
    const preview = await as.ctk.request<Answer>('POST', `/api/plans/${PLAN}/indicators.csv`, {
      csv,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.applied).toBe(false);
    expect(preview.body.changes.map((c) => [c.code, c.year, c.to.value])).toEqual([
      ['GRDP_HH', 2011, 17250.8],
      ['GRDP_TT', 2020, 3.1],
    ]);
    expect(preview.body.unchanged).toBe(1);
    expect(preview.body.refused.map((r) => [r.line, r.code])).toEqual([
      [5, 'CHE_PHU_RUNG'],
      [6, 'DS_TB'],
      [7, 'DS_TANG'],
      [8, 'NOPE'],
    ]);
    expect(JSON.stringify(await list())).toBe(before);

    const applied = await as.ctk.request<Answer>('POST', `/api/plans/${PLAN}/indicators.csv`, {
      csv,
      apply: true,
    });
    expect(applied.body.applied).toBe(true);
    const after = await list();
    expect(after.find((i) => i.code === 'GRDP_HH')?.values[0]?.value).toBe(17250.8);
    expect(
      after.find((i) => i.code === 'CHE_PHU_RUNG')?.values.find((v) => v.year === 2020)?.value,
    ).not.toBe(70);
    const history = await as.ctk.request<{ changes: IndicatorChange[] }>(
      'GET',
      `/api/indicators/${PLAN}.GRDP_HH/history`,
    );
    expect(history.body.changes[0]).toMatchObject({ year: 2011, to: '17250.8 (official)' });
    // a reader imports nothing
    const refused = await as.bcd.request<Answer>('POST', `/api/plans/${PLAN}/indicators.csv`, {
      csv,
      apply: true,
    });
    expect(refused.body.applied).toBe(false);
    expect(refused.body.refused).toHaveLength(7);
  });
});
