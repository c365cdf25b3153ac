/**
 * Versions of a section over real HTTP and live providers: taken automatically at every status
 * change and lock with the text of that moment, by hand by the owner or the coordinator only,
 * read back, and compared with the text of now.
 */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../shared/diff/compare.js';
import type { PmNode } from '../../shared/diff/blocks.js';
import type { VersionView } from '../../shared/versions/model.js';
import { rawRequest, type ApiClient } from '../helpers/api.js';
import { synced } from '../helpers/collabClient.js';
import type { ErrorReply } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const USERS = ['sct', 'sct2', 'tv', 'skhdt', 'sgtvt', 'bcd', 'admin'] as const;

function textOf(doc: PmNode): string {
  const parts: string[] = [];
  const stack: PmNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.text) parts.push(node.text);
    if (node.type === 'paragraph' && parts.length > 0) parts.push('\n');
    stack.push(...[...(node.content ?? [])].reverse());
  }
  return parts.join('').trim();
}

describe('section versions', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const versionsOf = async (sectionId: string): Promise<VersionView[]> => {
    const r = await as.bcd.request<{ versions: VersionView[] }>(
      'GET',
      `/api/sections/${sectionId}/versions`,
    );
    expect(r.status).toBe(200);
    return r.body.versions;
  };
  const contentOf = async (sectionId: string, ref: string): Promise<string> => {
    const r = await as.bcd.request<{ doc: PmNode }>(
      'GET',
      `/api/sections/${sectionId}/versions/${ref}/content`,
    );
    expect(r.status).toBe(200);
    return textOf(r.body.doc);
  };
  /** Types a paragraph as `who` and waits until the server holds it. */
  const write = async (who: ApiClient, sectionId: string, text: string) => {
    const client = connect(who, sectionId);
    await synced(client);
    client.type(text);
    await waitFor(async () => (await contentOf(sectionId, 'current')).includes(text), {
      message: `server holds "${text}"`,
    });
    return client;
  };
  const setStatus = (who: ApiClient, sectionId: string, status: string) =>
    who.request('POST', `/api/sections/${sectionId}/status`, { status });

  it('a status change and a lock each take a version with the text of that moment', async () => {
    expect(await versionsOf('S4_5')).toEqual([]);
    await write(as.sct, 'S4_5', 'Lưới điện 110 kV');
    expect((await setStatus(as.sct, 'S4_5', 'DA_GUI_TU_VAN')).status).toBe(200);
    await write(as.tv, 'S4_5', 'Trạm biến áp Đồng Đăng');
    expect((await as.skhdt.request('POST', '/api/sections/S4_5/lock', { note: 'x' })).status).toBe(
      200,
    );

    const [locked, submitted] = await versionsOf('S4_5');
    expect(submitted).toMatchObject({
      seq: 1,
      kind: 'status',
      status: 'DA_GUI_TU_VAN',
      createdBy: as.sct.user.id,
      createdByName: as.sct.user.name,
      wordsAdded: 4,
      wordsRemoved: 0,
    });
    expect(locked).toMatchObject({
      seq: 2,
      kind: 'lock',
      createdBy: as.skhdt.user.id,
      wordsAdded: 5,
      wordsRemoved: 0,
    });
    expect(await contentOf('S4_5', submitted!.id)).toBe('Lưới điện 110 kV');
    expect(await contentOf('S4_5', locked!.id)).toBe('Lưới điện 110 kV\nTrạm biến áp Đồng Đăng');
  });

  it('takes a version of a section nobody has open, from what is stored', async () => {
    const client = await write(as.sct, 'S3_3', 'Trung tâm logistics Đồng Đăng');
    client.destroy();
    const { registry } = fixture.server.planfold.collab;
    await waitFor(() => registry.loaded('S3_3') === undefined, { message: 'room unloaded' });
    const r = await as.skhdt.request<{ version: VersionView }>(
      'POST',
      '/api/sections/S3_3/versions',
      {
        name: 'Bản làm việc',
      },
    );
    expect(r.status).toBe(201);
    expect(await contentOf('S3_3', r.body.version.id)).toBe('Trung tâm logistics Đồng Đăng');
  });

  it('by hand: the owner and the coordinator only; validated; audited', async () => {
    const take = (who: ApiClient, body: unknown, section = 'S3_1') =>
      who.request<{ version: VersionView } & ErrorReply>(
        'POST',
        `/api/sections/${section}/versions`,
        body,
      );
    const allowed: [ApiClient, number][] = [
      [as.sct, 201],
      [as.sct2, 201],
      [as.skhdt, 201],
      [as.tv, 403],
      [as.sgtvt, 403],
      [as.bcd, 403],
      [as.admin, 403],
    ];
    for (const [who, status] of allowed) {
      const r = await take(who, { name: `Bản của ${who.user.username}` });
      expect(r.status, who.user.username).toBe(status);
    }
    for (const body of [
      {},
      { name: '' },
      { name: '   ' },
      { name: 5 },
      { name: 'x'.repeat(201) },
    ]) {
      const r = await take(as.sct, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    expect((await take(as.sct, { name: 'x' }, 'NO_SUCH')).status).toBe(404);
    const anonymous = await rawRequest(fixture.server, 'POST', '/api/sections/S3_1/versions', {
      body: { name: 'x' },
    });
    expect(anonymous.status).toBe(401);
    const list = await versionsOf('S3_1');
    expect(list.map((v) => [v.seq, v.kind, v.name])).toEqual([
      [3, 'manual', 'Bản của skhdt'],
      [2, 'manual', 'Bản của sct2'],
      [1, 'manual', 'Bản của sct'],
    ]);
    const audit = await as.skhdt.request<{ entries: { action: string; detail: string }[] }>(
      'GET',
      '/api/audit?action=version',
    );
    expect(audit.body.entries.map((e) => e.detail)).toContain('Bản của sct2');
    expect((await as.bcd.request('GET', `/api/sections/S3_1/versions/nope/content`)).status).toBe(
      404,
    );
    expect(
      (await as.bcd.request('GET', `/api/sections/S3_3/versions/${list[0]!.id}/content`)).status,
    ).toBe(404);
  });

  it('compares a version with the text of now, word by word', async () => {
    await write(as.sct, 'S3_1', 'Khu công nghiệp Hữu Lũng');
    const r = await as.sct.request<{ version: VersionView }>(
      'POST',
      '/api/sections/S3_1/versions',
      {
        name: 'Trước khi sửa',
      },
    );
    const client = connect(as.sct2, 'S3_1');
    await synced(client);
    client.type('Cụm công nghiệp Chi Lăng');
    await waitFor(async () => (await contentOf('S3_1', 'current')).includes('Chi Lăng'));
    const compared = await as.bcd.request<{ comparison: Comparison }>(
      'GET',
      `/api/sections/S3_1/compare?from=${r.body.version.id}&to=current`,
    );
    expect(compared.status).toBe(200);
    const { comparison } = compared.body;
    expect(comparison.wordsAdded).toBe(5);
    expect(comparison.changes).toHaveLength(1);
    expect(comparison.blocks[comparison.changes[0]!]).toMatchObject({
      op: 'insert',
      block: { text: 'Cụm công nghiệp Chi Lăng' },
    });
    for (const query of ['', '?from=bad', '?from=current&to=x']) {
      expect(
        (await as.bcd.request('GET', `/api/sections/S3_1/compare${query}`)).status,
        query,
      ).toBe(400);
    }
  });
});
