/**
 * Hostile clients that try to exhaust the server rather than get text past the policy (issue 16,
 * items 3, 4, 9 and 10), against PlanFold in a child process on SQLite and on PostgreSQL: the
 * abuser's own socket is closed, with a reason, and everyone else goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/plainText.js';
import { login, type ApiClient } from '../helpers/api.js';
import {
  expectStillServing,
  hostileDatabases,
  startHostileServer,
  type HostileServer,
} from '../helpers/hostileServer.js';
import { registerPostgresUnavailable } from '../helpers/postgres.js';
import {
  closeCodeOf,
  connectRaw,
  detachedParagraphUpdate,
  type RawClient,
} from '../helpers/rawClient.js';
import { waitFor } from '../helpers/waitFor.js';

const textOf = (doc: Y.Doc): string => plainText(doc.getXmlFragment('body'));

const SECTION = 'S3_1'; // SCT's, in draft
const OTHER = 'S4_5'; // SCT's too
/** The send buffer the server under test allows each peer (the default is 8 MiB). */
const SEND_BUFFER_BYTES = 256 * 1024;

const { pg, databases } = await hostileDatabases();

describe.each(databases)('hostile load on %s', (_name, database) => {
  if (!database) {
    if (pg.status !== 'available') registerPostgresUnavailable(pg, 'the hostile-load suite');
    return;
  }

  let server: HostileServer;
  let sct: ApiClient;
  let sct2: ApiClient;
  let bcd: ApiClient;
  const raws: RawClient[] = [];
  const raw = async (who: ApiClient, room = SECTION): Promise<RawClient> => {
    const c = await connectRaw(server, who, room);
    raws.push(c);
    await c.synced();
    return c;
  };

  beforeAll(async () => {
    server = await startHostileServer(database, {
      env: { SEND_BUFFER_BYTES: String(SEND_BUFFER_BYTES) },
    });
    [sct, sct2, bcd] = await Promise.all([
      login(server, 'sct'),
      login(server, 'sct2'),
      login(server, 'bcd'),
    ]);
  });
  afterAll(async () => {
    for (const c of raws.splice(0)) c.close();
    await server.dispose();
  });

  it('item 3: a reader that stops reading is closed (1013) once its backlog passes the cap; other rooms go on', async () => {
    const editor = await raw(sct);
    editor.sendUpdate(detachedParagraphUpdate(editor.doc, 'x'.repeat(600_000)));
    const stuck = await raw(bcd);
    await waitFor(async () => textOf(await stuck.serverState()).length >= 600_000, {
      message: 'the long paragraph is stored',
    });
    stuck.pauseReading();
    // Each answer is the whole section: 36 MB asked for, none of it read.
    for (let i = 0; i < 60; i++) stuck.sendSyncStep1(Y.encodeStateVector(new Y.Doc()));
    const otherWriter = await raw(sct2, OTHER);
    const otherReader = await raw(bcd, OTHER);
    otherWriter.sendUpdate(detachedParagraphUpdate(otherWriter.doc, 'phòng khác vẫn chạy'));
    await waitFor(() => textOf(otherReader.doc).includes('phòng khác'), {
      timeout: 5_000,
      message: 'another room is relayed while the reader is stuck',
    });
    stuck.resumeReading();
    expect(await closeCodeOf(stuck, 30_000)).toBe(1013);
    const stuckBytes = stuck.frames.reduce(
      (sum, f) => sum + (f.kind === 'sync-step2' ? f.update.length : 0),
      0,
    );
    // What was queued before the cap was seen, never the 36 MB asked for.
    expect(stuckBytes).toBeLessThan(5 * 600_000);
    await expectStillServing(server);
  });
});
