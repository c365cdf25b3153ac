/**
 * Full-text search in a plan, on SQLite (FTS5) and PostgreSQL (when DATABASE_URL_TEST answers):
 * diacritic folding, whole words and phrases, ranking, comments, the index following live
 * edits, a rebuild from the store, and bad input that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../shared/api/search.js';
import type { DatabaseConfig } from '../../server/store/database.js';
import { SearchIndexer } from '../../server/search/searchIndexer.js';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import {
  dropSchema,
  postgresForTests,
  registerPostgresUnavailable,
  uniqueSchemaName,
} from '../helpers/postgres.js';
import { detachedAnchor } from '../helpers/review.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const PLAN = 'QHT-LS-2021-2030';

interface Target {
  name: string;
  database: () => DatabaseConfig | null;
  dispose: () => Promise<void>;
}

const postgres = await postgresForTests();
const targets: Target[] = [{ name: 'SQLite', database: () => null, dispose: async () => {} }];
if (postgres.status === 'available') {
  const schema = uniqueSchemaName('planfold_search18');
  targets.push({
    name: 'PostgreSQL',
    database: () => ({ kind: 'postgres', url: postgres.url, schema }),
    dispose: () => dropSchema(postgres.url, schema),
  });
} else {
  describe('search on PostgreSQL', () => registerPostgresUnavailable(postgres, 'search'));
}

describe.each(targets)('search on $name', (target) => {
  let server: TestServer;
  let sct: ApiClient;
  let bcd: ApiClient;
  const clients: CollabClient[] = [];

  const search = async (q: string, who: ApiClient = bcd): Promise<SearchResult[]> => {
    const res = await who.request<{ results: SearchResult[] }>(
      'GET',
      `/api/plans/${PLAN}/search?q=${encodeURIComponent(q)}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results;
  };

  const write = async (sectionId: string, ...paragraphs: string[]): Promise<void> => {
    const client = connectClient(server, sct, sectionId);
    clients.push(client);
    await synced(client);
    for (const p of paragraphs) client.type(p);
  };

  beforeAll(async () => {
    const database = target.database();
    server = await startServer(database ? { config: { database } } : {});
    [sct, bcd] = await Promise.all([login(server, 'sct'), login(server, 'bcd')]);
    await write(
      'S3_1',
      'Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn là cửa ngõ giao thương với Trung Quốc.',
      'Hạ tầng logistics quanh ga Đồng Đăng cần được nâng cấp, khucquanh khucquanh khucquanh.',
    );
    await write('S4_5', 'Một đoạn về khucquanh và đăng ký đất đai.');
  });

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
    await target.dispose();
  });

  it('finds live edits without diacritics, with the passage in its own spelling', async () => {
    const results = await waitFor(
      async () => {
        const found = await search('dong dang');
        return found.some((r) => r.sectionId === 'S3_1' && r.kind === 'section') ? found : null;
      },
      { timeout: 15_000, interval: 200, message: 'the edit to be indexed' },
    );
    const hit = results.find((r) => r.sectionId === 'S3_1')!;
    expect(hit.snippet).toContain('Đồng Đăng');
    const section = server.planfold.directory.section('S3_1')!;
    expect(hit.title).toBe(`${section.number} ${section.titleVi}`);
    // With the diacritics typed, too.
    expect((await search('Đồng Đăng')).some((r) => r.sectionId === 'S3_1')).toBe(true);
  });

  it('matches whole words and phrases', async () => {
    await waitFor(async () => (await search('khucquanh')).length >= 2, {
      timeout: 15_000,
      interval: 200,
      message: 'both sections indexed',
    });
    // A word is not a prefix: "khucquan" finds nothing.
    expect(await search('khucquanh')).not.toEqual([]);
    expect(await search('khucquan')).toEqual([]);
    // "dang ky" as a phrase is in S4_5 only; its words apart are in S3_1 too.
    const phrase = await search('"dang ky"');
    expect(phrase.map((r) => r.sectionId)).toEqual(['S4_5']);
    expect((await search('"dong dang"')).map((r) => r.sectionId)).toContain('S3_1');
    expect((await search('"dang dong"')).map((r) => r.sectionId)).not.toContain('S3_1');
  });

  it('ranks the section that says it more often first', async () => {
    const results = await search('khucquanh');
    expect(results.map((r) => r.sectionId)).toEqual(['S3_1', 'S4_5']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('finds comments and their answers', async () => {
    const opened = await bcd.request<{ thread: { id: string } }>(
      'POST',
      '/api/sections/S4_5/threads',
      {
        anchor: detachedAnchor(),
        quote: 'đất đai',
        body: 'Đề nghị bổ sung số liệu về độ che phủ rừng của huyện Cao Lộc.',
      },
    );
    expect(opened.status).toBe(201);
    const found = await waitFor(
      async () => (await search('che phu rung cao loc')).find((r) => r.kind === 'comment') ?? null,
      { timeout: 10_000, interval: 100, message: 'the comment to be indexed' },
    );
    expect(found.sectionId).toBe('S4_5');
    expect(found.snippet).toContain('che phủ rừng');
  });

  it('is rebuilt from the store', async () => {
    const { store, directory, log } = server.planfold;
    await store.search.clear();
    expect(await search('khucquanh')).toEqual([]);
    await new SearchIndexer(store, directory, log).rebuild();
    expect((await search('khucquanh')).map((r) => r.sectionId)).toEqual(['S3_1', 'S4_5']);
    expect((await search('che phu rung')).some((r) => r.kind === 'comment')).toBe(true);
  });

  it('refuses bad input with a clear error', async () => {
    const get = (q: string, cookie?: string) =>
      rawRequest<{ error: { code: string } }>(
        server,
        'GET',
        `/api/plans/${PLAN}/search?q=${encodeURIComponent(q)}`,
        cookie ? { cookie } : {},
      );
    expect((await get('', bcd.cookie)).status).toBe(400);
    expect((await get('  ', bcd.cookie)).status).toBe(400);
    expect((await get('"" …', bcd.cookie)).status).toBe(400);
    expect((await get('x'.repeat(201), bcd.cookie)).status).toBe(400);
    expect((await get('dong dang')).status).toBe(401);
    const unknown = await bcd.request('GET', '/api/plans/NOPE/search?q=dong');
    expect(unknown.status).toBe(404);
  });
});
