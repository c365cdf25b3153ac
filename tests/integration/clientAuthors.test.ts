/**
 * Attribution needs to know, after the room has gone, which user each Yjs client id of a
 * section belongs to: two users type over real sockets and the store holds each one's id under
 * their name; a later claim by someone else never replaces the first binding. Client ids are
 * unsigned 32-bit: PostgreSQL keeps one past its `integer`.
 */
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../shared/diff/compare.js';
import type { Authorship } from '../../server/versions/versionService.js';
import { seedDemoPlan } from '../../server/seed/demoPlan.js';
import { Store } from '../../server/store/store.js';
import { synced, type CollabClient } from '../helpers/collabClient.js';
import {
  dropSchema,
  postgresForTests,
  registerPostgresUnavailable,
  uniqueSchemaName,
} from '../helpers/postgres.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const typeAndWait = async (client: CollabClient, text: string, seen: CollabClient) => {
  client.type(text);
  await waitFor(() => seen.text().includes(text), { message: `relayed "${text}"` });
};

interface CompareReply {
  comparison: Comparison;
  authors: Authorship;
}

describe('client ids bound to their users', () => {
  const fixture = useSignedInServer(['sct', 'sct2'] as const);
  const { as, connect } = fixture;
  const authorsOf = (sectionId: string) =>
    fixture.server.planfold.store.clientAuthors.ofSection(sectionId);

  it('stores who wrote under each client id once the text is stored', async () => {
    const first = connect(as.sct, 'S3_1');
    const second = connect(as.sct2, 'S3_1');
    await Promise.all([synced(first), synced(second)]);
    await typeAndWait(first, 'Khu công nghiệp Hữu Lũng', second);
    await typeAndWait(second, 'Cụm công nghiệp Chi Lăng', first);

    await waitFor(async () => (await authorsOf('S3_1')).size >= 2, {
      message: 'both bindings stored',
    });
    const authors = await authorsOf('S3_1');
    expect(authors.get(first.doc.clientID)).toBe(as.sct.user.id);
    expect(authors.get(second.doc.clientID)).toBe(as.sct2.user.id);
  });

  it('keeps the first binding of an id', async () => {
    const { clientAuthors } = fixture.server.planfold.store;
    await clientAuthors.record('S3_2', [{ clientId: 4_000_000_000, userId: as.sct.user.id }], 'a');
    await clientAuthors.record('S3_2', [{ clientId: 4_000_000_000, userId: as.sct2.user.id }], 'b');
    expect((await authorsOf('S3_2')).get(4_000_000_000)).toBe(as.sct.user.id);
  });
});

const postgres = await postgresForTests();
describe('client ids on PostgreSQL', () => {
  if (postgres.status !== 'available') {
    registerPostgresUnavailable(postgres, 'client ids');
    return;
  }
  it('keeps a client id past 2³¹ and reads it back as a number', async () => {
    const schema = uniqueSchemaName('planfold_authors');
    const store = await Store.open({ kind: 'postgres', url: postgres.url, schema });
    try {
      await seedDemoPlan(store);
      await store.clientAuthors.record('S3_1', [{ clientId: 4_000_000_000, userId: 'u' }], 'a');
      expect(await store.clientAuthors.ofSection('S3_1')).toEqual(new Map([[4_000_000_000, 'u']]));
    } finally {
      await store.close();
      await dropSchema(postgres.url, schema);
    }
  });
});

describe('who wrote each insertion, in compare', () => {
  const fixture = useSignedInServer(['sct', 'sct2'] as const);
  const { as, connect } = fixture;

  it('names the author of each inserted paragraph and of a passage added inside one', async () => {
    const first = connect(as.sct, 'S3_3');
    const second = connect(as.sct2, 'S3_3');
    await Promise.all([synced(first), synced(second)]);
    const taken = await as.sct.request<{ version: { id: string } }>(
      'POST',
      '/api/sections/S3_3/versions',
      { name: 'Bản gửi tư vấn' },
    );
    expect(taken.status).toBe(201);
    await typeAndWait(first, 'Khu công nghiệp Hữu Lũng', second);
    await typeAndWait(second, 'Cụm công nghiệp Chi Lăng', first);
    // The colleague adds words inside the first writer's paragraph.
    const paragraph = second.body
      .toArray()
      .find((node) => (node as Y.XmlElement).toJSON().includes('Hữu Lũng')) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    text.insert(text.length, ' mở rộng');
    await waitFor(() => first.text().includes('Hữu Lũng mở rộng'), { message: 'relayed' });

    const reply = await as.sct.request<CompareReply>(
      'GET',
      `/api/sections/S3_3/compare?from=${taken.body.version.id}&to=current`,
    );
    expect(reply.status).toBe(200);
    const { comparison, authors } = reply.body;
    const authorsOf = (words: string): string[] => {
      const index = comparison.blocks.findIndex((b) => b.block.text.includes(words));
      const change = comparison.blocks[index]!;
      const piece =
        change.op === 'changed' ? change.pieces.findIndex((p) => p.text.includes(words)) : -1;
      return (
        authors.passages.find((p) => p.block === index && p.piece === (piece < 0 ? null : piece))
          ?.authors ?? []
      );
    };
    expect(authorsOf('Chi Lăng')).toEqual([as.sct2.user.id]);
    expect(authorsOf('Hữu Lũng mở rộng')).toEqual([as.sct.user.id, as.sct2.user.id]);
    expect(authors.users[as.sct.user.id]).toEqual({
      name: as.sct.user.name,
      agency: as.sct.user.agency,
    });
  });

  it('names the user who restored a version as the author of the text it brought back', async () => {
    const writer = connect(as.sct, 'S3_1');
    await synced(writer);
    const take = async (name: string) =>
      (
        await as.sct.request<{ version: { id: string } }>('POST', '/api/sections/S3_1/versions', {
          name,
        })
      ).body.version.id;
    const without = await take('Trước');
    writer.type('Đoạn khôi phục Bắc Sơn');
    await waitFor(
      async () =>
        (await fixture.server.planfold.store.clientAuthors.ofSection('S3_1')).has(
          writer.doc.clientID,
        ),
      { message: 'stored' },
    );
    const withText = await take('Sau');
    const restore = (id: string) =>
      as.sct2.request<{ before: { id: string } }>(
        'POST',
        `/api/sections/S3_1/versions/${id}/restore`,
      );
    expect((await restore(without)).status).toBe(200);
    const back = await restore(withText);
    expect(back.status).toBe(200);

    const reply = await as.sct.request<CompareReply>(
      'GET',
      `/api/sections/S3_1/compare?from=${back.body.before.id}&to=current`,
    );
    const index = reply.body.comparison.blocks.findIndex((b) => b.block.text.includes('Bắc Sơn'));
    expect(reply.body.comparison.blocks[index]?.op).toBe('insert');
    expect(reply.body.authors.passages).toContainEqual({
      block: index,
      piece: null,
      authors: [as.sct2.user.id],
    });
  });
});
