/**
 * Attribution needs to know, after the room has gone, which user each Yjs client id of a
 * section belongs to: two users type over real sockets and the store holds each one's id under
 * their name; a later claim by someone else never replaces the first binding. Client ids are
 * unsigned 32-bit: PostgreSQL keeps one past its `integer`.
 */
import { describe, expect, it } from 'vitest';
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

describe('client ids bound to their users', () => {
  const fixture = useSignedInServer(['sct', 'sct2'] as const);
  const { as, connect } = fixture;
  const authorsOf = (sectionId: string) =>
    fixture.server.planfold.store.clientAuthors.ofSection(sectionId);

  const typeAndWait = async (client: CollabClient, text: string, seen: CollabClient) => {
    client.type(text);
    await waitFor(() => seen.text().includes(text), { message: `relayed "${text}"` });
  };

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
    registerPostgresUnavailable(postgres, 'client ids on PostgreSQL');
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
